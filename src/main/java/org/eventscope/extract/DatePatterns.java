package org.eventscope.extract;

import org.eventscope.model.TimexType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The patterns of {@link TemporalTagger}: each reads a few tokens from a start position. */
final class DatePatterns {
    static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "by", "since", "from", "until", "till", "to",
            "during", "for", "of", "before", "after", "between", "through", "throughout", "within", "around", "about",
            "into", "over", "under", "circa", "than", "early", "late", "mid", "and", "or", "as", "last", "next",
            "this", "that", "every", "each", "up", "ahead", "starting", "ending", "beginning", "end");
    static final Set<String> FUNCTION = Set.of("is", "was", "were", "are", "be", "been", "will", "would", "has",
            "have", "had", "the", "a", "an", "and", "or", "but", "that", "which", "when", "who", "it", "he", "she",
            "they", "we", "i", "saw", "marked", "s", "also", "could", "can", "may", "should", "did", "does",
            "his", "her", "their", "its", "our", "there", "this", "while", "then", "so", "not", "already");
    static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final Map<String, String> UNITS = new HashMap<>();
    static final Set<String> NOT_YEAR_AFTER = Set.of("percent", "per", "km", "kilometres", "kilometers", "miles",
            "metres", "meters", "feet", "tons", "tonnes", "kg", "people", "troops", "soldiers", "dollars", "euros",
            "rubles", "roubles", "pounds", "votes", "times", "cases", "deaths", "units", "hectares", "barrels",
            "residents", "members", "workers", "jobs", "employees", "students", "of");

    static {
        String[] n = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < n.length; i++) NUMBERS.put(n[i], i);
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) NUMBERS.put(tens[i], 20 + 10 * i);
        NUMBERS.put("hundred", 100);
        NUMBERS.put("dozen", 12);
        String[][] u = {{"second", "S"}, {"seconds", "S"}, {"minute", "MIN"}, {"minutes", "MIN"}, {"hour", "H"},
                {"hours", "H"}, {"day", "D"}, {"days", "D"}, {"week", "W"}, {"weeks", "W"}, {"fortnight", "FN"},
                {"month", "M"}, {"months", "M"}, {"year", "Y"}, {"years", "Y"}, {"decade", "DE"}, {"decades", "DE"},
                {"century", "CE"}, {"centuries", "CE"}, {"quarter", "Q"}, {"quarters", "Q"}, {"weekend", "WE"},
                {"weekends", "WE"}};
        for (String[] x : u) UNITS.put(x[0], x[1]);
    }

    /** The words a pattern of {@link WordPatterns} starts with, and the number words ("two weeks"). */
    private static final WordList STARTER_WORDS = WordList.of(WordPatterns.STARTS.or(NUMBERS::containsKey));
    private static final WordList HOLIDAY_STARTS = WordList.of(Holidays::starts);
    /** Any of the above, months and weekdays: most words are none, and are passed over by one test. */
    private static final WordList DATE_STARTS = WordList.of(DatePatterns::startsDate);
    /**
     * The words after "the" that {@link RelativePatterns#the} reads: those it tests itself ("the day before", "the
     * near future", "over the years") and any word a date may start with ("the first quarter", "the Easter
     * holiday"). "The" before any other word starts no date, and is passed over by one test.
     */
    static final WordList AFTER_THE = WordList.of(w -> w.equals("day") || w.equals("next")
            || w.equals("following") || w.equals("previous") || w.equals("weekend") || w.equals("near")
            || w.equals("foreseeable") || w.equals("distant") || w.equals("recent") || w.equals("immediate")
            || w.equals("quarter") || w.equals("fiscal") || w.equals("financial") || unit(w) != null
            || startsDate(w));

    /** True when a date may start with the lower-case word w: the words {@link #match} reads further. */
    static boolean startsDate(String w) {
        return WordPatterns.STARTS.test(w) || NUMBERS.containsKey(w) || Holidays.starts(w)
                || Lexicon.get().months.containsKey(w) || Lexicon.get().weekdays.containsKey(w);
    }

    private final Lexicon lex;

    DatePatterns(Lexicon lex) {
        this.lex = lex;
    }

    TemporalTagger.Found match(TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        if (t.isNum(i)) return numeric(c, i);
        if (t.isWord(i)) {
            if (!t.in(i, DATE_STARTS)) return null;
            String w = t.lower[i];
            if (t.capitalised(i) && t.in(i, HOLIDAY_STARTS)) {
                TemporalTagger.Found h = Holidays.match(c, i);
                if (h != null) return h;
            }
            if (t.in(i, lex.monthWords)) return month(c, i);
            if (t.in(i, lex.weekdayWords)) return weekday(c, i);
            if (t.in(i, STARTER_WORDS)) return word(c, i, w);
            return null;
        }
        if (t.isApostrophe(i) && t.isNum(i + 1) && t.len(i + 1) == 2 && t.glued(i + 1) && t.wordIs(i + 2, "s")
                && t.glued(i + 2) && t.num(i + 1) % 10 == 0) {
            int d = t.num(i + 1);
            return found(i, i + 3, (d >= 30 ? "19" : "20") + (d / 10), TimexType.DATE, false);
        }
        return null;
    }

    static TemporalTagger.Found found(int from, int to, String v, TimexType type, boolean vague) {
        return new TemporalTagger.Found(from, to, v, type, false, vague);
    }

    private static TemporalTagger.Found longer(TemporalTagger.Found a, TemporalTagger.Found b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.to() > a.to() ? b : a;
    }

    // ---------------------------------------------------------------- numbers first

    private TemporalTagger.Found numeric(TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        if (t.glued(i) && (t.isNum(i - 1) || t.is(i - 1, '$') || t.is(i - 1, '+') || t.is(i - 1, '#')
                || t.is(i - 1, '\u20AC') || t.is(i - 1, '\u00A3') || t.is(i - 1, '/')
                || (t.is(i - 1, '.') || t.is(i - 1, ',') || t.is(i - 1, ':') || t.isDash(i - 1)) && t.glued(i - 1)
                && t.isNum(i - 2))) {
            return null;
        }
        int n = t.num(i);
        int len = t.len(i);
        TemporalTagger.Found f = null;
        if (len == 4) {
            f = Clock.military(c, i);
            if (f != null) return f;
            f = NumericDates.yearForms(lex, c, i, n);
        }
        if (len <= 2) {
            f = longer(f, NumericDates.slashDate(c, i));
            f = longer(f, Clock.match(c, i));
            f = longer(f, dayMonth(c, i));
        }
        if (len <= 3) f = longer(f, RelativePatterns.numberUnit(c, i, n, i + 1));
        if (len <= 2 && n >= 1 && n <= 30 && ordinalEnd(t, i) == i + 2 && t.wordIs(i + 2, "century")) {
            f = longer(f, found(i, i + 3, Anchor.two(n - 1), TimexType.DATE, false));
        }
        return f;
    }

    /** 26 August 2008, 26th January, 2021, 20-21 June 2017, 12 Feb, 2010, 26 May.'16, 17 November. */
    private TemporalTagger.Found dayMonth(TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        int d = t.num(i);
        if (d < 1 || d > 31) return null;
        int j = ordinalEnd(t, i);
        int d2 = -1;
        if (t.isDash(j) && t.isNum(j + 1) && t.len(j + 1) <= 2) {
            d2 = t.num(j + 1);
            if (d2 <= d || d2 > 31) return null;
            j = ordinalEnd(t, j + 1);
        }
        if (t.wordIs(j, "of")) j++;
        boolean dashed = d2 < 0 && t.isDash(j) && t.glued(j) && t.glued(j + 1) && t.isWord(j + 1); // 12-Mar-2019
        if (dashed) j++;
        if (!t.isWord(j) || !lex.months.containsKey(t.lower[j]) || !t.capitalised(j)) return null;
        int m = lex.months.get(t.lower[j]);
        boolean abbrev = t.len(j) <= 4 && !t.wordIs(j, "may") && !t.wordIs(j, "june") && !t.wordIs(j, "july");
        j++;
        // "12 Feb. 2010", "26 May.'16"; the period after "4 July." ends the sentence
        if (t.is(j, '.') && t.glued(j) && (abbrev || t.isApostrophe(j + 1))) j++;
        if (dashed && t.isDash(j) && t.glued(j) && t.isNum(j + 1) && t.glued(j + 1)) j++;
        int[] ye = yearAfter(t, j);
        return dayResult(c, i, ye == null ? j : ye[1], ye == null ? null : ye[0], m, d, d2);
    }

    private static int ordinalEnd(Tokens t, int i) {
        String w = t.w(i + 1);
        if (t.glued(i + 1) && (w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th"))) return i + 2;
        return i + 1;
    }

    /** A year after a day and month: ", 2021", " 2021", ".'16", " '16". Returns {year, end} or null. */
    private static int[] yearAfter(Tokens t, int j) {
        int k = j;
        if (t.is(k, ',')) k++;
        if (t.isNum(k) && t.len(k) == 4) {
            int y = t.num(k);
            if (y >= 1000 && y <= 2199 && !(t.glued(k + 1) && (t.isNum(k + 1) || t.is(k + 1, ',') && t.isNum(k + 2)))) {
                return new int[]{y, k + 1};
            }
        }
        if (t.isApostrophe(k) && t.isNum(k + 1) && t.len(k + 1) == 2 && t.glued(k + 1)) {
            int y = t.num(k + 1);
            return new int[]{y < 50 ? 2000 + y : 1900 + y, k + 2};
        }
        return null;
    }

    /**
     * The year of a clause opened by ", when" just after it ("in 2019, when they beat Japan in the final on February
     * 1"): a day without a year in that clause is of that year. Null when there is none within the sentence.
     */
    private static Integer whenYear(Tokens t, int from) {
        for (int j = from - 1; j >= 2 && from - j <= 20; j--) {
            if (t.is(j, '.') || t.is(j, ';')) return null;
            if (t.wordIs(j, "when") && t.is(j - 1, ',') && t.isNum(j - 2) && t.len(j - 2) == 4) {
                int y = t.num(j - 2);
                return y >= 1000 && y <= 2199 ? y : null;
            }
        }
        return null;
    }

    /**
     * The year a month, a day or a holiday ending before k is told in, as years from the article's and the token
     * after it: "[of] last / this / next year" (-1, 0, 1), "N years ago" (-N); else null.
     */
    static int[] yearsFromArticle(Tokens t, int k) {
        int j = t.wordIs(k, "of") ? k + 1 : k;
        if (t.wordIs(j + 1, "year") && (t.wordIs(j, "last") || t.wordIs(j, "this") || t.wordIs(j, "next"))) {
            return new int[] {t.wordIs(j, "last") ? -1 : t.wordIs(j, "next") ? 1 : 0, j + 2};
        }
        // "on Christmas Eve three years ago", "in May two years ago" (not "of two years ago")
        if (j != k || !t.isWord(k + 1) && !t.isNum(k)) return null;
        Integer n = t.isNum(k) ? (t.len(k) <= 2 ? Integer.valueOf(t.num(k)) : null)
                : t.wordIs(k, "a") ? Integer.valueOf(1) : NUMBERS.get(t.w(k));
        if (n == null || n < 1 || n > 99 || !t.wordIs(k + 2, "ago")) return null;
        if (!(t.wordIs(k + 1, "years") || n == 1 && t.wordIs(k + 1, "year"))) return null;
        return new int[] {-n, k + 3};
    }

    private TemporalTagger.Found dayResult(TemporalTagger.Ctx c, int from, int to, Integer year, int m, int d, int d2) {
        Tokens t = c.t;
        int[] after = year == null && c.a.year != null ? yearsFromArticle(t, to) : null;
        if (after != null) {
            // "on 12 March last year", "on 12 March of last year", "on 12 March two years ago"
            year = c.a.year + after[0];
            to = after[1];
        }
        if (year == null && c.lastYear != null) {
            // "confirmed talks on 31 October 2019 and signed on 18 December that year": the year the text last named
            int k = t.wordIs(to, "of") ? to + 1 : to;
            if (t.wordIs(k, "that") && t.wordIs(k + 1, "year")) {
                year = c.lastYear;
                to = k + 2;
            } else if (t.wordIs(k, "the") && t.wordIs(k + 1, "same") && t.wordIs(k + 2, "year")) {
                year = c.lastYear;
                to = k + 3;
            }
        }
        if (year == null) year = whenYear(t, from); // "in 2019, when they beat Japan on February 1"
        if (year != null) {
            LocalDate a = Dates.day(year, m, d);
            if (a == null) return null;
            if (d2 > 0) {
                LocalDate b = Dates.day(year, m, d2);
                return b == null ? null : found(from, to, a + "/" + b, TimexType.DATE, false);
            }
            return found(from, to, a.toString(), TimexType.DATE, false);
        }
        if (d > YearMonth.of(2000, m).lengthOfMonth()) return null;
        // "the Dec. 1 parliamentary election", "the Nov. 5 vote": a day naming a happening by its date is the one
        // nearest the article's, whatever the tense of the clause around the noun
        boolean attributive = t.wordIs(from - 1, "the") && t.isWord(to) && !t.capitalised(to)
                && !FUNCTION.contains(t.lower[to]) && !PREPOSITIONS.contains(t.lower[to]);
        Anchor.Tense dayTense = c.tense(from);
        // "He takes office on March 1" in November: a plan told in the present in an article's body is of the coming
        // March 1, as a month is (see below)
        if (dayTense == Anchor.Tense.PRESENT && c.s.of[from] > 0 && Tense.planned(t, from, c.s.first[c.s.of[from]])) {
            dayTense = Anchor.Tense.FUTURE;
        }
        String v = attributive ? c.a.monthDayNearest(m, d) : c.a.monthDay(m, d, dayTense);
        if (d2 > 0 && !v.startsWith("X")) {
            int y = Integer.parseInt(v.substring(0, 4));
            LocalDate a = Dates.day(y, m, d);
            LocalDate b = Dates.day(y, m, d2);
            if (a != null && b != null) v = a + "/" + b;
        }
        return found(from, to, v, TimexType.DATE, false);
    }

    // ---------------------------------------------------------------- months and weekdays

    private TemporalTagger.Found month(TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        if (!t.capitalised(i)) return null;
        String w = t.lower[i];
        int m = lex.months.get(w);
        boolean abbrev = w.length() <= 4 && !w.equals("may") && !w.equals("june") && !w.equals("july");
        int j = i + 1;
        if (t.is(j, '.') && t.glued(j)) j++;
        if (t.isNum(j)) {
            int len = t.len(j);
            int n = t.num(j);
            if (len == 4 && n >= 1000 && n <= 2199) {
                return found(i, j + 1, Anchor.month(n, m), TimexType.DATE, false);
            }
            if (len <= 2 && n >= 1 && n <= 31) {
                int k = ordinalEnd(t, j);
                int d2 = -1;
                if ((t.isDash(k) || t.wordIs(k, "to") || t.wordIs(k, "and")) && t.isNum(k + 1) && t.len(k + 1) <= 2
                        && t.num(k + 1) > n && t.num(k + 1) <= 31 && !t.is(k + 2, ':')) {
                    d2 = t.num(k + 1);
                    k = ordinalEnd(t, k + 1);
                }
                if (t.is(k, ':') || t.is(j + 1, ':')) return null;
                int[] ye = yearAfter(t, k);
                return dayResult(c, i, ye == null ? k : ye[1], ye == null ? null : ye[0], m, n, d2);
            }
            if (!abbrev) return bareMonth(c, i, m, i + 1);
            return null;
        }
        if (t.wordIs(i + 1, "of") && t.isNum(i + 2) && t.len(i + 2) == 4 && t.num(i + 2) >= 1000) {
            return found(i, i + 3, Anchor.month(t.num(i + 2), m), TimexType.DATE, false);
        }
        // "in April 2022, and ... in July of that year": the month in the year the text last named
        int same = t.wordIs(i + 1, "of") ? i + 2 : i + 1;
        if (c.lastYear != null && (t.wordIs(same, "that") && t.wordIs(same + 1, "year") || t.wordIs(same, "the")
                && t.wordIs(same + 1, "same") && t.wordIs(same + 2, "year"))) {
            int end = t.wordIs(same, "that") ? same + 2 : same + 3;
            return found(i, end, Anchor.month(c.lastYear, m), TimexType.DATE, false);
        }
        int[] after = c.a.year != null ? yearsFromArticle(t, i + 1) : null;
        if (after != null) {
            // "in January last year", "in April of last year", "in May two years ago"
            return found(i, after[1], Anchor.month(c.a.year + after[0], m), TimexType.DATE, false);
        }
        if (abbrev) return null;
        if (w.equals("may") || w.equals("march")) {
            String prev = t.w(i - 1);
            // ("in mid-May", "by late-March": the month after a part of it and a dash)
            boolean part = t.isDash(i - 1) && t.glued(i - 1) && t.glued(i) && (t.wordIs(i - 2, "mid")
                    || t.wordIs(i - 2, "early") || t.wordIs(i - 2, "late"));
            boolean ok = PREPOSITIONS.contains(prev) || t.is(i + 1, ',') && !t.isWord(i - 1) || t.is(i + 1, '.');
            if (!part && (!ok || t.isDash(i - 1))) return null;
        }
        return bareMonth(c, i, m, i + 1);
    }

    private TemporalTagger.Found bareMonth(TemporalTagger.Ctx c, int i, int m, int end) {
        Tokens t = c.t;
        String prev = t.w(i - 1);
        int shift = prev.equals("last") || prev.equals("past") ? -1 : prev.equals("next") ? 1 : 0;
        String v;
        Integer coordinated = shift == 0 ? coordinatedYear(c, end) : null;
        if (shift != 0 && c.a.year != null && c.a.month != null) {
            int y = c.a.year;
            if (shift < 0 && m >= c.a.month) y--;
            if (shift > 0 && m <= c.a.month) y++;
            v = Anchor.month(y, m);
        } else if (coordinated != null) {
            v = Anchor.month(coordinated, m); // "in July and again in September last year"
        } else if (c.yearOfSentence(i) != null) {
            v = Anchor.month(c.yearOfSentence(i), m); // "the 1967 epidemic began in Shropshire in October"
        } else {
            Anchor.Tense tense = c.tense(i);
            // "Suriname holds general elections in May" in November: a plan told in the present is of the coming
            // May (a headline's present tells the past too)
            if (tense == Anchor.Tense.PRESENT && c.s.of[i] > 0 && Tense.planned(t, i, c.s.first[c.s.of[i]])) {
                tense = Anchor.Tense.FUTURE;
            }
            v = c.a.monthOnly(m, tense);
            String after = monthAfterTold(c, i, m);
            if (after != null) v = after;
        }
        return found(i, end, v, TimexType.DATE, shift == 0 && !PREPOSITIONS.contains(prev));
    }

    /**
     * The year a month coordinated with the bare month ending before k is given in ("in July and again in September
     * last year", "in March and May 2020"), or null.
     */
    private Integer coordinatedYear(TemporalTagger.Ctx c, int k) {
        Tokens t = c.t;
        if (!t.wordIs(k, "and") && !t.wordIs(k, "or")) return null;
        k++;
        if (t.wordIs(k, "again") || t.wordIs(k, "also") || t.wordIs(k, "then") || t.wordIs(k, "later")) k++;
        if (t.wordIs(k, "in")) k++;
        if (!t.isWord(k) || !t.capitalised(k) || !lex.months.containsKey(t.lower[k])) return null;
        k++;
        if (t.is(k, '.') && t.glued(k)) k++;
        if (t.isNum(k) && t.len(k) == 4 && t.num(k) >= 1000 && t.num(k) <= 2199) return t.num(k);
        int[] after = c.a.year != null ? yearsFromArticle(t, k) : null;
        return after == null ? null : c.a.year + after[0];
    }

    /**
     * "His party won again in July last year, clearing the way for parliament to pass the Act in February": a month
     * an infinitive plans after a month of a known year its own sentence told is the first such month after it, when
     * that is not after the article's month (February 1957, not the next February); else null.
     */
    private static String monthAfterTold(TemporalTagger.Ctx c, int i, int m) {
        Tokens t = c.t;
        int sen = c.s.of[i];
        if (c.tense(i) != Anchor.Tense.FUTURE || c.lastValueSentence != sen || c.lastYear == null || c.lastMonth == null
                || c.a.year == null || c.a.month == null) {
            return null;
        }
        for (int k = c.s.first[sen]; k < i; k++) {
            if (t.wordIs(k, "will") || t.wordIs(k, "would") || t.wordIs(k, "shall")) return null;
        }
        int y = c.lastYear + (m <= c.lastMonth ? 1 : 0);
        boolean past = y < c.a.year || y == c.a.year && m <= c.a.month;
        return past ? Anchor.month(y, m) : null;
    }

    /**
     * "Thursday, July 5" with no year written: when the year the day was given is not one in which it is that
     * weekday, the year before or after that is (an article of 3 July 1962 that "has called for celebrations on
     * Thursday, July 5" means 1962, not the past tense's 1961); else the value as given.
     */
    private static String yearOfItsWeekday(Tokens t, int j, TemporalTagger.Found inner, int wd) {
        String v = inner.value();
        if (!Character.isDigit(v.charAt(0))) return v; // (a year unknown: XXXX-07-05)
        for (int k = j; k < inner.to(); k++) if (t.isNum(k) && t.len(k) == 4) return v; // a year the text gives
        LocalDate d = TemporalTagger.isoDay(v);
        if (d.getDayOfWeek().getValue() == wd) return v;
        for (int years : new int[] {1, -1}) {
            LocalDate x = d.plusYears(years);
            if (x.getDayOfMonth() == d.getDayOfMonth() && x.getDayOfWeek().getValue() == wd) {
                return x + v.substring(10);
            }
        }
        return v;
    }

    /** Names of newspapers after a weekday: "the Sunday Times", "the Sunday Telegraph", "the Sunday Mail". */
    private static final Set<String> PAPER_WORDS = Set.of("times", "telegraph", "express", "mirror", "post", "herald",
            "independent", "tribune", "observer", "mail", "standard", "sport", "people", "star");

    private TemporalTagger.Found weekday(TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        if (!t.capitalised(i)) return null;
        String w = t.lower[i];
        int wd = lex.weekdays.get(w);
        boolean abbrev = w.length() <= 4;
        int j = i + 1;
        if (t.is(j, '.') && t.glued(j)) j++;
        if (t.is(j, ',')) j++;
        TemporalTagger.Found inner = t.isNum(j) ? numeric(c, j) : t.isWord(j) && lex.months.containsKey(t.lower[j])
                ? month(c, j) : null;
        if (inner != null && inner.type() == TimexType.DATE && inner.value().length() >= 10) {
            return found(i, inner.to(), yearOfItsWeekday(t, j, inner, wd), TimexType.DATE, false);
        }
        if (abbrev) return null;
        String prev = t.w(i - 1);
        String after = t.w(i + 1);
        if (t.capitalised(i - 1) && t.capitalised(i + 1) && !PREPOSITIONS.contains(prev) && !PREPOSITIONS.contains(after)
                && !FUNCTION.contains(after) && !lex.months.containsKey(after) && partOfDay(after) == null) {
            return null; // "the Good Friday Agreement", "the Bloody Sunday Inquiry": a name
        }
        // "told the Sunday Times", "the Friday of Anger": a paper's or a day's name, no date
        boolean the = prev.equals("the") || (t.is(i - 1, '"') || t.is(i - 1, '\u201C')) && t.wordIs(i - 2, "the");
        if (the && (t.capitalised(i + 1) && PAPER_WORDS.contains(after)
                || after.equals("of") && t.capitalised(i + 2) && !lex.months.containsKey(t.w(i + 2)))) {
            return null;
        }
        int shift = prev.equals("last") || prev.equals("past") ? -1 : prev.equals("next") ? 1 : 0;
        // "A week ago today, Khamenei suggested in a Friday sermon": an occasion named by its weekday is on the day
        // the sentence already told, when it is that weekday
        if ((prev.equals("a") || prev.equals("an")) && t.isWord(i + 1) && !t.capitalised(i + 1) && partOfDay(after) == null
                && c.lastDay != null && !c.standIn && c.lastDaySentence == c.s.of[i]
                && c.lastDay.getDayOfWeek().getValue() == wd) {
            return found(i, i + 1, c.lastDay.toString(), TimexType.DATE, false);
        }
        String nx = t.w(i + 1);
        // "on Monday next week", "late on Tuesday of last week": that weekday of the named week
        int of = nx.equals("of") ? 1 : 0;
        String which = t.w(i + 1 + of);
        if ((which.equals("this") || which.equals("last") || which.equals("next")) && t.wordIs(i + 2 + of, "week")
                && c.a.day != null) {
            int weeks = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
            LocalDate d = c.a.day.plusWeeks(weeks).with(java.time.temporal.ChronoField.DAY_OF_WEEK, wd);
            return found(i, i + 3 + of, d.toString(), TimexType.DATE, false);
        }
        Anchor.Tense tense = c.tense(i);
        // "50 dead since Saturday's inferno", "missing since Tuesday": what a time runs since is past, whatever the tense
        if (prev.equals("since")) tense = Anchor.Tense.PAST;
        // "Tuesday's meeting" in Monday's paper, "flew to Tokyo for Tuesday's summit": with no tense, or a purpose
        // after a past verb, the nearer of the two ("won Sunday's third round" stays past)
        // ("blame for Tuesday's explosion": a harm no one schedules stays past)
        boolean open = tense == Anchor.Tense.PRESENT || tense == Anchor.Tense.PAST && prev.equals("for")
                && !Tense.unforeseen(t, i + 3);
        // "the tournament starts Monday" in Sunday's paper: a schedule told in the present, the nearer of the two;
        // "It meets Morocco on Saturday", "Argentina meet Belgium in the semi-finals on Wednesday": so is a match told
        // in the present in an article's body, and a journey ("He flies to Ho Chi Minh City on Sunday") (a headline's
        // present tells the past too, and so may a feature's)
        boolean scheduled = tense == Anchor.Tense.PRESENT && (Tense.scheduled(t, i)
                || c.s.of[i] > 0 && (Tense.fixture(t, i, c.s.first[c.s.of[i]])
                || Tense.journey(t, i, c.s.first[c.s.of[i]])));
        if (shift == 0 && c.a.day != null && (open && t.isApostrophe(i + 1) && t.wordIs(i + 2, "s") || scheduled)) {
            int ahead = Math.floorMod(wd - c.a.day.getDayOfWeek().getValue(), 7);
            // ("The trial begins on Tuesday" in Friday's paper: a verb of schedule right before a weekday of the
            // body is still to come, however near the one just gone)
            if (ahead > 0 && (ahead < 7 - ahead || scheduled && c.s.of[i] > 0 && Tense.scheduled(t, i))) {
                tense = Anchor.Tense.FUTURE;
            }
        }
        // "Her government declared Thursday a day of national mourning", "named Friday a public holiday": a day set
        // aside is one still to come
        if (shift == 0 && DAY_SET_ASIDE.contains(prev) && (t.wordIs(i + 1, "a") || t.wordIs(i + 1, "an")
                || t.wordIs(i + 1, "as"))) {
            tense = Anchor.Tense.FUTURE;
        }
        String v = c.a.weekday(wd, tense, shift);
        String part = partOfDay(t.w(i + 1));
        if (part != null && !v.startsWith("X")) {
            return found(i, i + 2, v + "T" + part, TimexType.TIME, false);
        }
        return found(i, i + 1, v, TimexType.DATE, false);
    }

    /** Verbs that set a day aside: "declared Thursday a day of national mourning". */
    private static final java.util.Set<String> DAY_SET_ASIDE = java.util.Set.of("declared", "declares", "declare",
            "proclaimed", "proclaims", "named", "names", "designated", "designates", "made", "makes");

    static String partOfDay(String w) {
        return switch (w) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            case "night" -> "NI";
            default -> null;
        };
    }

    // ---------------------------------------------------------------- words

    private TemporalTagger.Found word(TemporalTagger.Ctx c, int i, String w) {
        return WordPatterns.match(this, c, i, w);
    }

    static String duration(String unit, String n) {
        return switch (unit) {
            case "S" -> "PT" + n + "S";
            case "MIN" -> "PT" + n + "M";
            case "H" -> "PT" + n + "H";
            case "FN" -> "P" + (n.equals("X") ? "X" : Integer.toString(Integer.parseInt(n) * 2)) + "W";
            case "DE" -> n.equals("X") ? "PXDE" : "P" + scale(n, 10) + "Y";
            case "CE" -> n.equals("X") ? "PXCE" : "P" + scale(n, 100) + "Y";
            case "Q" -> "P" + n + "Q";
            default -> "P" + n + unit;
        };
    }

    private static String scale(String n, int k) {
        double d = Double.parseDouble(n) * k;
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static Integer number(String w) {
        return NUMBERS.get(w);
    }

    static String unit(String w) {
        return UNITS.get(w);
    }

    Lexicon lex() {
        return lex;
    }

    TemporalTagger.Found any(TemporalTagger.Ctx c, int i) {
        return i < c.t.size ? match(c, i) : null;
    }
}
