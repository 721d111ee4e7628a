package org.eventscope.extract;

import org.eventscope.model.TimeValue;
import org.eventscope.model.TimexType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds date, time, duration and set expressions in tokenised text and normalises them to TimeML values
 * against an {@link Anchor}. A hand-written scanner: each position tries a fixed set of patterns, each looking
 * at most a dozen tokens ahead, so the work is linear in the text.
 */
final class TemporalTagger {

    /** A found expression: tokens [from, to), its TimeML value and type, and how usable it is as an event date. */
    record Found(int from, int to, String value, TimexType type, boolean modifier, boolean vague) {
        /** The calendar value for an event date, if this is one. */
        Optional<TimeValue> calendar() {
            if (type != TimexType.DATE && type != TimexType.TIME) return Optional.empty();
            return Dates.calendar(value);
        }
    }

    private final Lexicon lex = Lexicon.get();
    private final DatePatterns p = new DatePatterns(lex);

    List<Found> tag(Tokens t, Sentences s, Anchor a) {
        List<Found> out = new ArrayList<>();
        Ctx c = new Ctx(t, s, a, p);
        int i = 0;
        while (i < t.size) {
            Found f = null;
            try {
                f = p.match(c, i);
            } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
                f = null;
            }
            if (f != null && f.to > i) {
                f = withModifier(t, unknownYear(c, f));
                out.add(f);
                // (a day an anniversary recalls is no day of the story: "the same evening" after it is not its)
                if (commemorated(t, s.first[s.of[i]], i)) {
                    i = f.to;
                    continue;
                }
                if (f.value.length() >= 10 && digits(f.value, 0, 4) && f.value.charAt(4) == '-'
                        && (f.value.length() == 10 || f.value.charAt(10) == 'T')
                        && f.calendar().filter(TimeValue::isDay).isPresent()) {
                    c.lastDay = isoDay(f.value);
                    c.lastDaySentence = s.of[i];
                    c.standIn = false;
                    // ("sworn in on Wednesday ..., who stepped down a day earlier": a relative clause's day is
                    // background too)
                    // ("the previous record of 338 million set on Friday": so is a participle's after the main verb)
                    int from = s.first[s.of[i]];
                    c.toldIn(main(t, from, i), pastPerfect(t, from, i));
                    c.told(i);
                } else if (a.year == null && f.value.length() == 10 && f.value.startsWith("XXXX-")
                        && digits(f.value, 5, 7) && digits(f.value, 8, 10)) {
                    // "Thursday, February 28 ... A day earlier" with no year known: days counted from that day
                    // keep the year unknown (a leap year stands in, so February 29 counts too; a day named with
                    // its weekday takes a year in which it falls on that weekday, so later bare weekdays count)
                    int m = Integer.parseInt(f.value, 5, 7, 10);
                    int d = Integer.parseInt(f.value, 8, 10, 10);
                    LocalDate ref = weekdayYear(c, f, m, d);
                    // ("The next day": counted from a day named with its weekday, it keeps that day's year)
                    LocalDate kept = ref == null && c.standIn && c.standInWeekdays
                            ? Dates.day(c.standInYear, m, d) : null;
                    if (ref != null) {
                        c.standInWeekdays = true;
                        c.standInYear = ref.getYear();
                    } else if (kept == null) {
                        c.standInWeekdays = false;
                        c.standInYear = STAND_IN;
                    }
                    c.lastDay = ref != null ? ref : kept != null ? kept : Dates.day(STAND_IN, m, d);
                    c.lastDaySentence = s.of[i];
                    c.standIn = c.lastDay != null;
                    // (an undated article's narrative days are main or background as dated ones are)
                    c.toldIn(main(t, s.first[s.of[i]], i), pastPerfect(t, s.first[s.of[i]], i));
                } else if (a.year == null && c.standIn && c.standInWeekdays && c.lastDay != null
                        && !t.wordIs(f.from - 1, "since") && f.type == TimexType.DATE && f.value.length() == 10
                        && f.value.startsWith("XXXX-WXX-")) {
                    // "Thursday, November 16 ... The next day ... The tone changed on Saturday. The same day": a
                    // bare weekday after them is the story's next day told (its value is set once all are read,
                    // see undatedWeekdays)
                    c.lastDay = nearestWeekday(c.lastDay, f.value.charAt(9) - '0', c.tense(f.from));
                    c.lastDaySentence = s.of[i];
                    c.toldIn(main(t, s.first[s.of[i]], i), pastPerfect(t, s.first[s.of[i]], i));
                }
                c.remember(f.value, s.of[i]);
                i = f.to;
            } else {
                i++;
            }
        }
        alignMonthSpans(t, out);
        if (a.day == null && a.year == null) undatedWeekdays(c, out);
        return out;
    }

    /**
     * Whether the day at i is told in its sentence's main clause, not a background one: a clause of time, a relative
     * clause or aside, a participle after the main verb, an "of" phrase ("the fall of Oct. 28, 1929").
     */
    private static boolean main(Tokens t, int from, int i) {
        return !subordinate(t, from, i) && !NarrativeDates.inRelative(t, from, i) && !participleAfterVerb(t, from, i)
                // ("the evening of Monday", "the early hours of Wednesday" are that day's)
                && !(t.wordIs(i - 1, "of") && DatePatterns.partOfDay(t.w(i - 2)) == null && !t.wordIs(i - 2, "hours"));
    }

    /**
     * Whether the day at i is the one an anniversary recalls ("marked the anniversary of the crossing of the Suez
     * Canal on Oct 6, 1973"): the story goes on from its own day, not from that one.
     */
    private static boolean commemorated(Tokens t, int from, int i) {
        for (int k = i - 1; k >= from && i - k <= 12; k--) {
            if (t.is(k, ';') || t.is(k, ':')) return false;
            if (t.wordIs(k, "anniversary") || t.wordIs(k, "anniversaries")) return true;
        }
        return false;
    }

    /** Whether the clause of the date at i is told in the past perfect ("had announced ... on January 29"). */
    private static boolean pastPerfect(Tokens t, int from, int i) {
        for (int k = i - 1; k >= from && i - k <= 12; k--) {
            if (t.is(k, ',') || t.is(k, ';')) return false;
            if (t.wordIs(k, "had") && t.isWord(k + 1) && (Triggers.pastForm(t.lower[k + 1]) || t.wordIs(k + 1, "been"))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SUBORDINATE = java.util.Set.of("after", "before", "since", "until");

    /**
     * Whether the date at i is told in a clause of time opened earlier in its clause ("a week after last Tuesday's
     * agreement", "after the committee met by teleconference on Wednesday and Thursday"): a day in the background.
     */
    private static boolean subordinate(Tokens t, int a, int i) {
        for (int j = i - 1; j >= a && i - j <= 20; j--) {
            if (t.is(j, ',') || t.is(j, ';') || t.is(j, ':')) return false;
            // ("touched down shortly after midday yesterday": a preposition before a time of day opens no clause;
            // "a week after last Tuesday's agreement" tells another happening)
            if (t.isWord(j) && SUBORDINATE.contains(t.lower[j])
                    && !(j == i - 1 && (t.isNum(i) || t.isWord(i) && ClauseDates.TIMES_OF_DAY.contains(t.lower[i])))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the date at i follows a past participle that modifies a noun after the sentence's main verb ("reached
     * a record 604 million shares, double the previous record of 338 million set on Friday").
     */
    private static boolean participleAfterVerb(Tokens t, int a, int i) {
        int p = t.wordIs(i - 1, "on") || t.wordIs(i - 1, "in") ? i - 2 : i - 1;
        if (!t.isWord(p) || t.capitalised(p) || !Triggers.pastForm(t.lower[p])) return false;
        if (!t.isNum(p - 1) && !(t.isWord(p - 1) && !t.capitalised(p - 1) && !AUXILIARY.contains(t.lower[p - 1])
                && !Triggers.DETERMINERS.contains(t.lower[p - 1]) && !Triggers.pastForm(t.lower[p - 1]))) {
            return false;
        }
        for (int j = p - 2; j > a; j--) {
            if (t.isWord(j) && !t.capitalised(j) && Triggers.pastForm(t.lower[j]) && !AUXILIARY.contains(t.lower[j])) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> AUXILIARY = java.util.Set.of("was", "were", "is", "are", "be", "been",
            "being", "has", "have", "had", "he", "she", "they", "it", "we", "who", "which", "that");

    /** The leap year that stands in for an unknown one while days are counted from an undated day. */
    static final int STAND_IN = 2000;

    /** A day counted from an undated day ("a day earlier"): its stand-in year is unknown again. */
    private static Found unknownYear(Ctx c, Found f) {
        if (!c.standIn || f.value.length() < 7 || f.value.charAt(4) != '-' || !digits(f.value, 0, 4)) return f;
        int y = Integer.parseInt(f.value, 0, 4, 10);
        if (Math.abs(y - c.standInYear) > 1) return f;
        for (int k = f.from; k < f.to; k++) if (c.t.isNum(k)) return f; // a year the text gives
        return new Found(f.from, f.to, "XXXX" + f.value.substring(4), f.type, f.modifier, f.vague);
    }

    /**
     * An article with no publication date that names a day with its weekday ("Friday, March 19") tells the week
     * its bare weekdays fall in: a bare weekday is the nearer such weekday around the day so named last before it
     * ("Wednesday" after that Friday is XXXX-03-17; "Monday morning" after "Sunday, June 29" is XXXX-06-30), the
     * one ahead when its clause looks ahead. The year stays unknown.
     */
    private void undatedWeekdays(Ctx c, List<Found> out) {
        // each day the text gives with its weekday ("Sunday, June 29"), in a year where it falls on that weekday
        List<Found> anchors = new ArrayList<>();
        List<LocalDate> refs = new ArrayList<>();
        for (Found f : out) {
            if (f.value.length() != 10 || !f.value.startsWith("XXXX-") || !digits(f.value, 5, 7) || !digits(f.value, 8, 10)) continue;
            LocalDate ref = weekdayYear(c, f, Integer.parseInt(f.value, 5, 7, 10), Integer.parseInt(f.value, 8, 10, 10));
            if (ref == null) continue;
            anchors.add(f);
            refs.add(ref);
        }
        if (anchors.isEmpty()) return;
        for (int q = 0; q < out.size(); q++) {
            Found f = out.get(q);
            if (f.type != TimexType.DATE || !f.value.startsWith("XXXX-WXX-") || f.value.length() != 10) continue;
            // the day the text last gave before it (else the first it gives): "Sunday, June 29 ... until Monday
            // morning" is the Monday after, "sworn in on Friday, March 19 ... died on Wednesday" the Wednesday before
            LocalDate ref = refs.get(0);
            for (int r = 0; r < anchors.size(); r++) if (anchors.get(r).from < f.from) ref = refs.get(r);
            // a plan is ahead; else the nearer of the two (the one before when as near)
            LocalDate x = nearestWeekday(ref, f.value.charAt(9) - '0', c.tense(f.from));
            out.set(q, new Found(f.from, f.to, "XXXX-" + Anchor.two(x.getMonthValue()) + "-" + Anchor.two(x.getDayOfMonth()),
                    f.type, f.modifier, f.vague));
        }
    }

    /**
     * The day an undated day names with its weekday ("Sunday, June 29", "on Sunday evening, February 9") falls on in
     * a year where it is that weekday, which stands in for the unknown one; null when no weekday names it.
     */
    private LocalDate weekdayYear(Ctx c, Found f, int m, int d) {
        int anchorDay = 0;
        // (a part of the day may stand between; not a sentence's end: "on Saturday. The same day")
        int back = DatePatterns.partOfDay(c.t.w(f.from - 2)) != null ? 3 : 2;
        int from = f.from;
        while (from > 0 && f.from - from < back && !c.t.is(from - 1, '.') && !c.t.is(from - 1, ';')
                && c.s.of[from - 1] == c.s.of[f.from]) {
            from--;
        }
        for (int j = from; j < f.to && anchorDay == 0; j++) {
            if (c.t.in(j, lex.weekdayWords)) anchorDay = lex.weekdays.get(c.t.lower[j]);
        }
        if (anchorDay == 0) return null;
        for (int y = 2001; y <= 2028; y++) {
            if ((m == 2 && d == 29) != java.time.Year.isLeap(y)) continue;
            LocalDate x = Dates.day(y, m, d);
            if (x != null && x.getDayOfWeek().getValue() == anchorDay) return x;
        }
        return null;
    }

    /** The weekday nearest a day: the one ahead when its clause looks ahead, else the nearer (before when as near). */
    private static LocalDate nearestWeekday(LocalDate ref, int isoDay, Anchor.Tense tense) {
        java.time.DayOfWeek dow = java.time.DayOfWeek.of(isoDay);
        LocalDate before = ref.with(java.time.temporal.TemporalAdjusters.previousOrSame(dow));
        LocalDate after = ref.with(java.time.temporal.TemporalAdjusters.nextOrSame(dow));
        return tense == Anchor.Tense.FUTURE ? after
                : java.time.temporal.ChronoUnit.DAYS.between(ref, after) < java.time.temporal.ChronoUnit.DAYS.between(before, ref)
                ? after : before;
    }

    /**
     * "from January through September" in a report of March: each month alone resolves by the tense rule (January
     * of this year, September of last year), but a span runs forward, so a start month later than its end month
     * takes the end's year when neither gives its own.
     */
    private static void alignMonthSpans(Tokens t, List<Found> out) {
        for (int q = 1; q < out.size(); q++) {
            Found a = out.get(q - 1);
            Found b = out.get(q);
            if (b.from != a.to + 1 || !isMonth(a.value) || !isMonth(b.value) || a.value.compareTo(b.value) <= 0) continue;
            String link = t.w(a.to);
            if (!(link.equals("through") || link.equals("to") || link.equals("until") || link.equals("till")
                    || t.isDash(a.to)) || hasYear(t, a) || hasYear(t, b)) {
                continue;
            }
            out.set(q - 1, new Found(a.from, a.to, b.value.substring(0, 4) + a.value.substring(4), a.type, a.modifier,
                    a.vague));
        }
    }

    private static boolean isMonth(String v) {
        return v.length() == 7 && digits(v, 0, 4) && v.charAt(4) == '-' && digits(v, 5, 7);
    }

    private static boolean hasYear(Tokens t, Found f) {
        for (int k = f.from; k < f.to; k++) if (t.isNum(k) && t.len(k) == 4) return true;
        return false;
    }

    /**
     * A year, year range or decade used as a noun modifier ("the 2021-2022 consultations plan",
     * "the 2008 war") is a timex but not the date of what the sentence reports.
     */
    private Found withModifier(Tokens t, Found f) {
        if (f.type != TimexType.DATE) return f;
        String v = f.value;
        boolean yearish = (v.length() == 3 || v.length() == 4) && digits(v, 0, v.length())
                || v.length() == 21 && digits(v, 0, 4) && v.startsWith("-01-01/", 4) && v.endsWith("-12-31");
        if (!yearish) return f;
        int prev = f.from - 1;
        String pw = t.w(prev);
        if (DatePatterns.PREPOSITIONS.contains(pw)) return f;
        int next = f.to;
        if (namesItsYear(t, f)) return new Found(f.from, f.to, f.value, f.type, true, f.vague);
        if (!t.isWord(next)) return f;
        String nw = t.lower[next];
        if (DatePatterns.FUNCTION.contains(nw) || DatePatterns.PREPOSITIONS.contains(nw)) return f;
        if (!t.capitalised(next) || pw.equals("the") || pw.equals("a") || pw.equals("its") || t.isWord(prev)) {
            return new Found(f.from, f.to, f.value, f.type, true, f.vague);
        }
        return f;
    }

    /**
     * Whether a year closes a noun phrase as part of its name: "this finance bill 2024", "the budget 2025" (a
     * determiner, one or two lower-case words that are no verb's past, then the year, which nothing follows).
     */
    private static boolean namesItsYear(Tokens t, Found f) {
        if (f.to - f.from != 1 || !t.isNum(f.from)) return false;
        int k = f.from - 1;
        int words = 0;
        while (k >= 0 && words < 3 && t.isWord(k) && !t.capitalised(k) && !Triggers.pastForm(t.lower[k])
                && !DatePatterns.PREPOSITIONS.contains(t.lower[k]) && !NAME_DETERMINERS.contains(t.lower[k])) {
            words++;
            k--;
        }
        return words >= 1 && words <= 2 && k >= 0 && t.isWord(k) && NAME_DETERMINERS.contains(t.lower[k]);
    }

    private static final java.util.Set<String> NAME_DETERMINERS = java.util.Set.of("the", "this", "its", "their",
            "his", "her", "our");

    /** The day YYYY-MM-DD at the start of v (LocalDate.parse's result, without its parser). */
    static LocalDate isoDay(String v) {
        if (!digits(v, 5, 7) || v.charAt(7) != '-' || !digits(v, 8, 10)) return LocalDate.parse(v.substring(0, 10));
        return LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
    }

    private static boolean digits(String v, int from, int to) {
        for (int i = from; i < to; i++) if (v.charAt(i) < '0' || v.charAt(i) > '9') return false;
        return true;
    }

    /** What the patterns may read besides the tokens: the anchor, sentence bounds, the last full date seen. */
    static final class Ctx {
        final Tokens t;
        final Sentences s;
        final Anchor a;
        LocalDate lastDay;
        /** The last day told outside a clause of time ("after X met on Thursday"): the day "the same day" means. */
        LocalDate mainDay;
        /** Whether the last day was told in a main clause (else a background one: see {@link #toldDay}). */
        boolean lastDayMain = true;
        /** Whether the last day was told in the past perfect, before the narrative ("had announced on January 29"). */
        boolean lastDayBefore;
        /** The last day told in a main clause in the narrative's own past, not the past perfect. */
        LocalDate storyDay;
        /** The year and month of the last date with a known year, for "the following year" in a narrative. */
        Integer lastYear;
        Integer lastMonth;
        String lastValue;
        int lastValueSentence = -1;
        int depth;
        int lastDaySentence = -1;
        /** Whether lastDay's year only stands in for an unknown one (see {@link #unknownYear}). */
        boolean standIn;
        /** The year standing in, and whether its weekdays are the story's (a day was named with its weekday). */
        int standInYear = STAND_IN;
        boolean standInWeekdays;
        /** The last day told in a clause that is not a plan, and whether lastDay was told in one. */
        LocalDate pastDay;
        boolean lastDayPlanned;

        /** Records whether the day just found at token i is told as a plan ("a hearing is set for today"). */
        void told(int i) {
            lastDayPlanned = tense(i) == Anchor.Tense.FUTURE;
            if (!lastDayPlanned) pastDay = lastDay;
        }

        /**
         * The day "the same evening", "the same day" at token i mean: the day just told, unless that day was a plan
         * and the clause at i tells what happened ("A hearing on the sale is set for today. The same evening the
         * Federal Reserve agreed to lend"), when it is the last day told as a happening; null if none.
         */
        LocalDate sameAs(int i, LocalDate told) {
            return lastDayPlanned && pastDay != null && tense(i) == Anchor.Tense.PAST ? pastDay : told;
        }

        final DatePatterns p;

        Ctx(Tokens t, Sentences s, Anchor a, DatePatterns p) {
            this.p = p;
            this.t = t;
            this.s = s;
            this.a = a;
        }

        /** The day of the last evening or night told (a time after 6 p.m., "Wednesday night"), and its sentence. */
        LocalDate lastNight;
        int lastNightSentence = -10;

        void remember(String v, int sentence) {
            if (v.length() < 4 || !digits(v, 0, 4) || v.indexOf('/') >= 0 || v.length() > 4 && v.charAt(4) != '-') return;
            if (v.length() >= 13 && v.charAt(10) == 'T' && digits(v, 5, 7) && digits(v, 8, 10)
                    && (v.startsWith("NI", 11) || v.startsWith("EV", 11) || digits(v, 11, 13)
                    && Integer.parseInt(v, 11, 13, 10) >= 18)) {
                lastNight = isoDay(v);
                lastNightSentence = sentence;
            }
            lastValue = v;
            lastValueSentence = sentence;
            lastYear = Integer.parseInt(v, 0, 4, 10);
            lastMonth = v.length() >= 7 && digits(v, 5, 7) ? Integer.valueOf(Integer.parseInt(v, 5, 7, 10))
                    : v.length() == 7 && v.charAt(5) == 'Q' && v.charAt(6) >= '1' && v.charAt(6) <= '4'
                    ? Integer.valueOf((v.charAt(6) - '1') * 3 + 1) : null;
        }

        /**
         * The year of the happening a clause is about, named as its modifier before token i ("the 1967 epidemic
         * began in Shropshire in October"), which a month named later in the clause falls in; or null. A year
         * told otherwise ("since the virus was identified in 1976", "the 2018 World Cup") dates nothing else.
         */
        Integer yearOfSentence(int i) {
            int from = s.first[s.of[Math.min(i, t.size - 1)]];
            for (int j = i - 1; j > from && i - j <= 15; j--) {
                // "The last great epidemic, in 1967, began ... in October": the year set off after the subject;
                // "In 1967, the epidemic began ... in October": the year the sentence opens with
                if (t.is(j, ',') && t.isNum(j - 1) && t.len(j - 1) == 4 && t.wordIs(j - 2, "in")
                        && (j - 2 == from || t.is(j - 3, ',') && j - 4 >= from && t.isWord(j - 4) && !t.capitalised(j - 4))) {
                    int y = t.num(j - 1);
                    return y >= 1000 && y <= 2199 ? y : null;
                }
                if (t.is(j, ',') || t.is(j, ';')) return null;
                if (t.isNum(j) && t.len(j) == 4 && t.wordIs(j - 1, "the") && t.isWord(j + 1) && !t.capitalised(j + 1)) {
                    int y = t.num(j);
                    return y >= 1000 && y <= 2199 ? y : null;
                }
            }
            return null;
        }

        /**
         * "a year earlier" (or "from a year ago") after a period named in this or the previous sentence: that
         * period a year before, at its own precision ("profit rose in the third quarter from a year earlier" is
         * the third quarter of the year before, as HeidelTime reads it), else null.
         */
        String yearBefore(int i, boolean ago) {
            if (lastValue == null) return null;
            int sen = s.of[Math.min(i, t.size - 1)];
            if (lastValueSentence != sen && (ago || lastValueSentence != sen - 1)) return null;
            String v = lastValue.length() > 10 && lastValue.charAt(10) == 'T' ? lastValue.substring(0, 10) : lastValue;
            int y = Integer.parseInt(v.substring(0, 4)) - 1;
            if (v.length() == 10) {
                LocalDate d = Dates.day(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
                        Integer.parseInt(v.substring(8, 10)));
                return d == null ? null : d.minusYears(1).toString();
            }
            if (v.length() == 4 || v.length() == 7 || v.length() == 8 && v.charAt(5) != 'W') {
                return Anchor.four(y) + v.substring(4);
            }
            return Anchor.four(y);
        }

        /** The anchor for a narrative expression ("the following week"): the last date the text gave, else the anchor. */
        Anchor narrative(String unit) {
            if (lastDay != null && (unit.equals("D") || unit.equals("W") || lastYear == null
                    || lastYear == lastDay.getYear() && lastMonth != null && lastMonth == lastDay.getMonthValue())) {
                return new Anchor(new org.eventscope.model.TimeValue.Day(lastDay));
            }
            if (lastYear == null || unit.equals("D") || unit.equals("W")) return a;
            if (lastMonth != null) {
                return new Anchor(new org.eventscope.model.TimeValue.Month(java.time.YearMonth.of(lastYear, lastMonth)));
            }
            return unit.equals("M") ? a : new Anchor(new org.eventscope.model.TimeValue.Year(lastYear));
        }

        Anchor.Tense tense(int i) {
            int sen = s.of[Math.min(i, t.size - 1)];
            return Tense.at(t, i, s.first[sen], s.last[sen]);
        }

        /**
         * The day of a time of day starting at token {@code from} and ending before token j: a day named right after it
         * ("at 3 p.m. on Friday", "midnight Sunday") or a day told relatively ("shortly before 10pm last night", "at
         * 9:55 p.m. yesterday", "shortly after midday last Friday"), else {@link #dayFor}.
         */
        String dayAfter(int j, int from) {
            int k = t.wordIs(j, "on") ? j + 1 : j;
            boolean relative = !t.wordIs(j, "on") && t.isWord(k) && (RELATIVE_DAYS.contains(t.lower[k])
                    || (t.lower[k].equals("last") || t.lower[k].equals("this") || t.lower[k].equals("next"))
                    && t.isWord(k + 1) && (PARTS_OF_DAY.contains(t.lower[k + 1])
                    || p.lex().weekdays.containsKey(t.lower[k + 1]) && t.capitalised(k + 1)));
            if (depth < 3 && (t.isWord(k) && (p.lex().weekdays.containsKey(t.lower[k]) || p.lex().months.containsKey(t.lower[k]))
                    && t.capitalised(k) || t.isNum(k) && t.wordIs(j, "on") || relative)) {
                depth++;
                try {
                    TemporalTagger.Found f = p.any(this, k);
                    // (in an article without a date, "at 11:52 on November 1" is XXXX-11-01T11:52: the day as far as
                    // the text tells it)
                    if (f != null && f.from() == k && f.type() == TimexType.DATE && f.value().length() == 10
                            && (Character.isDigit(f.value().charAt(0))
                            || f.value().startsWith("XXXX-") && Character.isDigit(f.value().charAt(5)))) {
                        return f.value();
                    }
                    // "last night" is a time of a day (2010-10-13TNI): the time takes its day
                    if (relative && f != null && f.from() == k && f.value().length() > 10
                            && f.value().charAt(10) == 'T' && Character.isDigit(f.value().charAt(0))) {
                        return f.value().substring(0, 10);
                    }
                } finally {
                    depth--;
                }
            }
            return dayFor(j - 1, from);
        }

        /**
         * The day just told, for "in the morning" at token i: the last day the text gave, unless that day is still
         * to come and the clause at i is past ("to be flown abroad on Monday. Mickoski, who visited the hospital in
         * the morning"), when it is the article's own day.
         */
        LocalDate toldDay(int i) {
            boolean ahead = a.day != null && lastDay != null && !standIn && lastDay.isAfter(a.day);
            return ahead && tense(i) == Anchor.Tense.PAST ? a.day : lastDay;
        }

        /** Records how the last day was told: in a main clause or not, in the past perfect or not. */
        void toldIn(boolean main, boolean perfect) {
            lastDayMain = main;
            if (main) mainDay = lastDay;
            lastDayBefore = perfect;
            if (main && !perfect) storyDay = lastDay;
        }

        /**
         * The day "the next day", "the next morning" count from at token i: the last day told, unless that was told in
         * the past perfect in an earlier sentence, before the narrative ("had announced his resignation on January
         * 29. ... the next morning" goes on from the last day of the narrative itself).
         */
        LocalDate nextFrom(int i) {
            if (lastDayBefore && storyDay != null && lastDaySentence != s.of[Math.min(i, t.size - 1)]) return storyDay;
            return lastDay;
        }

        /**
         * {@link #toldDay} for a part of the day no word ties to the day just told ("in the afternoon", "earlier in
         * the day", unlike "that night", "the same afternoon"): a day told in a background clause of an earlier
         * sentence ("... set on Friday, when the Dow fell. President Reagan said in the afternoon") is not the one the
         * narrative goes on with, the last day told in a main clause is.
         */
        LocalDate narrativeDay(int i) {
            if (!lastDayMain && mainDay != null && lastDaySentence != s.of[Math.min(i, t.size - 1)]) return mainDay;
            return toldDay(i);
        }

        /**
         * Whether the sentence {@code sen} tells the past before token i: the tense there, or "was", "were" or "had"
         * anywhere before it ("Palme was hit in the back by a single bullet at the corner of ... at about 11:20 p.m.").
         */
        private boolean toldPast(int sen, int i) {
            Anchor.Tense at = tense(i);
            if (at == Anchor.Tense.PAST) return true;
            if (at == Anchor.Tense.FUTURE) return false;
            for (int k = s.first[sen]; k < i; k++) {
                if (t.wordIs(k, "was") || t.wordIs(k, "were") || t.wordIs(k, "had")) return true;
            }
            return false;
        }

        /**
         * The day a time of day starting at token {@code from} and ending at i belongs to: a date earlier in its
         * sentence; in a past clause, the day the narrative told in the three sentences before ("was shot dead late
         * Friday ... The gunman escaped. Palme was hit by a single bullet at about 11:20 p.m." in Saturday's paper is
         * Friday's 11:20 p.m.), when it is not after the article's day and was not told in the past perfect before the
         * narrative; else the anchor.
         */
        String dayFor(int i, int from) {
            int sen = s.of[Math.min(i, t.size - 1)];
            if (lastDay != null && lastDaySentence == sen) return lastDay.toString();
            if (lastDay != null && !standIn && lastDaySentence >= sen - 3 && lastDaySentence < sen
                    && (a.day == null || !lastDay.isAfter(a.day)) && toldPast(sen, from)) {
                // (not a day told in the past perfect, before the narrative: "had been parked late Friday ... jumped
                // the tracks shortly after 1 a.m." goes on from the narrative's own day)
                LocalDate told = lastDayBefore && storyDay != null ? storyDay : narrativeDay(i);
                if (told != null && (a.day == null || !told.isAfter(a.day))) return told.toString();
            }
            if (a.day != null) return a.day.toString();
            return null;
        }
    }

    /** Words naming a day relative to the article's ("10pm yesterday"). */
    private static final java.util.Set<String> RELATIVE_DAYS = java.util.Set.of("yesterday", "today", "tonight", "tomorrow");

    /** Parts of a day after "last" or "this" ("10pm last night", "at 7 this morning"). */
    private static final java.util.Set<String> PARTS_OF_DAY = java.util.Set.of("night", "evening", "morning", "afternoon");

    static Map<String, Integer> months(Lexicon lex) {
        return lex.months;
    }
}
