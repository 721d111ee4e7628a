package org.eventscope.extract;

import org.eventscope.model.TimeValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The document creation time that relative dates resolve against, as far as it is known: a full day,
 * only a year (and month), or nothing. Produces TimeML values; never invents a year.
 */
final class Anchor {
    /** Tense of the clause around a date expression. */
    enum Tense { PAST, PRESENT, FUTURE }

    final LocalDate day;
    final Integer year;
    final Integer month;

    Anchor(TimeValue published) {
        LocalDate d = null;
        Integer y = null;
        Integer m = null;
        if (published instanceof TimeValue.Day dd) {
            d = dd.date();
            y = d.getYear();
            m = d.getMonthValue();
        } else if (published instanceof TimeValue.Month mm) {
            y = mm.month().getYear();
            m = mm.month().getMonthValue();
        } else if (published instanceof TimeValue.Year yy) {
            y = yy.year();
        } else if (published instanceof TimeValue.YearUnknown yu) {
            m = yu.month();
        }
        day = d;
        year = y;
        month = m;
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String four(int y) {
        String s = Integer.toString(Math.abs(y));
        return "0000".substring(Math.min(4, s.length())) + s;
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String week(LocalDate d) {
        return four(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(int y, int m) {
        return four(y) + "-" + two(m);
    }

    /** A month and day whose year comes from the anchor and the tense (the HeidelTime rule). */
    String monthDay(int m, int d, Tense tense) {
        if (year == null) return "XXXX-" + two(m) + "-" + two(d);
        int y = year;
        if (month != null) {
            int dctDay = day == null ? 15 : day.getDayOfMonth();
            boolean after = m > month || m == month && d > dctDay;
            boolean before = m < month || m == month && d < dctDay;
            if (tense == Tense.PAST && after) y--;
            else if (tense == Tense.FUTURE && before) y++;
        }
        if (Dates.day(y, m, d) == null) return "XXXX-" + two(m) + "-" + two(d);
        return four(y) + "-" + two(m) + "-" + two(d);
    }

    /** A day and month with no year, in the year that puts it nearest the anchor's day ("the Dec. 1 election"). */
    String monthDayNearest(int m, int d) {
        if (year == null || day == null) return monthDay(m, d, Tense.PRESENT);
        LocalDate best = null;
        for (int y = year - 1; y <= year + 1; y++) {
            LocalDate c = Dates.day(y, m, d);
            if (c != null && (best == null || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, c))
                    < Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, best)))) {
                best = c;
            }
        }
        return best == null ? "XXXX-" + two(m) + "-" + two(d) : best.toString();
    }

    /** A month named alone ("in February"): the year from the anchor and the tense. */
    String monthOnly(int m, Tense tense) {
        if (year == null) return "XXXX-" + two(m);
        int y = year;
        if (month != null) {
            if (tense == Tense.PAST && m > month) y--;
            else if (tense == Tense.FUTURE && m < month) y++;
        }
        return month(y, m);
    }

    /**
     * A weekday: the most recent on or before the anchor, or the next on or after it when the clause is about the
     * future ("was set to land on Monday" in an article of that Monday is that day).
     */
    String weekday(int isoDay, Tense tense, int shift) {
        if (day == null) return "XXXX-WXX-" + isoDay;
        DayOfWeek dow = DayOfWeek.of(isoDay);
        LocalDate d;
        if (shift < 0) d = day.with(TemporalAdjusters.previous(dow));
        else if (shift > 0) d = day.with(TemporalAdjusters.next(dow));
        else if (tense == Tense.FUTURE) d = day.with(TemporalAdjusters.nextOrSame(dow));
        else d = day.with(TemporalAdjusters.previousOrSame(dow));
        return day(d);
    }

    /** A day shifted from the anchor ("yesterday" = -1). */
    String dayShift(int days) {
        return day == null ? (days == 0 ? "PRESENT_REF" : days < 0 ? "PAST_REF" : "FUTURE_REF") : day(day.plusDays(days));
    }

    /**
     * The unit containing the anchor, shifted by {@code n} units: unit is one of D, W, M, Y, Q, DE, CE.
     * Without a known anchor, a reference token (PAST_REF, PRESENT_REF, FUTURE_REF).
     */
    String unitShift(String unit, int n) {
        String ref = n == 0 ? "PRESENT_REF" : n < 0 ? "PAST_REF" : "FUTURE_REF";
        switch (unit) {
            case "D":
                return dayShift(n);
            case "W":
                // "last week" said of a Sunday is the week it closes, Monday to Saturday: a Sunday paper's "last week",
                // or "three draws the previous week" before a Sunday's final game (ISO weeks end on Sundays)
                if (day != null && n == -1 && day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) return week(day);
                return day == null ? ref : week(day.plusWeeks(n));
            case "M":
                if (day != null) {
                    LocalDate d = day.plusMonths(n);
                    return month(d.getYear(), d.getMonthValue());
                }
                if (year != null && month != null) {
                    int idx = year * 12 + month - 1 + n;
                    return month(Math.floorDiv(idx, 12), Math.floorMod(idx, 12) + 1);
                }
                return ref;
            case "Y":
                return year == null ? ref : four(year + n);
            case "Q":
                if (year == null || month == null) return ref;
                int q = year * 4 + (month - 1) / 3 + n;
                return four(Math.floorDiv(q, 4)) + "-Q" + (Math.floorMod(q, 4) + 1);
            case "DE":
                return year == null ? ref : four(year / 10 * 10 + n * 10).substring(0, 3);
            case "CE":
                return year == null ? ref : four(year / 100 * 100 + n * 100).substring(0, 2);
            default:
                return ref;
        }
    }

    /** "two weeks ago": the unit-precision value n units before (n negative) or after the anchor. */
    String ago(String unit, double n) {
        if (day == null) {
            if (year != null && unit.equals("Y")) return four(year + (int) Math.round(n));
            return n < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        long k = Math.round(n);
        return switch (unit) {
            case "D" -> day(day.plusDays(k));
            case "W" -> week(day.plusWeeks(k));
            case "M" -> {
                LocalDate d = day.plusMonths(k);
                yield month(d.getYear(), d.getMonthValue());
            }
            case "Y" -> four(day.getYear() + (int) k);
            case "DE" -> four(day.getYear() + (int) k * 10).substring(0, 3);
            case "H", "MIN" -> day(day);
            default -> n < 0 ? "PAST_REF" : "FUTURE_REF";
        };
    }

    /** The season containing or named relative to the anchor. */
    String season(String s, int shiftYears, Tense tense) {
        if (year == null) return shiftYears == 0 ? "PRESENT_REF" : shiftYears < 0 ? "PAST_REF" : "FUTURE_REF";
        int y = year + shiftYears;
        if (shiftYears == 0 && month != null) {
            int start = switch (s) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
            if (tense == Tense.PAST && start > month && !s.equals("WI")) y--;
            if (tense == Tense.FUTURE && start + 2 < month) y++;
            if (s.equals("WI") && month <= 2) y--; // in February, this winter began last December
        }
        return four(y) + "-" + s;
    }

    /** A quarter of the anchor's year (or of {@code y} when given). */
    String quarter(Integer y, int q, Tense tense) {
        if (y != null) return four(y) + "-Q" + q;
        if (year == null) return "XXXX-Q" + q;
        int yy = year;
        if (month != null) {
            int cur = (month - 1) / 3 + 1;
            if (tense == Tense.PAST && q > cur) yy--;
            if (tense == Tense.FUTURE && q < cur) yy++;
        }
        return four(yy) + "-Q" + q;
    }
}
