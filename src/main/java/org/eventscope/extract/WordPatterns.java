package org.eventscope.extract;

import org.eventscope.model.TimexType;

import java.time.LocalDate;
import java.util.Set;

import static org.eventscope.extract.DatePatterns.found;

/** The patterns of {@link DatePatterns} that start with a word: relative dates, seasons, quarters, sets, ranges. */
final class WordPatterns {
    private static final Set<String> SHIFT_BACK = Set.of("last", "past", "previous");
    private static final Set<String> SHIFT_FWD = Set.of("next", "coming", "following");
    private static final Set<String> LAST_VERB = Set.of("will", "would", "to", "could", "may", "can", "might",
            "should", "must", "did", "does", "not", "ll", "t");

    private WordPatterns() {
    }

    static TemporalTagger.Found match(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        Anchor a = c.a;
        if (c.depth > 3) return null;
        c.depth++;
        try {
            switch (w) {
                case "the":
                    return the(p, c, i);
                case "today", "yesterday", "tomorrow": {
                    int shift = w.equals("today") ? 0 : w.equals("yesterday") ? -1 : 1;
                    String part = DatePatterns.partOfDay(t.w(i + 1));
                    if (part != null && a.day != null && !t.wordIs(i + 2, "of")) {
                        return found(i, i + 2, a.dayShift(shift) + "T" + part, TimexType.TIME, false);
                    }
                    return found(i, i + 1, a.dayShift(shift), TimexType.DATE, false);
                }
                case "tonight":
                    return a.day == null ? found(i, i + 1, "PRESENT_REF", TimexType.DATE, true)
                            : found(i, i + 1, a.day + "TNI", TimexType.TIME, false);
                case "now", "currently", "nowadays", "presently":
                    if (t.wordIs(i + 1, "that") || t.isDash(i + 1) && t.glued(i + 1)) return null; // "now that", "now-defunct"
                    return found(i, i + 1, "PRESENT_REF", TimexType.DATE, true);
                case "recently", "lately":
                    return found(i, i + 1, "PAST_REF", TimexType.DATE, true);
                case "at":
                    if (t.wordIs(i + 1, "present")) return found(i, i + 2, "PRESENT_REF", TimexType.DATE, true);
                    return null;
                case "in":
                    if (t.wordIs(i + 1, "the") && t.wordIs(i + 2, "past") && !t.isNum(i + 3)
                            && DatePatterns.unit(t.w(i + 3)) == null && DatePatterns.number(t.w(i + 3)) == null) {
                        return found(i + 1, i + 3, "PAST_REF", TimexType.DATE, true);
                    }
                    if (t.wordIs(i + 1, "the") && t.wordIs(i + 2, "future")) {
                        return found(i + 1, i + 3, "FUTURE_REF", TimexType.DATE, true);
                    }
                    return null;
                case "recent": {
                    // "in recent years": a past stretch up to now (PAST_REF, as HeidelTime and TimeBank read it)
                    String u = DatePatterns.unit(t.w(i + 1));
                    if (u != null && t.w(i + 1).endsWith("s")) return found(i, i + 2, "PAST_REF", TimexType.DATE, true);
                    return null;
                }
                case "latest":
                    return PeriodPatterns.latest(c, i);
                case "fy", "financial":
                    return PeriodPatterns.fiscal(c, i);
                case "noon", "midnight", "midday": {
                    if (a.day == null || !(t.wordIs(i - 1, "at") || t.wordIs(i - 1, "by") || t.wordIs(i - 1, "before")
                            || t.wordIs(i - 1, "after") || t.wordIs(i - 1, "until"))) {
                        return null;
                    }
                    String day = c.dayAfter(i + 1);
                    return day == null ? null : found(i, i + 1, day + (w.equals("midnight") ? "T24:00" : "T12:00"),
                            TimexType.TIME, false);
                }
                case "fiscal":
                    return PeriodPatterns.fiscal(c, i);
                case "current":
                    return relative(p, c, i, "this");
                case "last", "next", "this", "past", "coming", "previous", "following":
                    return relative(p, c, i, w);
                case "earlier", "later": {
                    String x = t.w(i + 1);
                    if (x.equals("today") || x.equals("yesterday") || x.equals("tonight") || x.equals("tomorrow")) {
                        TemporalTagger.Found in = match(p, c, i + 1, x);
                        return in == null ? null : found(i, in.to(), in.value(), in.type(), false);
                    }
                    if (x.equals("this") || x.equals("last") || x.equals("next")) {
                        TemporalTagger.Found in = relative(p, c, i + 1, x);
                        if (in != null && in.type() == TimexType.DATE) {
                            return found(i, in.to(), in.value(), TimexType.DATE, true);
                        }
                    }
                    return null;
                }
                case "early", "late", "mid", "mid-": {
                    int j = t.isDash(i + 1) && t.glued(i + 1) ? i + 2 : i + 1;
                    String x = t.w(j);
                    if (x.equals("early") || x.equals("late") || x.equals("mid") || x.equals("the")) return null;
                    TemporalTagger.Found in = p.any(c, j);
                    if (in != null && in.type() == TimexType.DATE && in.from() == j) {
                        return found(i, in.to(), in.value(), TimexType.DATE, in.vague());
                    }
                    return null;
                }
                case "every", "each":
                    return PeriodPatterns.every(p, c, i);
                case "annual", "annually", "yearly":
                    return t.capitalised(i) ? null : found(i, i + 1, "P1Y", TimexType.SET, false);
                case "daily":
                    return t.capitalised(i) ? null : found(i, i + 1, "P1D", TimexType.SET, false);
                case "weekly":
                    return t.capitalised(i) ? null : found(i, i + 1, "P1W", TimexType.SET, false);
                case "monthly":
                    return t.capitalised(i) ? null : found(i, i + 1, "P1M", TimexType.SET, false);
                case "quarterly":
                    return t.capitalised(i) ? null : found(i, i + 1, "P3M", TimexType.SET, false);
                case "hourly":
                    return t.capitalised(i) ? null : found(i, i + 1, "PT1H", TimexType.SET, false);
                case "once", "twice": {
                    String u = DatePatterns.unit(t.w(i + 2));
                    if ((t.wordIs(i + 1, "a") || t.wordIs(i + 1, "an") || t.wordIs(i + 1, "per")) && u != null) {
                        return found(i + 1, i + 3, DatePatterns.duration(u, "1"), TimexType.SET, false);
                    }
                    return null;
                }
                case "a", "an":
                    return article(p, c, i);
                case "several", "few", "many", "some": {
                    String u = DatePatterns.unit(t.w(i + 1));
                    if (u == null || !t.w(i + 1).endsWith("s") && !t.w(i + 1).equals("centuries")) return null;
                    if (t.wordIs(i + 2, "ago")) return found(i, i + 3, "PAST_REF", TimexType.DATE, true);
                    if (w.equals("some")) return null;
                    return found(i, i + 2, DatePatterns.duration(u, "X"), TimexType.DURATION, true);
                }
                case "first", "second", "third", "fourth", "final":
                    return PeriodPatterns.quarter(c, i, w);
                case "h":
                    // "H1 2018": a half year, only with its year ("H2" alone may be hydrogen)
                    if (t.capitalised(i) && t.isNum(i + 1) && t.glued(i + 1) && (t.num(i + 1) == 1 || t.num(i + 1) == 2)
                            && t.len(i + 1) == 1 && t.isNum(i + 2) && t.len(i + 2) == 4 && t.num(i + 2) >= 1000) {
                        return found(i, i + 3, t.num(i + 2) + "-H" + t.num(i + 1), TimexType.DATE, false);
                    }
                    return null;
                case "q":
                    if (t.capitalised(i) && t.isNum(i + 1) && t.glued(i + 1) && t.num(i + 1) >= 1 && t.num(i + 1) <= 4) {
                        int q = t.num(i + 1);
                        if (t.isNum(i + 2) && t.len(i + 2) == 4 && t.num(i + 2) >= 1000) {
                            return found(i, i + 3, t.num(i + 2) + "-Q" + q, TimexType.DATE, false);
                        }
                        return found(i, i + 2, a.quarter(null, q, c.tense(i)), TimexType.DATE, false);
                    }
                    return null;
                case "spring", "summer", "autumn", "fall", "winter":
                    return PeriodPatterns.season(c, i, w);
                case "years", "decades", "months", "weeks", "days", "hours", "minutes", "centuries": {
                    if (t.isDash(i + 1) && t.glued(i + 1) && t.wordIs(i + 2, "long") && t.glued(i + 2)) {
                        // "a decades-long conflict": an unspecified stretch
                        return found(i, i + 3, DatePatterns.duration(DatePatterns.unit(w), "X"), TimexType.DURATION,
                                true);
                    }
                    String prev = t.w(i - 1);
                    if (prev.equals("for") || prev.equals("over") || prev.equals("within")
                            || prev.equals("last") && LAST_VERB.contains(t.w(i - 2))) { // "may last months"
                        return found(i, i + 1, DatePatterns.duration(DatePatterns.unit(w), "X"), TimexType.DURATION,
                                true);
                    }
                    return null;
                }
                case "year", "week", "month": {
                    if (w.equals("year") && t.isDash(i + 1) && t.glued(i + 1) && t.glued(i + 2)
                            && (t.wordIs(i + 2, "earlier") || t.wordIs(i + 2, "ago"))) {
                        return PeriodPatterns.yearEarlier(c, i);
                    }
                    if (t.isDash(i + 1) && t.glued(i + 1) && t.wordIs(i + 2, "end") && t.glued(i + 2)
                            && !w.equals("week")) {
                        // "by year-end", "month-end": the year or month of the anchor
                        return found(i, i + 3, a.unitShift(DatePatterns.unit(w), 0), TimexType.DATE, true);
                    }
                    String p2 = t.w(i - 2);
                    if (t.wordIs(i - 1, "the") && (p2.equals("during") || p2.equals("throughout") || p2.equals("of"))) {
                        String u = DatePatterns.unit(w);
                        return found(i, i + 1, a.unitShift(u, 0), TimexType.DATE, true);
                    }
                    return null;
                }
                case "from", "between":
                    // "from 2009 to 2012": TimeML tags both ends; events read the span (EventExtractor)
                    return null;
                case "night", "morning", "evening", "afternoon": {
                    if (!t.wordIs(i + 1, "of")) return null;
                    TemporalTagger.Found in = p.any(c, i + 2);
                    if (in != null && in.from() == i + 2 && in.value().length() == 10 && in.type() == TimexType.DATE
                            && Character.isDigit(in.value().charAt(0))) {
                        return found(i, in.to(), in.value() + "T" + DatePatterns.partOfDay(w), TimexType.TIME, false);
                    }
                    return null;
                }
                case "beginning", "start", "end", "middle": {
                    if (!t.wordIs(i + 1, "of")) return null;
                    TemporalTagger.Found in = p.any(c, i + 2);
                    if (in != null && in.from() == i + 2 && in.type() == TimexType.DATE) {
                        return found(i, in.to(), in.value(), TimexType.DATE, true);
                    }
                    return null;
                }
                case "same", "that": {
                    if (w.equals("same")) {
                        TemporalTagger.Found f = PeriodPatterns.samePeriod(p, c, i);
                        if (f != null) return f;
                    }
                    if (t.wordIs(i + 1, "day") && (w.equals("same") || !t.isWord(i + 2) || t.wordIs(i + 2, "and"))) {
                        LocalDate d = c.lastDay != null ? c.lastDay : a.day;
                        return d == null ? null : found(i, i + 2, d.toString(), TimexType.DATE, true);
                    }
                    return null;
                }
                default:
                    Integer n = DatePatterns.number(w);
                    if (n != null) return numberWord(p, c, i, n);
                    return null;
            }
        } finally {
            c.depth--;
        }
    }

    private static TemporalTagger.Found the(DatePatterns p, TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        String x = t.w(i + 1);
        if (x.equals("day") && t.wordIs(i + 2, "before") && t.wordIs(i + 3, "yesterday")) {
            return found(i, i + 4, c.a.dayShift(-2), TimexType.DATE, false);
        }
        if (x.equals("day") && (t.wordIs(i + 2, "before") || t.wordIs(i + 2, "after")) && !t.isWord(i + 3)
                || (x.equals("next") || x.equals("following") || x.equals("previous")) && t.wordIs(i + 2, "day")) {
            LocalDate d = c.lastDay != null ? c.lastDay : c.a.day;
            if (d == null) return null;
            boolean back = x.equals("previous") || t.wordIs(i + 2, "before");
            int end = x.equals("day") ? i + 3 : i + 3;
            return found(i, end, d.plusDays(back ? -1 : 1).toString(), TimexType.DATE, true);
        }
        if (x.equals("weekend")) return PeriodPatterns.weekend(c, i, i + 2);
        String y = t.w(i + 2);
        if ((y.equals("future") || y.equals("past")) && x.length() > 3 && (x.equals("near") || x.equals("foreseeable")
                || x.equals("distant") || x.equals("recent") || x.equals("immediate") || x.equals("not-too-distant"))) {
            // "in the near future", "for the foreseeable future", "in the recent past"
            return found(i, i + 3, y.equals("future") ? "FUTURE_REF" : "PAST_REF", TimexType.DATE, true);
        }
        if (x.equals("quarter") && !t.isDash(i + 2) && !t.wordIs(i + 2, "of") && !t.capitalised(i + 1)) {
            // "the quarter": the quarter the text last named (HeidelTime), else the anchor's
            return found(i, i + 2, PeriodPatterns.narrativeQuarter(c, 0), TimexType.DATE, true);
        }
        if (x.equals("fiscal") || x.equals("financial")) return PeriodPatterns.fiscalYear(c, i, 0, true);
        String u = x.endsWith("s") ? DatePatterns.unit(x) : null;
        String prev = u == null ? "" : t.w(i - 1);
        if (u != null && !u.equals("WE") && (prev.equals("over") || prev.equals("through")
                || prev.equals("throughout") || prev.equals("down"))) {
            // "over the years": an unspecified stretch
            return found(i, i + 2, DatePatterns.duration(u, "X"), TimexType.DURATION, true);
        }
        if (x.equals("the") || x.isEmpty() && !t.isNum(i + 1) && !t.isApostrophe(i + 1)) return null;
        if (c.t.isWord(i + 1) && (p.lex().months.containsKey(x) || p.lex().weekdays.containsKey(x))) return null;
        TemporalTagger.Found in = p.any(c, i + 1);
        if (in == null || in.from() != i + 1) return null;
        boolean ordinal = t.isWord(i + 2) && t.glued(i + 2) && t.w(i + 2).length() == 2;
        if (t.isNum(i + 1) && !ordinal && !(in.value().length() <= 3 || in.type() != TimexType.DATE)) return null;
        if (in.type() == TimexType.SET || t.wordIs(in.to() - 1, "long")) return null; // "the annual meeting": TimeML tags "annual" alone
        return new TemporalTagger.Found(i, in.to(), in.value(), in.type(), false, in.vague());
    }

    private static TemporalTagger.Found relative(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        Anchor a = c.a;
        int shift = SHIFT_BACK.contains(w) ? -1 : SHIFT_FWD.contains(w) ? 1 : 0;
        if (w.equals("last") && LAST_VERB.contains(t.w(i - 1))) return null; // "the visit will last two weeks"
        int j = i + 1;
        String x = t.w(j);
        if (x.equals("fiscal") || x.equals("financial")) return PeriodPatterns.fiscalYear(c, i, shift, false);
        if (w.equals("this") && x.equals("past")) { // "this past weekend"
            TemporalTagger.Found in = relative(p, c, j, x);
            return in == null ? null : found(i, in.to(), in.value(), in.type(), in.vague());
        }
        if (Holidays.starts(x) && !w.equals("past")) {
            TemporalTagger.Found h = Holidays.match(c, j, shift); // "last Christmas", "this Easter"
            if (h != null) return found(i, h.to(), h.value(), h.type(), false);
        }
        Integer n = DatePatterns.number(x);
        if (n == null && t.isNum(j) && t.len(j) <= 3) n = t.num(j);
        if (n == null && (x.equals("few") || x.equals("several") || x.equals("couple"))) n = -1;
        if (n != null && !x.equals("one")) {
            int k = j + 1;
            if (x.equals("couple") && t.wordIs(k, "of")) k++;
            String u = DatePatterns.unit(t.w(k));
            if (u != null && !u.equals("WE")) {
                String num = n < 0 ? "X" : x.equals("couple") ? "2" : Integer.toString(n);
                return found(i, k + 1, DatePatterns.duration(u, num), TimexType.DURATION, false);
            }
            return null;
        }
        String u = DatePatterns.unit(x);
        if (u != null && x.endsWith("s") && !w.equals("this") && !u.equals("WE")) {
            // "the past weeks": an unspecified stretch; "in the coming months": the future (HeidelTime, TimeBank)
            if (w.equals("coming")) return found(i, j + 1, "FUTURE_REF", TimexType.DATE, true);
            return found(i, j + 1, DatePatterns.duration(u, "X"), TimexType.DURATION, true);
        }
        if (u != null && !x.endsWith("s")) {
            if (u.equals("D")) return null;
            if (u.equals("WE")) {
                String wk = a.unitShift("W", shift);
                return found(i, j + 1, wk.startsWith("P") || wk.startsWith("F") ? wk : wk + "-WE", TimexType.DATE, false);
            }
            if (w.equals("past")) return found(i, j + 1, DatePatterns.duration(u, "1"), TimexType.DURATION, false);
            if (u.equals("FN")) return null;
            // "the following week", "the previous year" count from the last date the text gave (a narrative)
            boolean narrative = w.equals("following") || w.equals("previous");
            Anchor from = narrative ? c.narrative(u) : a;
            return found(i, j + 1, from.unitShift(u, shift), TimexType.DATE, narrative);
        }
        if (t.isWord(j) && t.capitalised(j) && p.lex().weekdays.containsKey(x) && x.length() > 4) {
            String part = DatePatterns.partOfDay(t.w(j + 1));
            String v = a.weekday(p.lex().weekdays.get(x), c.tense(i), shift);
            if (part != null && !v.startsWith("X")) return found(i, j + 2, v + "T" + part, TimexType.TIME, false);
            return found(i, j + 1, v, TimexType.DATE, false);
        }
        if (t.isWord(j) && (p.lex().months.containsKey(x) || x.equals("spring") || x.equals("summer")
                || x.equals("autumn") || x.equals("fall") || x.equals("winter"))) {
            TemporalTagger.Found in = p.any(c, j);
            if (in != null && in.from() == j) return found(i, in.to(), in.value(), in.type(), false);
            return null;
        }
        String part = DatePatterns.partOfDay(x);
        if (part != null && a.day != null && (w.equals("this") || w.equals("last") && x.equals("night"))) {
            LocalDate d = w.equals("last") ? a.day.minusDays(1) : a.day;
            return found(i, j + 1, d + "T" + part, TimexType.TIME, false);
        }
        return null;
    }


    private static TemporalTagger.Found article(DatePatterns p, TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        String x = t.w(i + 1);
        if (x.equals("couple") && t.wordIs(i + 2, "of")) return p.numberUnit(c, i, 2, i + 3);
        if ((x.equals("later") || x.equals("earlier")) && (t.wordIs(i + 2, "date") || t.wordIs(i + 2, "time")
                || t.wordIs(i + 2, "stage"))) {
            // "at a later date": an unspecified future (TimeML FUTURE_REF); "later" alone is not a timex
            return found(i, i + 3, x.equals("later") ? "FUTURE_REF" : "PAST_REF", TimexType.DATE, true);
        }
        if (x.equals("few")) {
            String u = DatePatterns.unit(t.w(i + 2));
            if (u == null || u.equals("WE")) return null;
            if (t.wordIs(i + 3, "ago")) return found(i, i + 4, "PAST_REF", TimexType.DATE, true);
            return found(i, i + 3, DatePatterns.duration(u, "X"), TimexType.DURATION, true);
        }
        String u = DatePatterns.unit(x);
        if (u == null || x.endsWith("s")) return null;
        String prev = t.w(i - 1);
        if (prev.equals("once") || prev.equals("twice") || prev.equals("times")) return null;
        if (x.equals("day") || x.equals("week") || x.equals("month")) {
            // "a day after", "a week of talks": only with a clear duration or "ago" reading
            String nx = t.w(i + 2);
            if (!nx.equals("ago") && !nx.equals("later") && !nx.equals("earlier") && !prev.equals("for")
                    && !prev.equals("in") && !prev.equals("within") && !prev.equals("about") && !prev.equals("than")
                    && !prev.equals("over") && !prev.equals("nearly") && !prev.equals("almost")) {
                return null;
            }
        }
        if (x.equals("quarter") || x.equals("second")) return null;
        return p.numberUnit(c, i, 1, i + 1);
    }

    private static TemporalTagger.Found numberWord(DatePatterns p, TemporalTagger.Ctx c, int i, int n) {
        Tokens t = c.t;
        int j = i + 1;
        if (n >= 20 && n % 10 == 0) {
            int k = t.isDash(j) && t.glued(j) ? j + 1 : j;
            Integer u = DatePatterns.number(t.w(k));
            if (u != null && u > 0 && u < 10) {
                n += u;
                j = k + 1;
            }
        }
        return p.numberUnit(c, i, n, j);
    }
}
