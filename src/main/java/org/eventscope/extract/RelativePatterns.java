package org.eventscope.extract;

import org.eventscope.model.TimexType;

import java.time.LocalDate;
import java.util.Set;

import static org.eventscope.extract.DatePatterns.found;

/**
 * The patterns of {@link WordPatterns} that read a number, a unit or another date after their first word: "the
 * first quarter", "last week", "a decade", "two weeks ago", "five days".
 */
final class RelativePatterns {
    private static final Set<String> SHIFT_BACK = Set.of("last", "past", "previous");
    private static final Set<String> SHIFT_FWD = Set.of("next", "coming", "following");
    static final Set<String> LAST_VERB = Set.of("will", "would", "to", "could", "may", "can", "might",
            "should", "must", "did", "does", "not", "ll", "t");

    private RelativePatterns() {
    }

    static TemporalTagger.Found the(DatePatterns p, TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        if (!t.in(i + 1, DatePatterns.AFTER_THE) && !t.isNum(i + 1) && !t.isApostrophe(i + 1)) return null;
        String x = t.w(i + 1);
        if (x.equals("day") && t.wordIs(i + 2, "before") && t.wordIs(i + 3, "yesterday")) {
            return found(i, i + 4, c.a.dayShift(-2), TimexType.DATE, false);
        }
        if (x.equals("day") && (t.wordIs(i + 2, "before") || t.wordIs(i + 2, "after")) && !t.isWord(i + 3)
                || (x.equals("next") || x.equals("following") || x.equals("previous")) && t.wordIs(i + 2, "day")) {
            LocalDate d = c.lastDay != null ? c.nextFrom(i) : c.a.day;
            if (d == null) return null;
            boolean back = x.equals("previous") || t.wordIs(i + 2, "before");
            int end = x.equals("day") ? i + 3 : i + 3;
            return found(i, end, d.plusDays(back ? -1 : 1).toString(), TimexType.DATE, true);
        }
        // "The next morning the rover rolled out", "the previous evening": a part of the day after or before the
        // last day the text named
        String part = x.equals("next") || x.equals("following") || x.equals("previous") ? DatePatterns.partOfDay(t.w(i + 2)) : null;
        if (part != null && c.lastDay != null && !t.wordIs(i + 3, "of")) {
            LocalDate d = c.nextFrom(i);
            return found(i, i + 3, d.plusDays(x.equals("previous") ? -1 : 1) + "T" + part, TimexType.TIME, true);
        }
        // "The night before, workers had left the site": the night before the last day the text named
        String before = DatePatterns.partOfDay(x);
        if (before != null && t.wordIs(i + 2, "before") && !t.isWord(i + 3) && c.lastDay != null) {
            return found(i, i + 3, c.lastDay.minusDays(1) + "T" + before, TimexType.TIME, true);
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

    static TemporalTagger.Found relative(DatePatterns p, TemporalTagger.Ctx c, int i, String w) {
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
            int iso = p.lex().weekdays.get(x);
            String v = a.weekday(iso, c.tense(i), shift);
            // "last Friday" in a Saturday paper: the Friday of the week before (the day before is "yesterday" or
            // plain "Friday")
            if (w.equals("last") && a.day != null && a.day.minusDays(1).getDayOfWeek().getValue() == iso) {
                v = a.day.minusDays(8).toString();
            }
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


    static TemporalTagger.Found article(DatePatterns p, TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        String x = t.w(i + 1);
        if (x.equals("couple") && t.wordIs(i + 2, "of")) return numberUnit(c, i, 2, i + 3);
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
        return numberUnit(c, i, 1, i + 1);
    }

    static TemporalTagger.Found numberWord(DatePatterns p, TemporalTagger.Ctx c, int i, int n) {
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
        return numberUnit(c, i, n, j);
    }

    /** Words between a number and its unit that leave the length as it is: "three straight years", "two more weeks". */
    private static final Set<String> RUN_WORDS = Set.of("consecutive", "straight", "successive", "more", "full",
            "further", "additional", "long");

    /** Number words and digits followed by a unit: "five days", "a decade", "27-year", "two weeks ago". */
    static TemporalTagger.Found numberUnit(TemporalTagger.Ctx c, int i, double n, int j) {
        Tokens t = c.t;
        boolean hyphen = false;
        if (t.isDash(j) && t.glued(j) && t.glued(j + 1)) {
            j++;
            hyphen = true;
        }
        if (!t.isWord(j)) return null;
        if (t.wordIs(j, "and") && t.wordIs(j + 1, "a") && t.wordIs(j + 2, "half")) {
            n += 0.5;
            j += 3;
        }
        if (RUN_WORDS.contains(t.w(j)) && !hyphen && DatePatterns.unit(t.w(j + 1)) != null) j++; // "five consecutive days"
        String unit = DatePatterns.unit(t.w(j));
        if (unit == null) return null;
        if (unit.equals("WE")) return null;
        boolean plural = t.w(j).endsWith("s") || t.w(j).equals("centuries");
        if (n == 1 && plural && !hyphen) return null;
        int end = j + 1;
        String ago = t.w(end);
        if (!hyphen && (ago.equals("ago") || ago.equals("earlier") && !t.wordIs(end + 1, "than"))) {
            String u = unit.equals("FN") ? "W" : unit;
            double k = unit.equals("FN") ? n * 2 : n;
            String prev = t.w(i - 1);
            boolean isAgo = ago.equals("ago");
            // "a week ago today", "a year ago yesterday": that day, so many units before the article's day
            if (isAgo && c.a.day != null && n == Math.rint(n) && (t.wordIs(end + 1, "today") || t.wordIs(end + 1, "yesterday"))) {
                java.time.LocalDate from = t.wordIs(end + 1, "today") ? c.a.day : c.a.day.minusDays(1);
                long m = (long) k;
                java.time.LocalDate d = switch (u) {
                    case "D" -> from.minusDays(m);
                    case "W" -> from.minusWeeks(m);
                    case "M" -> from.minusMonths(m);
                    case "Y" -> from.minusYears(m);
                    default -> null;
                };
                if (d != null) return found(i, end + 2, Anchor.day(d), TimexType.DATE, false);
            }
            String before = n == 1 && unit.equals("Y") && (!isAgo || prev.equals("from") || prev.equals("with")
                    || prev.equals("than") || prev.equals("over")) ? c.yearBefore(i, isAgo) : null;
            // "Shares plunged on Monday. A day earlier, the sirens sounded": before the last day the text named
            if (!isAgo && unit.equals("D") && c.lastDay != null && n == Math.rint(n)) {
                before = c.lastDay.minusDays((long) n).toString();
            }
            // "They won the final on Saturday ... beating United a week earlier": that many weeks before that day
            if (!isAgo && (unit.equals("W") || unit.equals("FN")) && c.lastDay != null && k == Math.rint(k)) {
                before = c.lastDay.minusWeeks((long) k).toString();
            }
            // "Ali lost to Norton in March 1973, and Frazier lost the title two months earlier": that many months
            // before the month the text last named (in this sentence or the one before), as HeidelTime reads it
            int sen = c.s.of[Math.min(i, t.size - 1)];
            if (!isAgo && before == null && n == Math.rint(n) && c.lastValueSentence >= sen - 1 && c.lastYear != null) {
                if (unit.equals("M") && c.lastMonth != null) {
                    int idx = c.lastYear * 12 + c.lastMonth - 1 - (int) n;
                    before = Anchor.month(Math.floorDiv(idx, 12), Math.floorMod(idx, 12) + 1);
                } else if (unit.equals("Y") && n > 1) {
                    before = Anchor.four(c.lastYear - (int) n);
                }
            }
            return found(i, end + 1, before != null ? before : c.a.ago(u, -k), TimexType.DATE, false);
        }
        if (!hyphen && t.wordIs(end, "from") && t.wordIs(end + 1, "now")) {
            return found(i, end + 2, c.a.ago(unit, n), TimexType.DATE, false);
        }
        if (!hyphen && ago.equals("later") && n == Math.rint(n) && !t.wordIs(end + 1, "than")) {
            // "two days later", "a year later": after the last date the text named (HeidelTime, TimeBank)
            String later = unit.equals("D") && c.lastDay != null ? c.lastDay.plusDays((long) n).toString()
                    : unit.equals("W") && c.lastDay != null ? c.lastDay.plusWeeks((long) n).toString()
                    : unit.equals("Y") && c.lastYear != null ? Anchor.four(c.lastYear + (int) n) : null;
            if (later != null) return found(i, end + 1, later, TimexType.DATE, false);
        }
        String num = n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
        return found(i, end, DatePatterns.duration(unit, num), TimexType.DURATION, false);
    }
}
