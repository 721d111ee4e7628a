package org.eventscope.ui.timeline;

import java.util.List;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.eventscope.timeline.Axis;
import org.eventscope.timeline.ClusterMark;
import org.eventscope.timeline.EventMark;
import org.eventscope.timeline.Frame;
import org.eventscope.timeline.LaneBand;
import org.eventscope.timeline.MarkShape;
import org.eventscope.timeline.TextMeasurer;
import org.eventscope.timeline.Tick;
import org.eventscope.timeline.TimeRange;
import org.eventscope.timeline.TimeScale;
import org.eventscope.timeline.TimelineEvents;

/** Draws a laid-out {@link Frame} and its {@link Axis} on a canvas, colours from the control's CSS. */
final class TimelineRenderer {

    static final double AXIS_HEIGHT = 46;

    /** What else the picture shows besides the frame. */
    record State(double scrollY, int selected, Set<Long> highlighted, EventMark hover, ClusterMark hoverCluster,
                 double hoverX, double hoverY, TimeRange range, boolean laneHeaders, List<String> laneNames, long todayDay) {
    }

    private final TimelineView view;

    TimelineRenderer(TimelineView view) { this.view = view; }

    /** Draws one frame; returns the number of marks drawn (for the benchmark). */
    int draw(GraphicsContext g, double w, double h, Frame f, Axis axis, TimelineEvents ev, State st, Font font, Font bold,
             TextMeasurer measurer) {
        int drawn = 0;
        g.setFill(view.canvasColor.get());
        g.fillRect(0, 0, w, h);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineDashes();
        double top = AXIS_HEIGHT;
        double dy = top - st.scrollY();
        TimeScale s = f.scale();

        g.save();
        g.beginPath();
        g.rect(0, top, w, h - top);
        g.clip();
        // lane bands
        if (st.laneHeaders()) {
            for (LaneBand b : f.lanes()) {
                double y = b.y() + dy;
                if (y > h || y + b.height() < top) continue;
                if (b.lane() % 2 == 1) {
                    g.setFill(view.laneAltColor.get());
                    g.fillRect(0, y, w, b.height());
                }
                g.setStroke(view.gridStrongColor.get());
                g.setLineWidth(1);
                g.strokeLine(0, Math.floor(y + b.height()) + 0.5, w, Math.floor(y + b.height()) + 0.5);
            }
        }
        // grid
        g.setLineWidth(1);
        g.setStroke(view.gridColor.get());
        for (Tick t : axis.lower()) if (t.x() >= 0 && t.x() <= w) g.strokeLine(snap(t.x()), top, snap(t.x()), h);
        g.setStroke(view.gridStrongColor.get());
        for (Tick t : axis.upper()) if (t.x() >= 0 && t.x() <= w) g.strokeLine(snap(t.x()), top, snap(t.x()), h);
        // selected range
        if (st.range() != null) {
            double a = s.toX(st.range().startMillis()), b = s.toX(st.range().endMillis());
            g.setFill(view.rangeColor.get());
            g.fillRect(a, top, b - a, h - top);
            g.setStroke(view.accentColor.get().deriveColor(0, 1, 1, 0.6));
            g.strokeLine(snap(a), top, snap(a), h);
            g.strokeLine(snap(b), top, snap(b), h);
        }
        // today
        double todayX = s.dayToX(st.todayDay()) + s.pxPerDay() / 2;
        if (todayX >= 0 && todayX <= w) {
            g.setStroke(view.todayColor.get().deriveColor(0, 1, 1, 0.7));
            g.setLineDashes(4, 4);
            g.strokeLine(snap(todayX), top, snap(todayX), h);
            g.setLineDashes();
        }
        boolean selecting = st.selected() >= 0;
        Set<Long> hl = st.highlighted();
        // marks
        for (EventMark m : f.events()) {
            double y = m.y() + dy;
            if (y < top - 20 || y > h + 20) continue;
            boolean isSel = m.index() == st.selected();
            boolean isHl = !isSel && !hl.isEmpty() && sharesParticipant(ev, m.index(), hl);
            double alpha = selecting && !isSel && !isHl ? 0.45 : 1;
            Color c = view.kindColor(m.kind());
            drawAlternatives(g, m, y, c, alpha);
            drawMark(g, m, Math.max(m.x0(), -24), Math.min(m.x1(), w + 24), y, c, alpha);
            if (isSel || isHl) {
                g.setStroke(isSel ? view.accentColor.get() : view.highlightColor.get());
                g.setLineWidth(2);
                double pad = 3;
                if (m.shape() == MarkShape.POINT) {
                    double r = (m.x1() - m.x0()) / 2 + pad;
                    g.strokeOval(m.centerX() - r, y - r, 2 * r, 2 * r);
                } else {
                    g.strokeRoundRect(m.x0() - pad, y - 6 - pad, m.x1() - m.x0() + 2 * pad, 12 + 2 * pad, 6, 6);
                }
                g.setLineWidth(1);
            }
            if (!m.label().isEmpty()) {
                g.setFont(isSel || isHl || m.sources() >= 3 ? bold : font);
                boolean onBar = m.shape() == MarkShape.BAR && m.labelX() < m.x1();
                g.setFill(alphaOf(onBar ? textOn(c) : view.textColor.get(), alpha));
                g.fillText(m.label(), m.labelX(), y);
            }
            drawn++;
        }
        // clusters
        g.setFont(bold);
        for (ClusterMark c : f.clusters()) {
            double y = c.y() + dy;
            if (y < top - 20 || y > h + 20) continue;
            double cx = (c.x0() + c.x1()) / 2, half = (c.x1() - c.x0()) / 2;
            Color fill = view.clusterColor.get();
            g.setFill(fill.deriveColor(0, 1, 1, c.splittable() ? 0.9 : 0.55));
            g.fillRoundRect(cx - half, y - 8, 2 * half, 16, 16, 16);
            g.setFill(view.clusterTextColor.get());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(c.label(), cx, y);
            g.setTextAlign(TextAlignment.LEFT);
            drawn++;
        }
        // the selected event is inside a cluster (or scrolled away): mark its time
        if (st.selected() >= 0 && f.events().stream().noneMatch(m -> m.index() == st.selected())) {
            double sx = s.toX((ev.startMillis(st.selected()) + ev.endMillis(st.selected())) / 2.0);
            if (sx >= 0 && sx <= w) {
                g.setStroke(view.accentColor.get());
                g.setLineWidth(2);
                g.strokeLine(snap(sx), top, snap(sx), h);
                g.setLineWidth(1);
                String t = TextMeasurer.ellipsize(ev.title(st.selected()), 300, measurer);
                double tw = measurer.width(t) + 16;
                double px = Math.max(4, Math.min(w - tw - 4, sx - tw / 2));
                g.setFill(view.accentColor.get());
                g.fillRoundRect(px, h - 28, tw, 20, 10, 10);
                g.setFill(Color.WHITE);
                g.setFont(bold);
                g.fillText(t, px + 8, h - 18);
            }
        }
        if (ev.size() == 0) {
            g.setFont(font);
            g.setFill(view.mutedTextColor.get());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(ev.unplaced().isEmpty() ? "No dated events" : "No dated events: " + ev.unplaced().size()
                    + " with an unknown year wait in the tray", w / 2, top + (h - top) / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
        // sticky lane headers
        if (st.laneHeaders()) {
            g.setFont(bold);
            for (LaneBand b : f.lanes()) {
                double y = b.y() + dy;
                if (y > h || y + b.height() < top) continue;
                double hy = Math.min(Math.max(y, top), y + b.height() - 18);
                String name = b.lane() < st.laneNames().size() ? st.laneNames().get(b.lane()) : "";
                String label = TextMeasurer.ellipsize(name, 260, measurer);
                double lw = measurer.width(label) + 14;
                g.setFill(view.canvasColor.get().deriveColor(0, 1, 1, 0.88));
                g.fillRoundRect(4, hy + 2, lw, 16, 8, 8);
                g.setFill(view.mutedTextColor.get());
                g.fillText(label, 11, hy + 10);
            }
        }
        if (st.range() != null) drawRangeLabel(g, w, s, st.range(), bold, measurer);
        g.restore();
        drawAxis(g, w, axis, s, st, font, bold, todayX);
        if (st.hover() != null) {
            EventDetails d = view.detailsFor(st.hover().id());
            String people = d.participants().isEmpty() ? "" : String.join(", ", d.participants());
            String sources = d.sources() == 1 ? "1 source" : d.sources() + " sources";
            drawTooltip(g, w, h, st, font, bold, measurer, people.isEmpty()
                    ? new String[]{d.dateText(), d.title(), sources} : new String[]{d.dateText(), d.title(), people, sources});
        } else if (st.hoverCluster() != null) {
            ClusterMark c = st.hoverCluster();
            TimeRange r = new TimeRange(c.startMillis(), c.endMillis());
            String when = r.startDate().equals(r.endDate()) ? r.startDate().format(RANGE_DATE)
                    : r.startDate().format(RANGE_DATE) + " – " + r.endDate().format(RANGE_DATE);
            drawTooltip(g, w, h, st, font, bold, measurer, new String[]{when, String.format(java.util.Locale.ROOT, "%,d events", c.count()),
                    c.splittable() ? "Click to zoom in" : "All on one day"});
        }
        return drawn;
    }

    /** Draws a mark; bars and bands are cut to [x0, x1] (the view plus a little), so huge spans cost no more than short ones. */
    private void drawMark(GraphicsContext g, EventMark m, double x0, double x1, double y, Color c, double alpha) {
        switch (m.shape()) {
            case POINT -> {
                double r = (m.x1() - m.x0()) / 2;
                g.setFill(alphaOf(c, alpha));
                g.fillOval(m.centerX() - r, y - r, 2 * r, 2 * r);
                g.setStroke(alphaOf(view.canvasColor.get(), alpha));
                g.setLineWidth(1.5);
                g.strokeOval(m.centerX() - r, y - r, 2 * r, 2 * r);
                g.setLineWidth(1);
            }
            case BAR -> {
                double bh = m.x1() - m.x0() >= 60 ? 16 : 8;
                g.setFill(alphaOf(c, alpha * 0.9));
                g.fillRoundRect(x0, y - bh / 2, x1 - x0, bh, 6, 6);
                if (m.sources() >= 3) {
                    g.setStroke(alphaOf(c.darker(), alpha));
                    g.strokeRoundRect(x0 + 0.5, y - bh / 2 + 0.5, x1 - x0 - 1, bh - 1, 6, 6);
                }
            }
            case BAND -> {
                g.setFill(alphaOf(c, alpha * 0.22));
                g.fillRoundRect(x0, y - 8, x1 - x0, 16, 6, 6);
                g.setStroke(alphaOf(c, alpha * 0.55));
                g.setLineDashes(3, 3);
                g.strokeRoundRect(x0 + 0.5, y - 7.5, x1 - x0 - 1, 15, 6, 6);
                g.setLineDashes();
            }
        }
    }

    /** Disputed events: each alternative date drawn hollow, linked to the mark by a dashed arc. */
    private void drawAlternatives(GraphicsContext g, EventMark m, double y, Color c, double alpha) {
        double[] a = m.alternatives();
        if (a.length == 0) return;
        g.setStroke(alphaOf(c, alpha * 0.8));
        g.setLineWidth(1.2);
        // below the row's centre line, so the link never runs through the labels
        double ay = y + 7;
        for (int k = 0; k + 1 < a.length; k += 2) {
            double ax = (a[k] + a[k + 1]) / 2, cx = m.centerX();
            g.setLineDashes(2, 3);
            g.beginPath();
            g.moveTo(cx, y + 3);
            g.quadraticCurveTo((ax + cx) / 2, ay + 6, ax, ay);
            g.stroke();
            g.setLineDashes();
            double r = 3;
            g.setFill(view.canvasColor.get());
            if (a[k + 1] - a[k] > 2 * r) {
                g.fillRoundRect(a[k], ay - r, a[k + 1] - a[k], 2 * r, 4, 4);
                g.strokeRoundRect(a[k], ay - r, a[k + 1] - a[k], 2 * r, 4, 4);
            } else {
                g.fillOval(ax - r, ay - r, 2 * r, 2 * r);
                g.strokeOval(ax - r, ay - r, 2 * r, 2 * r);
            }
        }
        g.setLineWidth(1);
    }

    private void drawAxis(GraphicsContext g, double w, Axis axis, TimeScale s, State st, Font font, Font bold, double todayX) {
        g.setFill(view.axisColor.get());
        g.fillRect(0, 0, w, AXIS_HEIGHT);
        g.setStroke(view.gridStrongColor.get());
        g.strokeLine(0, AXIS_HEIGHT - 0.5, w, AXIS_HEIGHT - 0.5);
        g.setFont(bold);
        g.setFill(view.textColor.get());
        for (Tick t : axis.upper()) {
            if (t.x() >= 0 && t.x() <= w) {
                g.setStroke(view.gridStrongColor.get());
                g.strokeLine(snap(t.x()), 0, snap(t.x()), AXIS_HEIGHT);
            }
            if (!t.label().isEmpty() && t.labelX() < w) g.fillText(t.label(), t.labelX(), 13);
        }
        g.setFont(font);
        g.setFill(view.mutedTextColor.get());
        g.setStroke(view.gridStrongColor.get());
        for (Tick t : axis.lower()) {
            if (t.x() >= -200 && t.x() <= w) {
                g.strokeLine(snap(t.x()), AXIS_HEIGHT - 20, snap(t.x()), AXIS_HEIGHT);
                if (!t.label().isEmpty()) g.fillText(t.label(), t.labelX(), AXIS_HEIGHT - 11);
            }
        }
        if (todayX >= 0 && todayX <= w) {
            g.setFill(view.todayColor.get());
            g.fillPolygon(new double[]{todayX - 5, todayX + 5, todayX}, new double[]{AXIS_HEIGHT - 6, AXIS_HEIGHT - 6, AXIS_HEIGHT}, 3);
        }
        if (st.range() != null) {
            double a = s.toX(st.range().startMillis()), b = s.toX(st.range().endMillis());
            g.setFill(view.rangeColor.get());
            g.fillRect(a, 0, b - a, AXIS_HEIGHT);
        }
    }

    private static final java.time.format.DateTimeFormatter RANGE_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    /** The selected range's dates in a pill at the top of the range. */
    private void drawRangeLabel(GraphicsContext g, double w, TimeScale s, TimeRange r, Font bold, TextMeasurer m) {
        String text = r.startDate().format(RANGE_DATE) + " – " + r.endDate().format(RANGE_DATE);
        double tw = m.width(text) + 16;
        double a = s.toX(r.startMillis()), b = s.toX(r.endMillis());
        double x = Math.max(4, Math.min(w - tw - 4, (a + b) / 2 - tw / 2));
        double y = AXIS_HEIGHT + 6;
        g.setFill(view.accentColor.get());
        g.fillRoundRect(x, y, tw, 20, 10, 10);
        g.setFill(Color.WHITE);
        g.setFont(bold);
        g.fillText(text, x + 8, y + 10);
    }

    /** A dark box near the pointer; the second line is the title, in bold. */
    private void drawTooltip(GraphicsContext g, double w, double h, State st, Font font, Font bold, TextMeasurer m, String[] lines) {
        double maxW = 360;
        double tw = 0;
        for (int i = 0; i < lines.length; i++) {
            lines[i] = TextMeasurer.ellipsize(lines[i], maxW, m);
            tw = Math.max(tw, m.width(lines[i]));
        }
        double lh = 17, bw = tw + 20, bh = lines.length * lh + 12;
        double x = st.hoverX() + 14, y = st.hoverY() + 16;
        if (x + bw > w - 4) x = Math.max(4, st.hoverX() - 14 - bw);
        if (y + bh > h - 4) y = Math.max(4, st.hoverY() - 12 - bh);
        g.setFill(Color.rgb(0, 0, 0, 0.18));
        g.fillRoundRect(x + 1, y + 2, bw, bh, 10, 10);
        g.setFill(view.tooltipColor.get());
        g.fillRoundRect(x, y, bw, bh, 10, 10);
        for (int i = 0; i < lines.length; i++) {
            g.setFont(i == 1 ? bold : font);
            g.setFill(i == 1 ? view.tooltipTextColor.get() : view.tooltipTextColor.get().deriveColor(0, 1, 1, 0.75));
            g.fillText(lines[i], x + 10, y + 6 + lh * i + lh / 2);
        }
    }

    static boolean sharesParticipant(TimelineEvents ev, int i, Set<Long> ids) {
        for (int k = 0; k < ev.participantCount(i); k++) if (ids.contains(ev.participant(i, k))) return true;
        return false;
    }

    /** Dark or light text, whichever reads better on {@code c}. */
    private static Color textOn(Color c) {
        double l = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return l > 0.6 ? Color.web("#111827") : Color.WHITE;
    }

    private static double snap(double x) { return Math.floor(x) + 0.5; }

    private static Color alphaOf(Color c, double a) { return a >= 1 ? c : c.deriveColor(0, 1, 1, a); }
}
