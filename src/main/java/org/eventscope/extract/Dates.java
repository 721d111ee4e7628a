package org.eventscope.extract;

import org.eventscope.model.TimeValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Small helpers between TimeML value strings and {@link TimeValue}. */
final class Dates {
    private Dates() {
    }

    /**
     * The calendar value of a TimeML DATE or TIME value, if it names a calendar period: days, months, years,
     * seasons, quarters, weeks, spans, half years, and days or months whose year is unknown.
     * Reference tokens (PRESENT_REF), durations and values like XXXX-WXX-1 give empty.
     */
    static Optional<TimeValue> calendar(String v) {
        if (v == null || v.isEmpty()) return Optional.empty();
        Optional<TimeValue> hit = CACHE.get(v);
        if (hit != null) return hit;
        Optional<TimeValue> r = compute(v);
        if (CACHE.size() > 100_000) CACHE.clear();
        CACHE.put(v, r);
        return r;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<TimeValue>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<TimeValue> compute(String v) {
        char c = v.charAt(0);
        if (c != 'X' && (c < '0' || c > '9')) return Optional.empty();
        // (a half of an unknown year, "XXXX-H2" from "the second half" in an undated article, names no period)
        if (v.length() == 7 && v.charAt(4) == '-' && v.charAt(5) == 'H') {
            if (c == 'X') return Optional.empty();
            int y = Integer.parseInt(v.substring(0, 4));
            boolean first = v.charAt(6) == '1';
            return Optional.of(new TimeValue.Span(LocalDate.of(y, first ? 1 : 7, 1),
                    first ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31)));
        }
        if (v.length() == 11 && v.charAt(5) == 'W' && v.endsWith("-WE")) {
            return TimeValue.parse(v.substring(0, 8));
        }
        if (v.startsWith("XXXX-") && v.length() > 10 && v.charAt(10) == 'T') v = v.substring(0, 10);
        return TimeValue.parse(v);
    }

    /** A valid day, or null. */
    static LocalDate day(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1) return null;
        YearMonth ym = YearMonth.of(y, m);
        if (d > ym.lengthOfMonth()) return null;
        return ym.atDay(d);
    }
}
