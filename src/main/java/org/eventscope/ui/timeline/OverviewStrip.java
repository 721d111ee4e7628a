package org.eventscope.ui.timeline;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;

import org.eventscope.timeline.Axis;
import org.eventscope.timeline.Density;
import org.eventscope.timeline.TextMeasurer;
import org.eventscope.timeline.Tick;
import org.eventscope.timeline.TickGenerator;
import org.eventscope.timeline.TimeScale;
import org.eventscope.timeline.TimelineEvents;

/**
 * The strip below the timeline: the whole time range with a density histogram of all events, and a rectangle for the
 * visible window. Drag the rectangle to pan, drag its edges to zoom, press elsewhere to centre the view there.
 */
final class OverviewStrip {
    static final double HEIGHT = 54;
    private static final double EDGE = 6;

    final Canvas canvas = new Canvas();
    private final TimelineView view;
    private final Runnable redraw;
    private TimelineEvents histEvents;
    private double histT0, histT1;
    private int[] hist = new int[0];
    private TimeScale overview;
    private enum Drag { NONE, MOVE, LEFT, RIGHT }
    private Drag drag = Drag.NONE;
    private double pressX, pressT0, pressT1;

    OverviewStrip(TimelineView view, Runnable redraw) {
        this.view = view;
        this.redraw = redraw;
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> canvas.setCursor(cursorFor(hitTest(e.getX()))));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = Drag.NONE);
    }

    /** The whole range shown: all events and the current view, with a little room. */
    private TimeScale overviewScale(double w) {
        TimelineEvents ev = view.getEvents();
        TimeScale s = view.getScale();
        double a, b;
        if (ev.size() > 0) {
            a = ev.minDay() * (double) TimeScale.DAY_MS;
            b = (ev.maxDay() + 1.0) * TimeScale.DAY_MS;
        } else {
            a = s.toTime(0);
            b = s.toTime(view.getViewportWidth());
        }
        double pad = Math.max((b - a) * 0.03, 10 * TimeScale.DAY_MS);
        a -= pad;
        b += pad;
        a = Math.min(a, s.toTime(0));
        b = Math.max(b, s.toTime(view.getViewportWidth()));
        return new TimeScale(a, Math.max(1e-3, (b - a) / Math.max(1, w)));
    }

    void draw(Font font, TextMeasurer measurer) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        TimeScale s = view.getScale();
        g.setFill(view.overviewColor.get());
        g.fillRect(0, 0, w, h);
        g.setStroke(view.gridStrongColor.get());
        g.strokeLine(0, 0.5, w, 0.5);
        if (s == null || w <= 0) return;
        if (drag == Drag.NONE || overview == null) overview = overviewScale(w);
        TimelineEvents ev = view.getEvents();
        int cols = (int) Math.ceil(w / 2);
        double t0 = overview.toTime(0), t1 = overview.toTime(w);
        if (ev != histEvents || t0 != histT0 || t1 != histT1 || hist.length != cols) {
            hist = Density.histogram(ev.index(), t0, t1, cols);
            histEvents = ev;
            histT0 = t0;
            histT1 = t1;
        }
        int max = 1;
        for (int c : hist) max = Math.max(max, c);
        double barArea = h - 20, logMax = Math.log1p(max);
        g.setFill(view.overviewBarColor.get());
        for (int c = 0; c < hist.length; c++) {
            if (hist[c] == 0) continue;
            double bh = Math.max(1.5, barArea * Math.log1p(hist[c]) / logMax);
            g.fillRect(c * 2, h - 16 - bh, 1.6, bh);
        }
        Axis axis = new TickGenerator(measurer, 4).axis(overview, w);
        g.setFont(font);
        g.setFill(view.mutedTextColor.get());
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        // the coarser tier reads best in a thin strip (years over a decade, decades over a century …)
        java.util.List<Tick> ticks = axis.upper().stream().filter(t -> !t.label().isEmpty()).count() >= 2 ? axis.upper() : axis.lower();
        for (Tick t : ticks) {
            g.setStroke(view.gridStrongColor.get());
            g.strokeLine(Math.floor(t.x()) + 0.5, h - 16, Math.floor(t.x()) + 0.5, h - 12);
            if (!t.label().isEmpty() && t.x() >= 0) g.fillText(t.label(), t.x() + 3, h - 7);
        }
        double a = overview.toX(s.toTime(0)), b = overview.toX(s.toTime(view.getViewportWidth()));
        if (b - a < 4) { double c = (a + b) / 2; a = c - 2; b = c + 2; }
        g.setFill(view.accentColor.get().deriveColor(0, 1, 1, 0.14));
        g.fillRect(a, 2, b - a, h - 4);
        g.setStroke(view.accentColor.get());
        g.setLineWidth(1.5);
        g.strokeRect(a + 0.75, 2.75, b - a - 1.5, h - 5.5);
        g.setLineWidth(1);
    }

    private Drag hitTest(double x) {
        TimeScale s = view.getScale();
        if (overview == null || s == null) return Drag.NONE;
        double a = overview.toX(s.toTime(0)), b = overview.toX(s.toTime(view.getViewportWidth()));
        if (Math.abs(x - a) <= EDGE && b - a > 2 * EDGE) return Drag.LEFT;
        if (Math.abs(x - b) <= EDGE && b - a > 2 * EDGE) return Drag.RIGHT;
        if (x > a - EDGE && x < b + EDGE) return Drag.MOVE;
        return Drag.NONE;
    }

    private static Cursor cursorFor(Drag d) {
        return switch (d) {
            case LEFT, RIGHT -> Cursor.H_RESIZE;
            case MOVE -> Cursor.MOVE;
            case NONE -> Cursor.HAND;
        };
    }

    private void pressed(MouseEvent e) {
        TimeScale s = view.getScale();
        if (overview == null || s == null) return;
        view.requestFocus();
        drag = hitTest(e.getX());
        if (drag == Drag.NONE) {
            // centre the view on the pressed instant, then keep dragging it
            double half = view.getViewportWidth() / 2 * s.msPerPx();
            view.setScale(new TimeScale(overview.toTime(e.getX()) - half, s.msPerPx()));
            drag = Drag.MOVE;
            s = view.getScale();
        }
        pressX = e.getX();
        pressT0 = s.toTime(0);
        pressT1 = s.toTime(view.getViewportWidth());
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (overview == null || drag == Drag.NONE) return;
        double dt = (e.getX() - pressX) * overview.msPerPx();
        double w = view.getViewportWidth();
        switch (drag) {
            case MOVE -> view.setScale(new TimeScale(pressT0 + dt, view.getScale().msPerPx()));
            case LEFT -> {
                double t0 = Math.min(pressT0 + dt, pressT1 - TimeScale.MIN_MS_PER_PX * w);
                view.setScale(new TimeScale(t0, (pressT1 - t0) / w));
            }
            case RIGHT -> {
                double t1 = Math.max(pressT1 + dt, pressT0 + TimeScale.MIN_MS_PER_PX * w);
                view.setScale(new TimeScale(pressT0, (t1 - pressT0) / w));
            }
            default -> { }
        }
        redraw.run();
        e.consume();
    }
}
