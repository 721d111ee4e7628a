package org.eventscope.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one lane's visible events into individual events and counted clusters, binning event starts by pixel
 * cell with binary searches on the start-sorted index: the cost is O(cells · log n + shown events), independent of
 * how many events hide in the clusters. A cell holding more than the threshold becomes a cluster; consecutive dense
 * cells merge up to a maximum width. As you zoom in, cells cover less time, counts fall and clusters split.
 */
public final class Clusterer {

    /** A dense run of cells: [x0, x1] px, event count, and the day range [firstDay, lastDay] of the starts it holds. */
    public record Run(double x0, double x1, int count, long firstDay, long lastDay, boolean splittable) {
    }

    /** What a lane shows: event positions to draw one by one (start order) and clusters. */
    public record Result(int[] events, int eventCount, List<Run> clusters) {
    }

    private Clusterer() {}

    /**
     * @param xFrom left edge of the area to cover (may be negative, to catch labels running into view)
     * @param xTo   right edge
     */
    public static Result cluster(IntervalIndex index, TimeScale scale, double xFrom, double xTo, LayoutStyle style) {
        double cell = style.cellPx();
        int threshold = style.clusterThreshold();
        int cells = (int) Math.ceil((xTo - xFrom) / cell);
        long firstDay = scale.dayAt(xFrom);
        long[] bound = new long[cells + 1];
        int[] lb = new int[cells + 1];
        bound[0] = firstDay;
        lb[0] = index.lowerBound(firstDay);
        for (int c = 1; c <= cells; c++) {
            double t = scale.toTime(xFrom + c * cell);
            long d = (long) Math.ceil(t / TimeScale.DAY_MS);
            bound[c] = Math.max(bound[c - 1], d);
            lb[c] = bound[c] == bound[c - 1] ? lb[c - 1] : index.lowerBound(bound[c]);
        }
        int[] out = new int[64];
        int[] n = {0};
        List<Run> runs = new ArrayList<>();

        // events that started before the area and still run into it: the shortest (most precise) few one by one,
        // the rest counted in one "+N" at the left edge
        int cap = 256, show = 2 * threshold;
        long[] stab = new long[cap];
        int[] sn = {0}, ongoing = {0};
        index.stabBefore(firstDay, e -> {
            ongoing[0]++;
            if (sn[0] < cap) stab[sn[0]++] = ((long) (index.endDay(e) - index.startDay(e)) << 32) | e;
        });
        if (ongoing[0] > show) java.util.Arrays.sort(stab, 0, sn[0]);
        for (int k = 0; k < Math.min(show, sn[0]); k++) out = push(out, n, (int) stab[k]);
        if (ongoing[0] > show) {
            runs.add(new Run(Math.max(xFrom, 0), Math.max(xFrom, 0) + style.maxClusterPx(), ongoing[0] - show, firstDay, firstDay, false));
        }

        // density is judged over a window of cells (±WINDOW), so a uniformly dense region clusters as a whole
        // instead of flickering between clusters and single events with the noise of single cells
        int[] prefix = new int[cells + 1];
        for (int k = 0; k < cells; k++) prefix[k + 1] = prefix[k] + (lb[k + 1] - lb[k]);
        int c = 0;
        while (c < cells) {
            int count = lb[c + 1] - lb[c];
            if (bound[c + 1] - bound[c] <= 1) {
                // a cell within one day
                if (count > threshold && scale.pxPerDay() < style.maxClusterPx()) {
                    // the day is still narrow: one cluster for the day, which zooming in splits
                    double x = scale.dayToX(bound[c]);
                    runs.add(new Run(x, x + Math.max(cell, scale.pxPerDay()), count, bound[c], bound[c], true));
                    c++;
                    continue;
                }
                // the day is wide: zooming cannot separate its events; show some, count the rest
                int shown = count <= threshold + 2 ? count : threshold; // never a "+1" or "+2" pill
                for (int k = lb[c]; k < lb[c] + shown; k++) out = push(out, n, index.member(k));
                if (count > shown) {
                    double x = scale.dayToX(bound[c]);
                    double w = Math.max(cell, Math.min(style.maxClusterPx(), scale.pxPerDay()));
                    runs.add(new Run(x, x + w, count - shown, bound[c], bound[c], false));
                }
                c++;
                continue;
            }
            if (!dense(prefix, c, cells, threshold)) {
                for (int k = lb[c]; k < lb[c + 1]; k++) out = push(out, n, index.member(k));
                c++;
                continue;
            }
            int from = c;
            while (c < cells && (c - from + 1) * cell <= style.maxClusterPx() && bound[c + 1] - bound[c] > 1 && dense(prefix, c, cells, threshold)) c++;
            int total = lb[c] - lb[from];
            if (total > threshold) {
                runs.add(new Run(xFrom + from * cell, xFrom + c * cell, total, bound[from], bound[c] - 1, true));
            } else {
                for (int k = lb[from]; k < lb[c]; k++) out = push(out, n, index.member(k));
            }
        }
        return new Result(out, n[0], runs);
    }

    private static final int WINDOW = 2;

    /** More than {@code threshold} starts per cell on average over the cells around c. */
    private static boolean dense(int[] prefix, int c, int cells, int threshold) {
        int a = Math.max(0, c - WINDOW), b = Math.min(cells, c + WINDOW + 1);
        return prefix[b] - prefix[a] > threshold * (b - a);
    }

    private static int[] push(int[] a, int[] n, int v) {
        if (n[0] == a.length) a = java.util.Arrays.copyOf(a, a.length * 2);
        a[n[0]++] = v;
        return a;
    }
}
