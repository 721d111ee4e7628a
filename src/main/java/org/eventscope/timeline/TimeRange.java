package org.eventscope.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A time range in epoch milliseconds, start inclusive, end exclusive (UTC). */
public record TimeRange(long startMillis, long endMillis) {
    public TimeRange {
        if (endMillis < startMillis) { long t = startMillis; startMillis = endMillis; endMillis = t; }
    }

    public static TimeRange ofDays(LocalDate first, LocalDate lastInclusive) {
        return new TimeRange(first.toEpochDay() * TimeScale.DAY_MS, (lastInclusive.toEpochDay() + 1) * TimeScale.DAY_MS);
    }

    public LocalDate startDate() { return Instant.ofEpochMilli(startMillis).atZone(ZoneOffset.UTC).toLocalDate(); }

    /** The last day touched by the range (inclusive). */
    public LocalDate endDate() {
        return Instant.ofEpochMilli(Math.max(startMillis, endMillis - 1)).atZone(ZoneOffset.UTC).toLocalDate();
    }

    public long durationMillis() { return endMillis - startMillis; }
}
