package org.eventscope.export;

import org.eventscope.model.Event;
import org.eventscope.model.EventSource;
import org.eventscope.model.Precision;
import org.eventscope.model.TimeValue;
import org.eventscope.timeline.RowLayout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Places the events of a range of days across a width: the two-tier axis, and each event as a point (a day), a bar
 * (a span of days) or a faded band (a week, month, season, quarter, year …), stacked in rows so that no mark or label
 * overlaps another; a disputed event also gets its sources' alternative dates, linked to its own. Optionally in lanes
 * (one per participant). Plain data in the painter's units; {@link TimelineRenderer} draws it on PDF and PNG alike.
 */
final class ExportTimelineLayout {

    enum Shape { POINT, BAR, BAND }

    /** A lane: a name (empty for the single unnamed lane) and which events belong in it. */
    record LaneSpec(String name, Predicate<Event> member) {
    }

    /** One lane as laid out: its header row (when named) and its event rows, as global row numbers [firstRow, endRow). */
    record Lane(String name, int firstRow, int endRow) {
    }

    /**
     * One placed event. [x0, x1] is the mark (clipped to the width; {@code clippedLeft/Right} say it runs on),
     * {@code alternatives} the other dates sources give (x pairs {from, to, …}), the label already cut to its room.
     */
    record Mark(Event event, int number, Shape shape, double x0, double x1, boolean clippedLeft, boolean clippedRight,
                double[] alternatives, int row, String label, double labelX) {
        double centerX() {
            return (x0 + x1) / 2;
        }
    }

    record Layout(LocalDate first, LocalDate last, double width, double pxPerDay, AxisTicks.Axis axis, List<Lane> lanes,
                  List<Mark> marks, int rows) {
    }

    /** Sizes used by the layout and the renderer. */
    record Style(double rowHeight, double labelSize, double axisSize, double pointRadius, double gap) {
        /** For a range with few events: bigger rows, marks and labels. */
        static Style large() {
            return new Style(17, 8.4, 8, 3.4, 5);
        }

        static Style print() {
            return new Style(12.5, 6.8, 7.2, 2.6, 4);
        }
    }

    private final Painter measure;
    private final Style style;
    /** Title widths, measured once: a segment search lays out the same events many times. */
    private final java.util.Map<String, Double> titleWidths = new java.util.HashMap<>();

    ExportTimelineLayout(Painter measure, Style style) {
        this.measure = measure;
        this.style = style;
    }

    Style style() {
        return style;
    }

    /**
     * Lays out {@code events} (each with its number in the events table, by index) between {@code first} and
     * {@code last} inclusive across {@code width}.
     */
    Layout layout(List<Event> events, List<Integer> numbers, LocalDate first, LocalDate last, double width, List<LaneSpec> lanes) {
        long d0 = first.toEpochDay();
        double pxPerDay = width / (last.toEpochDay() - d0 + 1);
        AxisTicks.Axis axis = AxisTicks.compute(first, pxPerDay, width, measure, style.axisSize(), 2.5);
        List<LaneSpec> specs = lanes == null || lanes.isEmpty() ? List.of(new LaneSpec("", e -> true)) : lanes;
        List<Lane> laneOut = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        int row = 0;
        for (LaneSpec spec : specs) {
            int firstRow = row;
            if (!spec.name().isEmpty()) row++;
            List<Placed> items = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (!spec.member().test(e)) continue;
                Placed p = place(e, numbers.get(i), d0, pxPerDay, width);
                if (p != null) items.add(p);
            }
            if (items.isEmpty() && !spec.name().isEmpty()) continue;
            int used = stack(items, width);
            for (Placed p : items) {
                marks.add(new Mark(p.e, p.number, p.shape, p.x0, p.x1, p.clipL, p.clipR, p.alts, row + p.row, p.label, p.labelX));
            }
            row += Math.max(used, spec.name().isEmpty() ? 0 : 1);
            laneOut.add(new Lane(spec.name(), firstRow, row));
        }
        return new Layout(first, last, width, pxPerDay, axis, laneOut, marks, row);
    }

    private static final class Placed {
        Event e;
        int number;
        Shape shape;
        double x0, x1, ext0, ext1;
        boolean clipL, clipR;
        double[] alts;
        int row;
        String label = "";
        double labelX;
        String want;
        double wantWidth;
        boolean inside;
        double sortX0, sortX1, sortWant;
    }

    /**
     * The most events one row can hold across {@code width}: every event but a row's last shows its whole label, so
     * a row holds at most width / (narrowest mark and label) of them. A window with more than rows × this many events
     * cannot fit in that many rows.
     */
    int maxPerRow(List<Event> events, double width) {
        double narrowest = Double.MAX_VALUE;
        for (Event e : events) {
            String t = e.title() == null ? "" : e.title();
            narrowest = Math.min(narrowest, titleWidths.computeIfAbsent(t,
                    x -> measure.textWidth(x, Painter.Weight.REGULAR, style.labelSize())));
        }
        double item = 2 * style.pointRadius() + 2 * style.gap() + (narrowest == Double.MAX_VALUE ? 0 : narrowest);
        return (int) Math.floor(width / Math.max(1, item)) + 1;
    }

    static Shape shapeOf(TimeValue v) {
        Precision p = v.precision();
        if (p == Precision.DAY || p == Precision.TIME) return Shape.POINT;
        if (p == Precision.SPAN) return Shape.BAR;
        return Shape.BAND;
    }

    private Placed place(Event e, int number, long d0, double pxPerDay, double width) {
        TimeValue when = e.when();
        if (!when.yearKnown()) return null;
        Placed p = new Placed();
        p.e = e;
        p.number = number;
        p.shape = shapeOf(when);
        double a = (when.start().orElseThrow().toEpochDay() - d0) * pxPerDay;
        double b = (when.end().orElseThrow().toEpochDay() + 1 - d0) * pxPerDay;
        if (p.shape == Shape.POINT) {
            double c = (a + b) / 2;
            a = c;
            b = c;
        } else if (b - a < 2) {
            double c = (a + b) / 2;
            a = c - 1;
            b = c + 1;
        }
        p.clipL = a < 0;
        p.clipR = b > width;
        p.x0 = Math.max(0, a);
        p.x1 = Math.min(width, b);
        if (p.x0 > width || p.x1 < 0) return null;
        double r = style.pointRadius() + 1;
        p.ext0 = p.x0 - (p.shape == Shape.POINT ? r : 0);
        p.ext1 = p.x1 + (p.shape == Shape.POINT ? r : 0);
        p.alts = alternatives(e, d0, pxPerDay, width);
        for (int i = 0; i < p.alts.length; i += 2) {
            p.ext0 = Math.min(p.ext0, p.alts[i] - r);
            p.ext1 = Math.max(p.ext1, p.alts[i + 1] + r);
        }
        p.want = e.title() == null ? "" : e.title();
        p.wantWidth = titleWidths.computeIfAbsent(p.want, t -> measure.textWidth(t, Painter.Weight.REGULAR, style.labelSize()));
        p.inside = p.shape != Shape.POINT && p.alts.length == 0 && p.x1 - p.x0 >= p.wantWidth + 6;
        return p;
    }

    /** The other dates the sources give for a disputed event, as x pairs; empty when none. */
    private static double[] alternatives(Event e, long d0, double pxPerDay, double width) {
        if (!e.disputed()) return new double[0];
        Set<String> seen = new LinkedHashSet<>();
        seen.add(e.when().timeml());
        List<Double> xs = new ArrayList<>();
        for (EventSource s : e.sources()) {
            TimeValue v = s.when();
            if (v == null || !v.yearKnown() || !seen.add(v.timeml())) continue;
            double a = (v.start().orElseThrow().toEpochDay() - d0) * pxPerDay;
            double b = (v.end().orElseThrow().toEpochDay() + 1 - d0) * pxPerDay;
            if (shapeOf(v) == Shape.POINT) a = b = (a + b) / 2;
            xs.add(Math.max(0, Math.min(width, a)));
            xs.add(Math.max(0, Math.min(width, b)));
        }
        double[] out = new double[xs.size()];
        for (int i = 0; i < out.length; i++) out[i] = xs.get(i);
        return out;
    }

    /**
     * Rows from the screen's {@link RowLayout} (first fit: an item goes into the first row where its mark and whole
     * label fit, so nothing overlaps). A label normally follows its mark; a label that would run past the right edge
     * goes before the mark when it fits there, and a bar or band wide enough holds its label inside. Labels are cut with
     * an ellipsis only at the right edge. Returns the number of rows.
     */
    private int stack(List<Placed> items, double width) {
        double gap = style.gap();
        int n = items.size();
        double[] x0 = new double[n];
        double[] x1 = new double[n];
        double[] want = new double[n];
        for (Placed p : items) {
            if (p.inside) {
                p.labelX = p.x0 + 3;
                p.sortX0 = p.ext0;
                p.sortX1 = Math.max(p.ext1, p.labelX + p.wantWidth);
                p.sortWant = 0;
            } else if (p.ext1 + gap + p.wantWidth > width && p.ext0 - gap - p.wantWidth >= 0) {
                p.labelX = p.ext0 - gap - p.wantWidth;
                p.sortX0 = p.labelX;
                p.sortX1 = p.ext1;
                p.sortWant = 0;
            } else {
                p.labelX = p.ext1 + gap;
                p.sortX0 = p.ext0;
                p.sortX1 = p.ext1;
                p.sortWant = Math.max(0, Math.min(p.wantWidth, width - p.labelX));
            }
        }
        items.sort((p, q) -> Double.compare(p.sortX0, q.sortX0));
        for (int i = 0; i < n; i++) {
            Placed p = items.get(i);
            x0[i] = p.sortX0;
            x1[i] = p.sortX1;
            want[i] = p.sortWant;
        }
        int[] rowOut = new int[n];
        double[] room = new double[n];
        int rows = RowLayout.layout(n, x0, x1, want, gap, 0, Integer.MAX_VALUE, rowOut, room);
        for (int i = 0; i < n; i++) {
            Placed p = items.get(i);
            p.row = rowOut[i];
            boolean own = p.sortWant == 0;
            double r = own ? p.wantWidth : room[i];
            p.label = r <= 4 ? "" : p.wantWidth <= r ? p.want : measure.fit(p.want, Painter.Weight.REGULAR, style.labelSize(), r);
        }
        return rows;
    }
}
