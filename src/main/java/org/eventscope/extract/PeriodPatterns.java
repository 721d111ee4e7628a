package org.eventscope.extract;

import org.eventscope.model.TimexType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import static org.eventscope.extract.DatePatterns.found;

/**
 * Business and calendar periods: quarters and halves, fiscal years (TimeML {@code FY2008}), the latest quarter,
 * "the same period last year", weekends (an ISO week with {@code -WE}).
 */
final class PeriodPatterns {
    private PeriodPatterns() {
    }

    /** "fiscal 2008", "FY2007", "FY07", "fiscal year 2010", "financial year 2010"; null for "fiscal policy". */
    static TemporalTagger.Found fiscal(TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        int j = i + 1;
        if (t.wordIs(i, "fy")) {
            if (!t.allCaps(i) || !t.isNum(j)) return null;
            int n = t.num(j);
            if (t.len(j) == 2 && t.glued(j)) n += n < 50 ? 2000 : 1900;
            else if (t.len(j) != 4) return null;
            if (t.glued(j + 1) && t.isNum(j + 1)) return null;
            return n >= 1900 && n <= 2199 ? found(i, j + 1, "FY" + n, TimexType.DATE, false) : null;
        }
        boolean year = t.wordIs(j, "year");
        if (year) j++;
        else if (t.wordIs(i, "financial")) return null;
        if (t.isNum(j) && t.len(j) == 4 && t.num(j) >= 1900 && t.num(j) <= 2199) {
            int e = j + 1;
            // "financial year 2017/18", "fiscal 2008-09": named by its first year
            if ((t.is(e, '/') || t.isDash(e)) && t.glued(e) && t.isNum(e + 1) && t.glued(e + 1)
                    && (t.len(e + 1) == 2 || t.len(e + 1) == 4)) {
                e += 2;
            }
            return found(i, e, "FY" + t.num(j), TimexType.DATE, false);
        }
        return null;
    }

    /** "fiscal year" or "financial year" after a determiner at i+1: the fiscal year shifted from the anchor's. */
    static TemporalTagger.Found fiscalYear(TemporalTagger.Ctx c, int i, int shift, boolean vague) {
        Tokens t = c.t;
        int j = i + 1;
        if (!(t.wordIs(j, "fiscal") || t.wordIs(j, "financial")) || !t.wordIs(j + 1, "year")) return null;
        if (t.isNum(j + 2) && t.len(j + 2) == 4) { // "the financial year 2017/18"
            TemporalTagger.Found f = fiscal(c, j);
            return f == null || shift != 0 ? null : found(i, f.to(), f.value(), f.type(), false);
        }
        String v = c.a.year == null ? (shift == 0 ? "PRESENT_REF" : shift < 0 ? "PAST_REF" : "FUTURE_REF")
                : "FY" + Anchor.four(c.a.year + shift);
        return found(i, j + 2, v, TimexType.DATE, vague);
    }

    /** The quarter the text last named (or the anchor's), shifted by {@code shift} quarters. */
    static String narrativeQuarter(TemporalTagger.Ctx c, int shift) {
        Anchor n = c.narrative("Q");
        return (n.month == null ? c.a : n).unitShift("Q", shift);
    }

    /** "the year-earlier quarter" (the named quarter a year before), "year-ago levels", "the year-earlier period". */
    static TemporalTagger.Found yearEarlier(TemporalTagger.Ctx c, int i) {
        if (c.t.wordIs(i + 3, "quarter")) return found(i, i + 4, narrativeQuarter(c, -4), TimexType.DATE, true);
        return found(i, i + 3, c.narrative("Y").unitShift("Y", -1), TimexType.DATE, true);
    }

    /** "the latest quarter", "the most recent quarter": the quarter before the one of the anchor. */
    static TemporalTagger.Found latest(TemporalTagger.Ctx c, int i) {
        if (!c.t.wordIs(i + 1, "quarter")) return null;
        return found(i, i + 2, c.a.unitShift("Q", -1), TimexType.DATE, false);
    }

    /** "the same period last year", "the same quarter a year earlier": the value of the date after it. */
    static TemporalTagger.Found samePeriod(DatePatterns p, TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        String x = t.w(i + 1);
        if (!x.equals("period") && !x.equals("quarter") && !x.equals("month") && !x.equals("week")
                && !x.equals("time")) {
            return null;
        }
        int k = t.wordIs(i + 2, "of") ? i + 3 : i + 2;
        if (!t.isWord(k) && !t.isNum(k)) return null;
        TemporalTagger.Found in = p.any(c, k);
        if (in == null || in.from() != k || in.type() != TimexType.DATE || in.calendar().isEmpty()) return null;
        return found(i, in.to(), in.value(), TimexType.DATE, true);
    }

    /**
     * "the weekend", "over the weekend": the last weekend in a past clause, else the coming one (or this one,
     * when the article is of a Saturday or Sunday).
     */
    static TemporalTagger.Found weekend(TemporalTagger.Ctx c, int i, int end) {
        LocalDate d = c.a.day;
        if (d == null) return found(i, end, "PRESENT_REF", TimexType.DATE, true);
        LocalDate sat = c.tense(i) == Anchor.Tense.PAST
                ? d.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1)
                : d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return found(i, end, Anchor.week(sat) + "-WE", TimexType.DATE, false);
    }

    /** "the third quarter", "first-quarter", "the first three quarters of 2020", "the second half of 2009". */
    static TemporalTagger.Found quarter(TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        int q = switch (w) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 4;
        };
        int j = i + 1;
        int count = 1;
        Integer cn = DatePatterns.number(t.w(j));
        if (cn != null && cn >= 2 && cn <= 3 && w.equals("first")) {
            count = cn;
            j++;
        }
        if (t.isDash(j) && t.glued(j) && t.glued(j + 1)) j++; // "first-quarter results"
        String x = t.w(j);
        boolean half = x.equals("half");
        if (!half && !x.equals("quarter") && !(count > 1 && x.equals("quarters"))) return null;
        if (half && count > 1) return null;
        int k = j + 1;
        Integer year = null;
        int end = k;
        if (t.wordIs(k, "of") || t.wordIs(k, "in")) {
            String y = t.w(k + 1);
            if (t.isNum(k + 1) && t.len(k + 1) == 4 && t.num(k + 1) >= 1000) {
                year = t.num(k + 1);
                end = k + 2;
            } else if ((y.equals("the") || y.equals("this")) && t.wordIs(k + 2, "year") && c.a.year != null) {
                year = c.a.year;
                end = k + 3;
            } else if ((y.equals("last") || y.equals("next")) && t.wordIs(k + 2, "year") && c.a.year != null) {
                year = c.a.year + (y.equals("last") ? -1 : 1);
                end = k + 3;
            }
        } else if (t.isNum(k) && t.len(k) == 4 && t.num(k) >= 1000) {
            year = t.num(k);
            end = k + 1;
        }
        if (year == null && partOfAGame(t, i, k)) return null; // "a second-half penalty", "in the fourth quarter"
        if (half) {
            if (q > 2) return null;
            if (year == null && c.a.year == null) return found(i, end, "XXXX-H" + q, TimexType.DATE, false);
            int y = year != null ? year : c.a.year;
            return found(i, end, Anchor.four(y) + "-H" + q, TimexType.DATE, false);
        }
        if (count > 1) {
            if (year == null) {
                if (c.a.year == null) return null;
                year = c.a.year;
            }
            LocalDate to = java.time.YearMonth.of(year, count * 3).atEndOfMonth();
            return found(i, end, year + "-01-01/" + to, TimexType.DATE, false);
        }
        return found(i, end, c.a.quarter(year, q, c.tense(i)), TimexType.DATE, false);
    }

    /** Words that make "the second half" or "the fourth quarter" a part of a match, not of a year. */
    private static final Set<String> GAME = Set.of("penalty", "penalties", "goal", "goals", "scored", "scores",
            "equaliser", "equalizer", "substitute", "striker", "goalkeeper", "keeper", "referee", "match", "game",
            "halftime", "half-time", "whistle", "touchdown", "touchdowns", "points", "basket", "try", "tries",
            "minute", "kick", "header", "inning", "innings", "overtime", "stoppage", "red", "yellow", "comeback");

    /** A sports word within the sentence around a half or quarter without a year ("saved a second-half penalty"). */
    private static boolean partOfAGame(Tokens t, int i, int k) {
        for (int j = i - 1; j >= 0 && j >= i - 25 && !t.is(j, '.'); j--) if (GAME.contains(t.w(j))) return true;
        for (int j = k; j < t.size && j <= k + 25 && !t.is(j, '.'); j++) if (GAME.contains(t.w(j))) return true;
        return false;
    }

    /** "this summer", "spring of next year", "the fall of 2011"; not "the fall of Kabul". */
    static TemporalTagger.Found season(TemporalTagger.Ctx c, int i, String w) {
        Tokens t = c.t;
        String s = switch (w) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            default -> "WI";
        };
        if (t.isNum(i + 1) && t.len(i + 1) == 4 && t.num(i + 1) >= 1000) {
            return found(i, i + 2, t.num(i + 1) + "-" + s, TimexType.DATE, false);
        }
        if (t.wordIs(i + 1, "of")) {
            if (t.isNum(i + 2) && t.len(i + 2) == 4 && t.num(i + 2) >= 1000) {
                return found(i, i + 3, t.num(i + 2) + "-" + s, TimexType.DATE, false);
            }
            String y = t.w(i + 2);
            if (t.wordIs(i + 3, "year") && (y.equals("next") || y.equals("last") || y.equals("this"))) {
                int sh = y.equals("next") ? 1 : y.equals("last") ? -1 : 0;
                String v = c.a.year == null ? (sh < 0 ? "PAST_REF" : sh > 0 ? "FUTURE_REF" : "PRESENT_REF")
                        : Anchor.four(c.a.year + sh) + "-" + s;
                return found(i, i + 4, v, TimexType.DATE, false);
            }
        }
        if (t.wordIs(i + 1, "of") && !t.isNum(i + 2)) return null; // "the fall of Kabul", "the spring of discontent"
        String prev = t.w(i - 1);
        boolean fall = w.equals("fall");
        Set<String> ok = fall ? Set.of("the", "this", "last", "next", "past")
                : Set.of("the", "this", "last", "next", "in", "during", "early", "late", "mid", "since", "until",
                "by", "past", "coming", "that", "throughout");
        if (!ok.contains(prev)) return null;
        int shift = prev.equals("last") || prev.equals("past") ? -1 : prev.equals("next") || prev.equals("coming") ? 1 : 0;
        if (shift != 0 && c.a.year != null && c.a.month != null) {
            int startMonth = switch (s) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
            int y = c.a.year;
            if (shift < 0 && !(startMonth + 2 < c.a.month)) y--;
            if (shift > 0 && !(startMonth > c.a.month)) y++;
            return found(i, i + 1, Anchor.four(y) + "-" + s, TimexType.DATE, false);
        }
        return found(i, i + 1, c.a.season(s, shift, c.tense(i)), TimexType.DATE, shift == 0 && !prev.equals("this"));
    }

    /** Sets: "every year", "each week", "every other month", "every four years", "every Monday", "every May". */
    static TemporalTagger.Found every(DatePatterns p, TemporalTagger.Ctx c, int i) {
        Tokens t = c.t;
        int j = i + 1;
        if (t.wordIs(j, "other")) j++;
        String x = t.w(j);
        String u = DatePatterns.unit(x);
        if (u != null && !x.endsWith("s") && !u.equals("WE")) {
            return found(i, j + 1, DatePatterns.duration(u, j > i + 1 ? "2" : "1"), TimexType.SET, false);
        }
        Integer n = DatePatterns.number(x);
        if (n == null && t.isNum(j) && t.len(j) <= 2) n = t.num(j);
        if (j == i + 1 && n != null && n > 1 && DatePatterns.unit(t.w(j + 1)) != null && t.w(j + 1).endsWith("s")) {
            // "every four years"
            String un = DatePatterns.unit(t.w(j + 1));
            if (!un.equals("WE")) return found(i, j + 2, DatePatterns.duration(un, Integer.toString(n)), TimexType.SET, false);
        }
        Integer wd = p.lex().weekdays.get(x);
        if (wd != null && t.capitalised(j) && x.length() > 4) {
            return found(i, j + 1, "XXXX-WXX-" + wd, TimexType.SET, false);
        }
        Integer m = p.lex().months.get(x);
        if (m != null && t.capitalised(j) && x.length() > 3) {
            return found(i, j + 1, "XXXX-" + Anchor.two(m), TimexType.SET, false);
        }
        return null;
    }
}
