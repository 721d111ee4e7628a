package org.eventscope.extract;

import org.eventscope.model.Precision;
import org.eventscope.model.TimeValue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dates of the merge: how two reports' dates relate (the same day, a day whose year the text omits and the
 * dated day, one containing the other, short dates a day apart, unrelated), which months a report is filed under,
 * which reports are compared first (finer dates first), and which date a merged event shows (the most precise, or
 * for a disputed event the majority's).
 */
final class MergeDates {
    /** Short dates this many days apart may tell one happening: the date is then disputed. */
    static final int TOLERANCE_DAYS = 1;

    /**
     * How two dates relate: the same day or value; a day whose year the text does not give and a dated day on that
     * month and day ({@code XXXX-11-06} / {@code 2022-11-06}); one containing the other; short dates at most
     * {@link #TOLERANCE_DAYS} apart (a disputed date); unrelated.
     */
    enum DateRel { EQUAL, SAME_DAY_NO_YEAR, CONTAINS, NEAR, NONE }

    private MergeDates() {
    }

    /** Whether two dates so related name one day: the same value, or a day and the year-less same day. */
    static boolean sameDay(DateRel r) {
        return r == DateRel.EQUAL || r == DateRel.SAME_DAY_NO_YEAR;
    }

    /** The months a date touches with the tolerance (a date whose year is unknown by its month), or "*" for years. */
    static List<String> buckets(TimeValue v) {
        if (!v.yearKnown()) return List.of("?" + (v instanceof TimeValue.YearUnknown u ? u.month() : 0), "*");
        LocalDate a = v.start().get().minusDays(TOLERANCE_DAYS);
        LocalDate b = v.end().get().plusDays(TOLERANCE_DAYS);
        if (b.getYear() - a.getYear() > 3) return List.of("*");
        List<String> out = new ArrayList<>();
        for (LocalDate m = a.withDayOfMonth(1); !m.isAfter(b); m = m.plusMonths(1)) {
            out.add(m.getYear() + "-" + m.getMonthValue());
        }
        out.add("?" + v.start().get().getMonthValue());
        return out;
    }

    /** Whether both dates lie within one month: a day in a month, not a day in a year. */
    static boolean withinMonth(MergeReport a, MergeReport b) {
        for (MergeReport x : List.of(a, b)) {
            if (x.start != null && ChronoUnit.DAYS.between(x.start, x.end) > 31) return false;
        }
        return true;
    }

    /** How two reports' dates relate; a time of day and its day are the same day. */
    static DateRel relation(MergeReport x, MergeReport y) {
        if (x.value.equals(y.value)) return DateRel.EQUAL;
        TimeValue a = x.e().when();
        TimeValue b = y.e().when();
        if (x.start == null || y.start == null) {
            TimeValue.YearUnknown u = a instanceof TimeValue.YearUnknown p ? p : b instanceof TimeValue.YearUnknown q ? q : null;
            if (u == null) return DateRel.NONE;
            TimeValue o = u == a ? b : a;
            if (o instanceof TimeValue.YearUnknown w) {
                return w.month() == u.month() && (w.day() == null || u.day() == null || w.day().equals(u.day()))
                        ? DateRel.CONTAINS : DateRel.NONE;
            }
            LocalDate s = u == a ? y.start : x.start;
            LocalDate e = u == a ? y.end : x.end;
            if (s.getMonthValue() != e.getMonthValue() || s.getYear() != e.getYear()) return DateRel.NONE;
            if (s.getMonthValue() != u.month()) return DateRel.NONE;
            if (u.day() != null && s.equals(e) && s.getDayOfMonth() == u.day()) return DateRel.SAME_DAY_NO_YEAR;
            if (u.day() == null || s.getDayOfMonth() <= u.day() && e.getDayOfMonth() >= u.day()) return DateRel.CONTAINS;
            return DateRel.NONE;
        }
        LocalDate as = x.start;
        LocalDate ae = x.end;
        LocalDate bs = y.start;
        LocalDate be = y.end;
        // a time of day and its day ("at 10:27 p.m. Tuesday" / "on Tuesday") are the same day
        if (as.equals(ae) && bs.equals(be) && as.equals(bs)) return DateRel.EQUAL;
        boolean aInB = !as.isBefore(bs) && !ae.isAfter(be);
        boolean bInA = !bs.isBefore(as) && !be.isAfter(ae);
        if (aInB || bInA) return DateRel.CONTAINS;
        if (short_(a) && short_(b)) {
            long gap = ae.isBefore(bs) ? ChronoUnit.DAYS.between(ae, bs) : ChronoUnit.DAYS.between(be, as);
            if (gap <= TOLERANCE_DAYS) return DateRel.NEAR;
        }
        return DateRel.NONE;
    }

    /** Whether a date is a day, a time or a span of a week at most. */
    static boolean short_(TimeValue v) {
        return v.precision() == Precision.DAY || v.precision() == Precision.TIME
                || v.precision() == Precision.SPAN && ChronoUnit.DAYS.between(v.start().get(), v.end().get()) <= 7;
    }

    /** How coarse a date is, for comparing finer dates first: a date whose year is unknown last. */
    static int rank(TimeValue v) {
        if (!v.yearKnown()) return 50;
        return (int) Math.min(40, Math.log1p(ChronoUnit.DAYS.between(v.start().get(), v.end().get())) * 4);
    }

    /** Whether two reports of a group are a day apart: the merged event's date is then disputed. */
    static boolean disputed(List<MergeReport> c) {
        for (int i = 0; i < c.size(); i++) {
            for (int j = i + 1; j < c.size(); j++) {
                if (relation(c.get(i), c.get(j)) == DateRel.NEAR) return true;
            }
        }
        return false;
    }

    /** The most precise date of a group's reports (the first of equals). */
    static TimeValue finest(List<MergeReport> c) {
        TimeValue best = null;
        long bestLen = Long.MAX_VALUE;
        for (MergeReport it : c) {
            TimeValue v = it.e().when();
            long len = v.yearKnown() ? ChronoUnit.DAYS.between(v.start().get(), v.end().get()) : Long.MAX_VALUE - 1;
            if (best == null || len < bestLen) {
                best = v;
                bestLen = len;
            }
        }
        return best;
    }

    /** The date most reports of a group give (ties: the lowest document id). */
    static TimeValue majority(List<MergeReport> c) {
        Map<String, Integer> n = new HashMap<>();
        Map<String, MergeReport> first = new HashMap<>();
        for (MergeReport it : c) {
            String k = it.e().when().timeml();
            n.merge(k, 1, Integer::sum);
            first.merge(k, it, (x, y) -> x.source.documentId() <= y.source.documentId() ? x : y);
        }
        MergeReport best = null;
        for (Map.Entry<String, MergeReport> e : first.entrySet()) {
            MergeReport it = e.getValue();
            if (best == null || n.get(e.getKey()) > n.get(best.e().when().timeml())
                    || n.get(e.getKey()).equals(n.get(best.e().when().timeml()))
                    && it.source.documentId() < best.source.documentId()) {
                best = it;
            }
        }
        return best.e().when();
    }
}
