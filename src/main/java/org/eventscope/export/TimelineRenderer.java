package org.eventscope.export;

import org.eventscope.model.EventKind;

import java.awt.Color;

/**
 * Draws an {@link ExportTimelineLayout.Layout} with a {@link Painter}: the two-tier axis on top, light grid lines,
 * lane bands with their names, then the marks — points for days, bars for spans, faded bands for vague dates,
 * dashed links from a disputed event to the other dates its sources give — and their labels.
 */
final class TimelineRenderer {
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x6b, 0x6b, 0x6b);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final Color GRID_MAJOR = new Color(0xb8, 0xb8, 0xb8);
    static final Color GRID_MINOR = new Color(0xe9, 0xe9, 0xe9);
    static final Color LANE_BG = new Color(0xf4, 0xf5, 0xf7);
    static final Color DISPUTED = new Color(0xb0, 0x3a, 0x2e);


    /** Height of the axis strip above the rows. */
    static double axisHeight(ExportTimelineLayout.Style s) {
        return s.axisSize() * 2 + 12;
    }

    /** One colour per kind, the window's light theme ({@link org.eventscope.timeline.KindPalette}). */
    private static final Color[] KIND_COLORS = new Color[EventKind.values().length];

    static {
        for (EventKind k : EventKind.values()) {
            int[] rgb = org.eventscope.timeline.KindPalette.rgb(k.ordinal());
            KIND_COLORS[k.ordinal()] = new Color(rgb[0], rgb[1], rgb[2]);
        }
    }

    static Color colorOf(EventKind k) {
        return KIND_COLORS[k.ordinal()];
    }

    private TimelineRenderer() {
    }

    /**
     * Draws the axis and rows [rowFrom, rowTo) of {@code l} with its top-left corner at (ox, oy).
     * Returns the height used.
     */
    static double draw(Painter p, ExportTimelineLayout.Layout l, ExportTimelineLayout.Style s, double ox, double oy,
                       int rowFrom, int rowTo) {
        double axisH = axisHeight(s);
        double bodyTop = oy + axisH;
        double bodyH = Math.max(1, rowTo - rowFrom) * s.rowHeight();
        double w = l.width();
        // lane bands; each row remembers its background so labels can be set on it
        Color[] rowBg = new Color[Math.max(0, rowTo - rowFrom)];
        java.util.Arrays.fill(rowBg, Color.WHITE);
        int laneIndex = 0;
        for (ExportTimelineLayout.Lane lane : l.lanes()) {
            int a = Math.max(lane.firstRow(), rowFrom);
            int b = Math.min(lane.endRow(), rowTo);
            if (!lane.name().isEmpty() && a < b) {
                double y = bodyTop + (a - rowFrom) * s.rowHeight();
                if (laneIndex % 2 == 0) {
                    p.fillRect(ox, y, w, (b - a) * s.rowHeight(), LANE_BG, 1);
                    for (int r = a; r < b; r++) rowBg[r - rowFrom] = LANE_BG;
                }
                p.line(ox, y, ox + w, y, 0.5, GRID, false);

            }
            laneIndex++;
        }
        // axis
        double upperBase = oy + s.axisSize() + 1;
        double lowerBase = oy + s.axisSize() * 2 + 5;
        for (AxisTicks.Tick t : l.axis().upper()) {
            if (t.x() >= 0 && t.x() <= w) {
                p.line(ox + t.x(), oy, ox + t.x(), bodyTop, 0.6, MUTED, false);
                p.line(ox + t.x(), bodyTop, ox + t.x(), bodyTop + bodyH, 0.5, GRID_MAJOR, false);
            }
            p.text(t.label(), ox + t.labelX(), upperBase, Painter.Weight.REGULAR, s.axisSize(), INK);
        }
        for (AxisTicks.Tick t : l.axis().lower()) {
            if (t.x() < 0) continue;
            p.line(ox + t.x(), lowerBase - s.axisSize() - 1, ox + t.x(), bodyTop, 0.3, GRID, false);
            p.line(ox + t.x(), bodyTop, ox + t.x(), bodyTop + bodyH, 0.3, GRID_MINOR, false);
            p.text(t.label(), ox + t.labelX(), lowerBase, Painter.Weight.REGULAR, s.axisSize(), MUTED);
        }
        p.line(ox, bodyTop, ox + w, bodyTop, 0.8, INK, false);
        p.line(ox, bodyTop + bodyH, ox + w, bodyTop + bodyH, 0.5, GRID, false);
        // lane names, over the grid
        for (ExportTimelineLayout.Lane lane : l.lanes()) {
            if (lane.name().isEmpty() || lane.firstRow() < rowFrom || lane.firstRow() >= rowTo) continue;
            double y = bodyTop + (lane.firstRow() - rowFrom) * s.rowHeight();
            double size = s.labelSize() + 0.6;
            String name = p.fit(lane.name(), Painter.Weight.BOLD, size, w - 6);
            p.fillRect(ox + 0.5, y + 1, p.textWidth(name, Painter.Weight.BOLD, size) + 4, s.rowHeight() - 2,
                    rowBg[lane.firstRow() - rowFrom], 1);
            p.text(name, ox + 2, y + s.rowHeight() * 0.7, Painter.Weight.BOLD, size, MUTED);
        }
        // marks
        for (ExportTimelineLayout.Mark m : l.marks()) {
            if (m.row() < rowFrom || m.row() >= rowTo) continue;
            double cy = bodyTop + (m.row() - rowFrom + 0.5) * s.rowHeight();
            drawMark(p, m, s, ox, cy, rowBg[m.row() - rowFrom]);
        }
        return axisH + bodyH;
    }

    private static void drawMark(Painter p, ExportTimelineLayout.Mark m, ExportTimelineLayout.Style s, double ox, double cy,
                                 Color bg) {
        Color c = colorOf(m.event().kind());
        double r = s.pointRadius();
        double[] alts = m.alternatives();
        for (int i = 0; i < alts.length; i += 2) {
            double ac = (alts[i] + alts[i + 1]) / 2;
            p.line(ox + m.centerX(), cy, ox + ac, cy, 0.8, DISPUTED, true);
            if (alts[i + 1] - alts[i] < 1) {
                p.circle(ox + ac, cy, r, java.awt.Color.WHITE, DISPUTED, 0.9);
            } else {
                p.strokeRect(ox + alts[i], cy - r, alts[i + 1] - alts[i], 2 * r, 0.8, DISPUTED);
            }
        }
        double h = 2 * r;
        switch (m.shape()) {
            case POINT -> p.circle(ox + m.x0(), cy, r, c, m.event().disputed() ? DISPUTED : INK, 0.5);
            case BAR -> {
                p.fillRect(ox + m.x0(), cy - h / 2, m.x1() - m.x0(), h, c, 1);
                if (!m.clippedLeft()) p.line(ox + m.x0(), cy - h / 2 - 1, ox + m.x0(), cy + h / 2 + 1, 0.8, INK, false);
                if (!m.clippedRight()) p.line(ox + m.x1(), cy - h / 2 - 1, ox + m.x1(), cy + h / 2 + 1, 0.8, INK, false);
            }
            case BAND -> {
                double bh = s.rowHeight() - 2;
                p.fillRect(ox + m.x0(), cy - bh / 2, m.x1() - m.x0(), bh, c, 0.22);
                p.line(ox + m.x0(), cy + bh / 2, ox + m.x1(), cy + bh / 2, 1.2, c, false);
            }
        }
        if (!m.label().isEmpty()) {
            boolean inside = m.labelX() >= m.x0() && m.labelX() < m.x1();
            if (!inside) {
                p.fillRect(ox + m.labelX() - 1, cy - s.labelSize() * 0.72, p.textWidth(m.label(), Painter.Weight.REGULAR,
                        s.labelSize()) + 2, s.labelSize() * 1.2, bg, 1);
            }
            p.text(m.label(), ox + m.labelX(), cy + s.labelSize() * 0.35, Painter.Weight.REGULAR, s.labelSize(), INK);
        }
    }
}
