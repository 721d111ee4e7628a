package org.eventscope.extract;

import org.eventscope.model.TimexType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holidays whose date is general knowledge: fixed days (Christmas, New Year's Day, Halloween), days counted
 * from Easter (computed: Good Friday, Easter Monday) and US Thanksgiving. A holiday without a year takes the
 * publication year, moved by the clause's tense like a month and day (HeidelTime's rule): "over Christmas" in
 * a past sentence of an April article is the previous Christmas.
 */
final class Holidays {
    /** A holiday: its words (a possessive written "year's"), then a fixed month and day or an Easter offset. */
    private record Name(String[] words, int month, int day, int easter) {
    }

    private static final int NONE = Integer.MIN_VALUE;
    private static final int THANKSGIVING = -1000;
    private static final int HIJRI = -2000;
    private static final Map<String, List<Name>> BY_FIRST = new HashMap<>();
    /** Nouns a title-case headline may put after a holiday ("Sales Soar Over Christmas Holiday"). */
    private static final Set<String> TITLE_CASE_NOUNS = Set.of("holiday", "holidays", "season", "period", "break",
            "sales", "shopping", "weekend", "week", "celebrations", "truce", "ceasefire", "rush", "market", "markets",
            "service", "services", "message", "address", "travel", "prayers", "festivities", "parade");
    private static final Set<String> NOT_NEW_YEAR = Set.of("lunar", "chinese", "persian", "jewish", "iranian",
            "vietnamese", "korean", "tibetan", "islamic", "hijri", "orthodox", "thai", "khmer", "sinhala", "tamil",
            "nepali", "ethiopian", "bengali", "julian", "mongolian");

    static {
        fixed("christmas eve", 12, 24);
        fixed("christmas day", 12, 25);
        fixed("christmas", 12, 25);
        fixed("xmas", 12, 25);
        fixed("new year's eve", 12, 31);
        fixed("new year's day", 1, 1);
        fixed("new year's", 1, 1);
        fixed("new year", 1, 1);
        fixed("valentine's day", 2, 14);
        fixed("st patrick's day", 3, 17);
        fixed("saint patrick's day", 3, 17);
        fixed("may day", 5, 1);
        fixed("halloween", 10, 31);
        fixed("armistice day", 11, 11);
        fixed("remembrance day", 11, 11);
        fixed("veterans day", 11, 11);
        fixed("boxing day", 12, 26);
        easter("easter sunday", 0);
        easter("easter monday", 1);
        easter("easter", 0);
        easter("good friday", -2);
        easter("maundy thursday", -3);
        easter("holy thursday", -3);
        easter("palm sunday", -7);
        easter("ash wednesday", -46);
        easter("pentecost", 49);
        easter("whit sunday", 49);
        easter("thanksgiving day", THANKSGIVING);
        easter("thanksgiving", THANKSGIVING);
        hijri("ramadan", 9, 0);
        for (String a : new String[]{"al", "ul", "el"}) {
            hijri("eid " + a + " fitr", 10, 1);
            hijri("eid " + a + " adha", 12, 10);
        }
    }

    private Holidays() {
    }

    private static void fixed(String name, int m, int d) {
        add(new Name(name.split(" "), m, d, NONE));
    }

    private static void easter(String name, int offset) {
        add(new Name(name.split(" "), 0, 0, offset));
    }

    /** A day (or with day 0 the whole month) of the Islamic calendar, in the Umm al-Qura reckoning. */
    private static void hijri(String name, int m, int d) {
        add(new Name(name.split(" "), m, d, HIJRI));
    }

    private static void add(Name n) {
        BY_FIRST.computeIfAbsent(n.words[0].replace("'s", ""), k -> new java.util.ArrayList<>()).add(n);
    }

    /** True when a holiday name may start with this lower-case word. */
    static boolean starts(String w) {
        return BY_FIRST.containsKey(w);
    }

    /** A holiday name starting at capitalised token i, with an optional year after it ("Christmas 2004"). */
    static TemporalTagger.Found match(TemporalTagger.Ctx c, int i) {
        return match(c, i, 0);
    }

    /** As {@link #match(TemporalTagger.Ctx, int)}, after "last" (shift -1), "next" (+1) or "this" (0). */
    static TemporalTagger.Found match(TemporalTagger.Ctx c, int i, int shift) {
        Tokens t = c.t;
        if (!t.capitalised(i)) return null;
        List<Name> names = BY_FIRST.get(t.lower[i]);
        if (names == null) return null;
        for (Name n : names) {
            int end = read(t, i, n.words);
            if (end < 0) continue;
            if (n.words[0].equals("new") && n.words.length == 2 && NOT_NEW_YEAR.contains(t.w(i - 1))) return null;
            if (n.words[0].equals("christmas") && t.wordIs(i - 1, "orthodox")) return null;
            return dated(c, i, end, n, shift);
        }
        return null;
    }

    private static TemporalTagger.Found dated(TemporalTagger.Ctx c, int i, int end, Name n, int shift) {
        Tokens t = c.t;
        int k = end;
        if (t.is(k, ',') || t.wordIs(k, "of")) k++;
        Integer year = null;
        if (t.isNum(k) && t.len(k) == 4 && t.num(k) >= 1000 && t.num(k) <= 2199
                && !(t.glued(k + 1) && (t.isNum(k + 1) || t.isWord(k + 1)))) {
            year = t.num(k);
            end = k + 1;
        } else if (t.isWord(end) && t.capitalised(end) && !TITLE_CASE_NOUNS.contains(t.lower[end])
                && !DatePatterns.PREPOSITIONS.contains(t.lower[end]) && !DatePatterns.FUNCTION.contains(t.lower[end])) {
            return null; // "Christmas Island", "Easter Rising", "Good Friday Agreement": a name, not a day
        }
        // "on Valentine's Day last year", "at Christmas next year", "on Christmas Eve three years ago": the holiday
        // of the year named after it
        int[] after = year != null || c.a.year == null ? null : DatePatterns.yearsFromArticle(t, end);
        if (after != null) {
            year = c.a.year + after[0];
            end = after[1];
        }
        String v;
        if (year != null) {
            v = value(n, on(n, year));
        } else if (c.a.year == null) {
            if (n.easter != NONE) return null;
            v = "XXXX-" + Anchor.two(n.month) + "-" + Anchor.two(n.day);
        } else {
            Anchor.Tense tense = shift < 0 ? Anchor.Tense.PAST : shift > 0 ? Anchor.Tense.FUTURE : c.tense(i);
            v = value(n, nearest(c.a, n, tense));
        }
        // "Christmas sales", "the Easter holidays": a holiday naming a season of something, not its date
        boolean modifier = t.isWord(end) && (!t.capitalised(end) || TITLE_CASE_NOUNS.contains(t.lower[end]))
                && !DatePatterns.FUNCTION.contains(t.lower[end])
                && !DatePatterns.PREPOSITIONS.contains(t.lower[end]) && !t.lower[end].endsWith("ed");
        return new TemporalTagger.Found(i, end, v, TimexType.DATE, modifier, false);
    }

    /** The occurrence in the publication year, moved a year back in a past clause or forward in a future one. */
    private static LocalDate nearest(Anchor a, Name n, Anchor.Tense tense) {
        int y = a.year;
        LocalDate d = on(n, y);
        if (a.day != null) {
            if (tense == Anchor.Tense.PAST && d.isAfter(a.day)) d = on(n, y - 1);
            else if (tense == Anchor.Tense.FUTURE && d.isBefore(a.day)) d = on(n, y + 1);
        } else if (a.month != null) {
            if (tense == Anchor.Tense.PAST && d.getMonthValue() > a.month) d = on(n, y - 1);
            else if (tense == Anchor.Tense.FUTURE && d.getMonthValue() < a.month) d = on(n, y + 1);
        }
        return d;
    }

    /** A day, or for a month-long holiday (Ramadan) the span of that month. */
    private static String value(Name n, LocalDate start) {
        if (n.easter != HIJRI || n.day != 0) return start.toString();
        HijrahDate h = HijrahDate.from(start);
        return start + "/" + start.plusDays(h.lengthOfMonth() - 1);
    }

    private static LocalDate on(Name n, int y) {
        if (n.easter == HIJRI) {
            // the occurrence that falls in Gregorian year y (an Islamic year is about 11 days shorter)
            int hy = HijrahDate.from(LocalDate.of(y, 1, 1)).get(ChronoField.YEAR);
            LocalDate d = LocalDate.from(HijrahDate.of(hy, n.month, Math.max(1, n.day)));
            if (d.getYear() < y) d = LocalDate.from(HijrahDate.of(hy + 1, n.month, Math.max(1, n.day)));
            return d;
        }
        if (n.easter == NONE) return LocalDate.of(y, n.month, n.day);
        if (n.easter == THANKSGIVING) {
            return LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        return easterSunday(y).plusDays(n.easter);
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /** The end of the name's tokens from i, or -1. "year's" reads year ' s; "st" may take a period. */
    private static int read(Tokens t, int i, String[] words) {
        int j = i;
        for (String w : words) {
            if (j > i && t.isDash(j) && t.glued(j) && t.glued(j + 1)) j++; // "Eid al-Fitr"
            if (w.endsWith("'s")) {
                String base = w.substring(0, w.length() - 2);
                if (!t.wordIs(j, base) || j == i && !t.capitalised(j)) return -1;
                if (t.isApostrophe(j + 1) && t.wordIs(j + 2, "s")) j += 3;
                else if (t.isApostrophe(j + 1) && base.endsWith("s")) j += 2;
                else return -1;
            } else {
                if (!t.wordIs(j, w) || (j == i || w.equals("year")) && !t.capitalised(j)) return -1;
                j++;
                if (w.equals("st") && t.is(j, '.')) j++;
            }
        }
        return j;
    }
}
