package org.eventscope.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays out one frame: for each lane, cluster the visible range, give each shown event its mark extent and label,
 * stack marks and clusters in rows, and stack the lanes. Cost follows the pixels (cells × lanes) and the number of
 * marks shown, not the number of events.
 */
public final class TimelineLayout {

    private final LayoutStyle style;
    private final TextMeasurer measurer;
    /** Room left of the view where event starts are still looked at (a point's radius): marks cut by the edge still show. */
    private static final double LEFT_SLACK = 16;

    public TimelineLayout(LayoutStyle style, TextMeasurer measurer) {
        this.style = style;
        this.measurer = measurer;
    }

    public LayoutStyle style() { return style; }

    /** Last height of each lane (by key), used for lanes outside the visible rows, which are not laid out. */
    private final java.util.Map<Long, Double> laneHeights = new java.util.HashMap<>();

    public Frame layout(TimelineEvents ev, List<Lane> lanes, boolean laneHeaders, TimeScale scale, double width) {
        return layout(ev, lanes, laneHeaders, scale, width, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * Lays out the lanes whose band meets [visibleTop, visibleBottom] (content coordinates); the others keep their last
     * known height (or one row) and get no marks, so the cost follows the lanes on screen, not the number of lanes.
     */
    public Frame layout(TimelineEvents ev, List<Lane> lanes, boolean laneHeaders, TimeScale scale, double width,
                        double visibleTop, double visibleBottom) {
        return layout(ev, lanes, laneHeaders, scale, width, visibleTop, visibleBottom, style.softRows());
    }

    /**
     * As above, with the number of rows per lane filled with full labels before labels get shortened (the screen
     * passes how many rows it has room for, so a tall view keeps whole labels).
     */
    public Frame layout(TimelineEvents ev, List<Lane> lanes, boolean laneHeaders, TimeScale scale, double width,
                        double visibleTop, double visibleBottom, int softRows) {
        List<LaneBand> bands = new ArrayList<>();
        List<EventMark> marks = new ArrayList<>();
        List<ClusterMark> clusters = new ArrayList<>();
        double y = 0;
        int laneCount = Math.min(lanes.size(), style.maxLanes());
        double header = laneHeaders ? style.laneHeaderHeight() : 0;
        for (int li = 0; li < laneCount; li++) {
            Lane lane = lanes.get(li);
            double minH = header + style.rowHeight() + 2 * style.lanePadding();
            double known = laneHeights.getOrDefault(lane.key(), minH);
            if (y > visibleBottom || y + known < visibleTop) {
                bands.add(new LaneBand(lane.key(), li, y, known, -1));
                y += known;
                continue;
            }
            Clusterer.Result r = Clusterer.cluster(lane.index(), scale, -LEFT_SLACK, width, style);
            int n = r.eventCount() + r.clusters().size();
            double[] x0 = new double[n], x1 = new double[n], want = new double[n], room = new double[n];
            int[] rows = new int[n];
            Object[] item = new Object[n];
            String[] titles = new String[n];
            int k = 0;
            for (int j = 0; j < r.eventCount(); j++, k++) {
                int e = r.events()[j];
                markExtent(ev, e, scale, x0, x1, k);
                titles[k] = ev.title(e);
                boolean inside = MarkShape.of(ev.precision(e)) != MarkShape.POINT && x1[k] - x0[k] >= 60;
                want[k] = inside ? 0 : Math.min(style.maxLabelPx(), measurer.width(titles[k]));
                item[k] = e;
            }
            for (Clusterer.Run run : r.clusters()) {
                String label = countLabel(run.count(), run.splittable());
                double lw = measurer.width(label);
                double cx = (run.x0() + run.x1()) / 2;
                // a little narrower than its run, so neighbouring clusters share a row
                double half = Math.max((run.x1() - run.x0()) / 2 - style.labelGap() / 2 - 1, lw / 2 + 7);
                x0[k] = cx - half;
                x1[k] = cx + half;
                titles[k] = label;
                item[k] = run;
                k++;
            }
            Integer[] idx = new Integer[n];
            for (int j = 0; j < n; j++) idx[j] = j;
            final double[] fx0 = x0;
            Arrays.sort(idx, (a, b) -> Double.compare(fx0[a], fx0[b]));
            double[] sx0 = new double[n], sx1 = new double[n], swant = new double[n];
            for (int j = 0; j < n; j++) { sx0[j] = x0[idx[j]]; sx1[j] = x1[idx[j]]; swant[j] = want[idx[j]]; }
            int rowCount = RowLayout.layout(n, sx0, sx1, swant, style.labelGap(), style.minLabelPx(), Math.max(1, softRows), rows, room);
            double top = y + header + style.lanePadding();
            for (int j = 0; j < n; j++) {
                int src = idx[j];
                double rowY = top + rows[j] * style.rowHeight() + style.rowHeight() / 2;
                if (item[src] instanceof Clusterer.Run run) {
                    double lw = measurer.width(titles[src]);
                    clusters.add(new ClusterMark(sx0[j], sx1[j], rowY, li, rows[j], run.count(),
                            run.firstDay() * TimeScale.DAY_MS, (run.lastDay() + 1) * TimeScale.DAY_MS, run.splittable(),
                            titles[src], lw));
                } else {
                    int e = (Integer) item[src];
                    if (sx1[j] < -2 || sx0[j] > width + 2) continue; // off screen
                    marks.add(mark(ev, e, li, rows[j], sx0[j], sx1[j], rowY, titles[src], room[j], scale, width));
                }
            }
            double h = header + Math.max(1, rowCount) * style.rowHeight() + 2 * style.lanePadding();
            bands.add(new LaneBand(lane.key(), li, y, h, rowCount));
            if (laneHeights.size() > 100_000) laneHeights.clear();
            laneHeights.put(lane.key(), h);
            y += h;
        }
        return new Frame(scale, width, List.copyOf(bands), marks, clusters, y);
    }

    static String countLabel(int count, boolean splittable) {
        String c = count >= 10_000 ? (count / 1000) + "k" : count >= 1000 ? String.format(java.util.Locale.ROOT, "%.1fk", count / 1000.0) : Integer.toString(count);
        return splittable ? c : "+" + c;
    }

    private void markExtent(TimelineEvents ev, int e, TimeScale scale, double[] x0, double[] x1, int k) {
        MarkShape shape = MarkShape.of(ev.precision(e));
        double a = scale.dayToX(ev.startDay(e)), b = scale.dayToX(ev.endDay(e) + 1L);
        if (shape == MarkShape.POINT && ev.startDay(e) == ev.endDay(e)) {
            double r = style.radius(ev.sources(e));
            double c = (a + b) / 2;
            x0[k] = c - r;
            x1[k] = c + r;
        } else {
            double minW = 2 * style.radius(ev.sources(e));
            if (b - a < minW) { double c = (a + b) / 2; a = c - minW / 2; b = c + minW / 2; }
            x0[k] = a;
            x1[k] = b;
        }
    }

    private EventMark mark(TimelineEvents ev, int e, int lane, int row, double x0, double x1, double y, String title,
                           double room, TimeScale scale, double width) {
        MarkShape shape = MarkShape.of(ev.precision(e));
        if (shape == MarkShape.POINT && ev.startDay(e) != ev.endDay(e)) shape = MarkShape.BAR;
        String label;
        double labelX;
        if (shape != MarkShape.POINT && x1 - x0 >= 60) {
            // label inside the bar or band, stuck to the visible part
            labelX = Math.max(x0, 0) + 6;
            label = TextMeasurer.ellipsize(title, Math.min(x1, width) - labelX - 6, measurer);
        } else {
            labelX = x1 + style.labelGap();
            // a label that would run off the right edge ends there with an ellipsis (or goes, when too short)
            double fit = Math.min(room, width - 2 - labelX);
            label = fit >= style.minLabelPx() || (fit > 0 && fit >= room) ? TextMeasurer.ellipsize(title, fit, measurer) : "";
        }
        double lw = label.isEmpty() ? 0 : measurer.width(label);
        double[] alts = new double[0];
        if (ev.disputed(e)) {
            int[][] a = ev.alternatives(e);
            alts = new double[a.length * 2];
            for (int j = 0; j < a.length; j++) {
                alts[2 * j] = scale.dayToX(a[j][0]);
                alts[2 * j + 1] = scale.dayToX(a[j][1] + 1L);
                if (a[j][0] == a[j][1]) alts[2 * j] = alts[2 * j + 1] = (alts[2 * j] + alts[2 * j + 1]) / 2; // a day: a point
            }
        }
        return new EventMark(e, ev.id(e), x0, x1, y, lane, row, shape, ev.kind(e), ev.sources(e), ev.disputed(e),
                label, labelX, lw, alts);
    }
}
