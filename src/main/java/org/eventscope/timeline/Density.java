package org.eventscope.timeline;

/** Event starts per pixel column over a time range, by binary search per column: O(columns · log n). */
public final class Density {
    private Density() {}

    /** Counts of events starting in each of {@code columns} equal slices of [t0, t1) (epoch ms). */
    public static int[] histogram(IntervalIndex index, double t0, double t1, int columns) {
        int[] out = new int[Math.max(0, columns)];
        if (columns <= 0) return out;
        double step = (t1 - t0) / columns;
        long prevDay = (long) Math.ceil(t0 / TimeScale.DAY_MS);
        int prev = index.lowerBound(prevDay);
        for (int c = 0; c < columns; c++) {
            long d = (long) Math.ceil((t0 + (c + 1) * step) / TimeScale.DAY_MS);
            int lb = d == prevDay ? prev : index.lowerBound(d);
            out[c] = lb - prev;
            prev = lb;
            prevDay = d;
        }
        return out;
    }
}
