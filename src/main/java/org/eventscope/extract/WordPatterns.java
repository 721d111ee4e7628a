package org.eventscope.extract;

import org.eventscope.model.TimexType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import static org.eventscope.extract.DatePatterns.found;

/** The patterns of {@link DatePatterns} that start with a word: relative dates, seasons, quarters, sets, ranges. */
final class WordPatterns {
    private WordPatterns() {
    }

    /** A pattern that starts with a given word: reads tokens from i, whose lower-case word is w. */
    private interface Rule {
        TemporalTagger.Found read(DatePatterns p, TemporalTagger.Ctx c, int i, String w);
    }

    /**
     * The patterns by the word they start with. A word not here (nor a number word) starts no pattern, and
     * {@link DatePatterns} passes it over without a call: the set of starting words is this table's.
     */
    private static final Map<String, Rule> RULES = new HashMap<>();

    private static void on(Rule r, String... words) {
        for (String w : words) RULES.put(w, r);
    }

    static {
        on((p, c, i, w) -> RelativePatterns.the(p, c, i), "the");
        on(WordPatterns::dayWord, "today", "yesterday", "tomorrow");
        on((p, c, i, w) -> c.a.day == null ? found(i, i + 1, "PRESENT_REF", TimexType.DATE, true)
                : found(i, i + 1, c.a.day + "TNI", TimexType.TIME, false), "tonight");
        // "now that" and "now-defunct" are no dates
        on((p, c, i, w) -> c.t.wordIs(i + 1, "that") || c.t.isDash(i + 1) && c.t.glued(i + 1) ? null
                : found(i, i + 1, "PRESENT_REF", TimexType.DATE, true), "now", "currently", "nowadays", "presently");
        on((p, c, i, w) -> found(i, i + 1, "PAST_REF", TimexType.DATE, true), "recently", "lately");
        on((p, c, i, w) -> c.t.wordIs(i + 1, "present") ? found(i, i + 2, "PRESENT_REF", TimexType.DATE, true) : null,
                "at");
        on(WordPatterns::in, "in");
        on((p, c, i, w) -> {
            // "in recent years": a past stretch up to now (PAST_REF, as HeidelTime and TimeBank read it)
            String u = DatePatterns.unit(c.t.w(i + 1));
            return u != null && c.t.w(i + 1).endsWith("s") ? found(i, i + 2, "PAST_REF", TimexType.DATE, true) : null;
        }, "recent");
        on((p, c, i, w) -> PeriodPatterns.latest(c, i), "latest");
        on((p, c, i, w) -> PeriodPatterns.fiscal(c, i), "fy", "financial", "fiscal");
        on(WordPatterns::noon, "noon", "midnight", "midday");
        on((p, c, i, w) -> RelativePatterns.relative(p, c, i, "this"), "current");
        on(RelativePatterns::relative, "last", "next", "this", "past", "coming", "previous", "following");
        on(WordPatterns::earlier, "earlier", "later");
        on(WordPatterns::early, "early", "late", "mid");
        on((p, c, i, w) -> PeriodPatterns.every(p, c, i), "every", "each");
        on(WordPatterns::set, "annual", "annually", "yearly", "daily", "weekly", "monthly", "quarterly", "hourly");
        on(WordPatterns::times, "once", "twice");
        on((p, c, i, w) -> RelativePatterns.article(p, c, i), "a", "an");
        on(WordPatterns::some, "several", "few", "many", "some");
        on((p, c, i, w) -> PeriodPatterns.quarter(c, i, w), "first", "second", "third", "fourth", "final");
        on(WordPatterns::half, "h");
        on(WordPatterns::q, "q");
        on((p, c, i, w) -> PeriodPatterns.season(c, i, w), "spring", "summer", "autumn", "fall", "winter");
        on(WordPatterns::units, "years", "decades", "months", "weeks", "days", "hours", "minutes");
        on(WordPatterns::unit, "year", "week", "month");
        on(WordPatterns::partOf, "night", "morning", "evening", "afternoon");
        on(WordPatterns::edge, "beginning", "start", "end", "middle");
        on(WordPatterns::same, "same", "that");
    }

    /** True when a pattern starts with the lower-case word w (number words aside: {@link DatePatterns#number}). */
    static final Predicate<String> STARTS = RULES::containsKey;

    static TemporalTagger.Found match(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        if (c.depth > 3) return null;
        c.depth++;
        try {
            Rule r = RULES.get(w);
            if (r != null) return r.read(p, c, i, w);
            Integer n = DatePatterns.number(w);
            return n == null ? null : RelativePatterns.numberWord(p, c, i, n);
        } finally {
            c.depth--;
        }
    }

    private static TemporalTagger.Found dayWord(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        int shift = w.equals("today") ? 0 : w.equals("yesterday") ? -1 : 1;
        String part = DatePatterns.partOfDay(c.t.w(i + 1));
        if (part != null && c.a.day != null && !c.t.wordIs(i + 2, "of")) {
            return found(i, i + 2, c.a.dayShift(shift) + "T" + part, TimexType.TIME, false);
        }
        return found(i, i + 1, c.a.dayShift(shift), TimexType.DATE, false);
    }

    private static TemporalTagger.Found in(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        if (t.wordIs(i + 1, "the") && t.wordIs(i + 2, "past") && !t.isNum(i + 3)
                && DatePatterns.unit(t.w(i + 3)) == null && DatePatterns.number(t.w(i + 3)) == null) {
            return found(i + 1, i + 3, "PAST_REF", TimexType.DATE, true);
        }
        if (t.wordIs(i + 1, "the") && t.wordIs(i + 2, "future")) {
            return found(i + 1, i + 3, "FUTURE_REF", TimexType.DATE, true);
        }
        // "Haavisto conceded defeat in the evening": the evening of the day told up to three sentences before
        String part = t.wordIs(i + 1, "the") ? DatePatterns.partOfDay(t.w(i + 2)) : null;
        if (part != null && c.lastDay != null && c.s.of[i] - c.lastDaySentence <= 3 && !t.wordIs(i + 3, "of")) {
            return found(i + 1, i + 3, c.narrativeDay(i) + "T" + part, TimexType.TIME, true);
        }
        return null;
    }

    private static TemporalTagger.Found noon(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        if (c.a.day == null || !(t.wordIs(i - 1, "at") || t.wordIs(i - 1, "by") || t.wordIs(i - 1, "before")
                || t.wordIs(i - 1, "after") || t.wordIs(i - 1, "until"))) {
            return null;
        }
        String day = c.dayAfter(i + 1, i);
        return day == null ? null : found(i, i + 1, day + (w.equals("midnight") ? "T24:00" : "T12:00"),
                TimexType.TIME, false);
    }

    private static TemporalTagger.Found earlier(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        String x = c.t.w(i + 1);
        // "Earlier in the day, Macron had cancelled a speech", "later in the day", "early in the day": the day the
        // text just told
        if (x.equals("in") && c.t.wordIs(i + 2, "the") && c.t.wordIs(i + 3, "day") && c.lastDay != null
                && c.s.of[i] - c.lastDaySentence <= 3) {
            return found(i, i + 4, c.narrativeDay(i).toString(), TimexType.DATE, true);
        }
        if (x.equals("today") || x.equals("yesterday") || x.equals("tonight") || x.equals("tomorrow")) {
            TemporalTagger.Found in = match(p, c, i + 1, x);
            return in == null ? null : found(i, in.to(), in.value(), in.type(), false);
        }
        if (x.equals("this") || x.equals("last") || x.equals("next")) {
            TemporalTagger.Found in = RelativePatterns.relative(p, c, i + 1, x);
            if (in != null && in.type() == TimexType.DATE) {
                return found(i, in.to(), in.value(), TimexType.DATE, true);
            }
        }
        return null;
    }

    private static TemporalTagger.Found early(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        int j = t.isDash(i + 1) && t.glued(i + 1) ? i + 2 : i + 1;
        String x = t.w(j);
        if (x.equals("in") && !w.equals("mid")) return earlier(p, c, i, w);
        if (x.equals("early") || x.equals("late") || x.equals("mid") || x.equals("the")) return null;
        TemporalTagger.Found in = p.any(c, j);
        if (in != null && in.type() == TimexType.DATE && in.from() == j) {
            return found(i, in.to(), in.value(), TimexType.DATE, in.vague());
        }
        return null;
    }

    private static TemporalTagger.Found set(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        if (c.t.capitalised(i)) return null;
        String v = switch (w) {
            case "daily" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "hourly" -> "PT1H";
            default -> "P1Y"; // annual, annually, yearly
        };
        return found(i, i + 1, v, TimexType.SET, false);
    }

    private static TemporalTagger.Found times(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        String u = DatePatterns.unit(t.w(i + 2));
        if ((t.wordIs(i + 1, "a") || t.wordIs(i + 1, "an") || t.wordIs(i + 1, "per")) && u != null) {
            return found(i + 1, i + 3, DatePatterns.duration(u, "1"), TimexType.SET, false);
        }
        return null;
    }

    private static TemporalTagger.Found some(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        String u = DatePatterns.unit(t.w(i + 1));
        if (u == null || !t.w(i + 1).endsWith("s") && !t.w(i + 1).equals("centuries")) return null;
        if (t.wordIs(i + 2, "ago")) return found(i, i + 3, "PAST_REF", TimexType.DATE, true);
        if (w.equals("some")) return null;
        return found(i, i + 2, DatePatterns.duration(u, "X"), TimexType.DURATION, true);
    }

    private static TemporalTagger.Found half(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        // "H1 2018": a half year, only with its year ("H2" alone may be hydrogen)
        if (t.capitalised(i) && t.isNum(i + 1) && t.glued(i + 1) && (t.num(i + 1) == 1 || t.num(i + 1) == 2)
                && t.len(i + 1) == 1 && t.isNum(i + 2) && t.len(i + 2) == 4 && t.num(i + 2) >= 1000) {
            return found(i, i + 3, t.num(i + 2) + "-H" + t.num(i + 1), TimexType.DATE, false);
        }
        return null;
    }

    private static TemporalTagger.Found q(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        if (t.capitalised(i) && t.isNum(i + 1) && t.glued(i + 1) && t.num(i + 1) >= 1 && t.num(i + 1) <= 4) {
            int q = t.num(i + 1);
            if (t.isNum(i + 2) && t.len(i + 2) == 4 && t.num(i + 2) >= 1000) {
                return found(i, i + 3, t.num(i + 2) + "-Q" + q, TimexType.DATE, false);
            }
            return found(i, i + 2, c.a.quarter(null, q, c.tense(i)), TimexType.DATE, false);
        }
        return null;
    }

    private static TemporalTagger.Found units(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        if (t.isDash(i + 1) && t.glued(i + 1) && t.wordIs(i + 2, "long") && t.glued(i + 2)) {
            // "a decades-long conflict": an unspecified stretch
            return found(i, i + 3, DatePatterns.duration(DatePatterns.unit(w), "X"), TimexType.DURATION, true);
        }
        String prev = t.w(i - 1);
        if (prev.equals("for") || prev.equals("over") || prev.equals("within")
                || prev.equals("last") && RelativePatterns.LAST_VERB.contains(t.w(i - 2))) { // "may last months"
            return found(i, i + 1, DatePatterns.duration(DatePatterns.unit(w), "X"), TimexType.DURATION, true);
        }
        return null;
    }

    private static TemporalTagger.Found unit(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        if (w.equals("year") && t.isDash(i + 1) && t.glued(i + 1) && t.glued(i + 2)
                && (t.wordIs(i + 2, "earlier") || t.wordIs(i + 2, "ago"))) {
            return PeriodPatterns.yearEarlier(c, i);
        }
        if (t.isDash(i + 1) && t.glued(i + 1) && t.wordIs(i + 2, "end") && t.glued(i + 2) && !w.equals("week")) {
            // "by year-end", "month-end": the year or month of the anchor
            return found(i, i + 3, c.a.unitShift(DatePatterns.unit(w), 0), TimexType.DATE, true);
        }
        String p2 = t.w(i - 2);
        // ("the FIFA World Player of the Year", "Employee of the Month": a capitalised unit is part of a title)
        if (t.wordIs(i - 1, "the") && (p2.equals("during") || p2.equals("throughout") || p2.equals("of"))
                && !(t.capitalised(i) && !t.capitalised(i - 1))) {
            return found(i, i + 1, c.a.unitShift(DatePatterns.unit(w), 0), TimexType.DATE, true);
        }
        return null;
    }

    private static TemporalTagger.Found partOf(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        if (!c.t.wordIs(i + 1, "of")) return null;
        TemporalTagger.Found in = p.any(c, i + 2);
        if (in != null && in.from() == i + 2 && in.value().length() == 10 && in.type() == TimexType.DATE
                && Character.isDigit(in.value().charAt(0))) {
            return found(i, in.to(), in.value() + "T" + DatePatterns.partOfDay(w), TimexType.TIME, false);
        }
        return null;
    }

    private static TemporalTagger.Found edge(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        if (!c.t.wordIs(i + 1, "of")) return null;
        TemporalTagger.Found in = p.any(c, i + 2);
        if (in != null && in.from() == i + 2 && in.type() == TimexType.DATE) {
            return found(i, in.to(), in.value(), TimexType.DATE, true);
        }
        return null;
    }

    private static TemporalTagger.Found same(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        if (w.equals("same")) {
            TemporalTagger.Found f = PeriodPatterns.samePeriod(p, c, i);
            if (f != null) return f;
        }
        // "That night, thousands celebrated", "that same evening", "the same night": the night of the day just told
        int at = w.equals("that") && t.wordIs(i + 1, "same") ? i + 2 : i + 1;
        String part = w.equals("that") || w.equals("same") ? DatePatterns.partOfDay(t.w(at)) : null;
        // ("Torrents swept over Armero late on Wednesday night ... Rescuers reached the town on Thursday morning ... a
        // mudflow struck Chinchina the same night": the night told last, within a few sentences, not the day; but a day
        // told in its own sentence is that night's: "On Monday Trump had lunch ..., and late that night Kim toured")
        if (("NI".equals(part) || "EV".equals(part)) && c.lastNight != null && c.s.of[i] - c.lastNightSentence <= 4
                && c.lastDay != null && !c.lastNight.isAfter(c.lastDay) && c.lastDaySentence != c.s.of[i]) {
            return found(i, at + 1, c.lastNight + "T" + part, TimexType.TIME, true);
        }
        if (part != null && c.lastDay != null) return found(i, at + 1, c.sameAs(i, c.toldDay(i)) + "T" + part, TimexType.TIME, true);
        if (t.wordIs(i + 1, "day") && (w.equals("same") || !t.isWord(i + 2) || t.wordIs(i + 2, "and"))) {
            LocalDate d = w.equals("same") && c.mainDay != null ? c.mainDay : c.lastDay != null ? c.lastDay : c.a.day;
            if (c.lastDay != null && d == c.lastDay) d = c.sameAs(i, d);
            return d == null ? null : found(i, i + 2, d.toString(), TimexType.DATE, true);
        }
        return null;
    }
}
