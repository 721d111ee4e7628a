package org.eventscope.timeline;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.eventscope.model.EventKind;
import org.eventscope.model.Precision;

/**
 * Synthetic events for benchmarks and demos: {@code n} events spread uniformly over {@code years} years from 1900,
 * 83% single days, 10% spans of 2–31 days, 5% months, 2% years; 2 participants each out of 1,000; one of 20,000
 * documents; 0.5% disputed with one alternative date.
 */
public final class SyntheticEvents {
    private SyntheticEvents() {}

    public static TimelineEvents generate(int n, int years, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        TimelineEventsBuilder b = TimelineEvents.builder();
        long d0 = LocalDate.of(1900, 1, 1).toEpochDay();
        int days = years * 365;
        int kinds = EventKind.values().length;
        for (int i = 0; i < n; i++) {
            long s = d0 + rnd.nextInt(days);
            long e = s;
            int p = Precision.DAY.ordinal();
            int r = rnd.nextInt(100);
            if (r < 10) {
                e = s + 1 + rnd.nextInt(30);
                p = Precision.SPAN.ordinal();
            } else if (r < 15) {
                LocalDate m = LocalDate.ofEpochDay(s).withDayOfMonth(1);
                s = m.toEpochDay();
                e = m.plusMonths(1).toEpochDay() - 1;
                p = Precision.MONTH.ordinal();
            } else if (r < 17) {
                LocalDate y = LocalDate.ofEpochDay(s).withDayOfYear(1);
                s = y.toEpochDay();
                e = y.plusYears(1).toEpochDay() - 1;
                p = Precision.YEAR.ordinal();
            }
            boolean disputed = rnd.nextInt(200) == 0;
            int[][] alts = disputed ? new int[][]{{(int) s + 1, (int) e + 1}} : null;
            b.add(i + 1, s, e, rnd.nextInt(kinds), p, 1 + rnd.nextInt(4), disputed,
                    new long[]{rnd.nextInt(500), 500 + rnd.nextInt(500)}, rnd.nextInt(20_000), "Synthetic event " + (i + 1), alts);
        }
        return b.build();
    }
}
