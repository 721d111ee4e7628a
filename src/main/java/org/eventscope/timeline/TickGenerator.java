package org.eventscope.timeline;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the two tiers of axis labels by the space each label needs. The lower tier is the finest rung of
 * {@link Resolution#LADDER} where every label (measured with the caller's font) fits before the next tick;
 * the upper tier is its parent unit with labels that stick to the left edge of the view and never run into the next.
 */
public final class TickGenerator {

    private final TextMeasurer measurer;
    private final double padding;

    /** @param padding space (px) left between a label's end and the next tick, and between tick line and label start */
    public TickGenerator(TextMeasurer measurer, double padding) {
        this.measurer = measurer;
        this.padding = padding;
    }

    public Axis axis(TimeScale scale, double width) {
        long t0 = (long) Math.floor(scale.toTime(0));
        long t1 = (long) Math.ceil(scale.toTime(width));
        double minLabel = measurer.width("00") + 2 * padding;
        for (Resolution r : Resolution.LADDER) {
            if (r.minSpacingMillis() / scale.msPerPx() < minLabel) continue;
            List<Tick> lower = lowerTier(r, scale, t0, t1);
            if (lower != null) return new Axis(r, lower, r.parent(), upperTier(r.parent(), scale, t0, t1, width));
        }
        Resolution last = Resolution.LADDER.get(Resolution.LADDER.size() - 1);
        List<Tick> ticks = new ArrayList<>();
        for (LocalDateTime t : ticks(last, t0, t1)) ticks.add(new Tick(Resolution.millis(t), scale.toX(Resolution.millis(t)), "", 0, 0));
        return new Axis(last, ticks, last.parent(), List.of());
    }

    private static List<LocalDateTime> ticks(Resolution r, long t0, long t1) {
        List<LocalDateTime> out = new ArrayList<>();
        LocalDateTime t = r.floor(Math.max(TimeScale.MIN_TIME, t0));
        long end = Math.min(TimeScale.MAX_TIME, t1);
        while (Resolution.millis(t) <= end) {
            out.add(t);
            t = r.next(t);
        }
        return out;
    }

    /** Ticks with labels left-aligned after the tick line, or null when some label would run into the next tick. */
    private List<Tick> lowerTier(Resolution r, TimeScale scale, long t0, long t1) {
        List<LocalDateTime> ts = ticks(r, t0, t1);
        ts.add(r.next(ts.get(ts.size() - 1)));
        int lengths = r.labels(ts.get(0), false).length;
        outer:
        for (int v = 0; v < lengths; v++) {
            List<Tick> out = new ArrayList<>(ts.size());
            for (int i = 0; i < ts.size() - 1; i++) {
                double x = scale.toX(Resolution.millis(ts.get(i)));
                double next = scale.toX(Resolution.millis(ts.get(i + 1)));
                String[] ls = r.labels(ts.get(i), false);
                String label = ls[Math.min(v, ls.length - 1)];
                double w = measurer.width(label);
                if (x + padding + w + padding > next) continue outer;
                out.add(new Tick(Resolution.millis(ts.get(i)), x, label, x + padding, w));
            }
            return out;
        }
        return null;
    }

    /**
     * Sticky labels: each starts at max(tick, 0) and must end before the next tick. One length is chosen for the whole
     * tier (the longest at which every fully visible segment fits), so labels read alike; a squeezed segment (the sticky
     * first one) falls back to a shorter form, or none.
     */
    private List<Tick> upperTier(Resolution r, TimeScale scale, long t0, long t1, double width) {
        List<LocalDateTime> ts = ticks(r, t0, t1);
        int n = ts.size();
        double[] x = new double[n], next = new double[n], lx = new double[n];
        for (int i = 0; i < n; i++) x[i] = scale.toX(Resolution.millis(ts.get(i)));
        for (int i = 0; i < n; i++) {
            next[i] = i + 1 < n ? x[i + 1] : Math.max(width, x[i]) + 10_000;
            lx[i] = Math.max(x[i], 0) + padding;
        }
        int lengths = r.labels(ts.get(0), true).length;
        int chosen = lengths - 1;
        for (int v = 0; v < lengths; v++) {
            boolean all = true;
            for (int i = 0; i < n && all; i++) {
                if (x[i] < 0 || i + 1 >= n) continue; // squeezed or open-ended segments do not decide
                String[] ls = r.labels(ts.get(i), true);
                all = lx[i] + measurer.width(ls[Math.min(v, ls.length - 1)]) + padding <= next[i];
            }
            if (all) { chosen = v; break; }
        }
        List<Tick> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] ls = r.labels(ts.get(i), true);
            String label = "";
            double w = 0;
            for (int v = Math.min(chosen, ls.length - 1); v < ls.length; v++) {
                double lw = measurer.width(ls[v]);
                if (lx[i] + lw + padding <= next[i]) { label = ls[v]; w = lw; break; }
            }
            out.add(new Tick(Resolution.millis(ts.get(i)), x[i], label, lx[i], w));
        }
        return out;
    }
}
