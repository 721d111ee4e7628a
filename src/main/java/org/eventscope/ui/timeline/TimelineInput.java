package org.eventscope.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

import org.eventscope.timeline.ClusterMark;
import org.eventscope.timeline.EventMark;
import org.eventscope.timeline.Frame;
import org.eventscope.timeline.TimeRange;
import org.eventscope.timeline.TimeScale;
import org.eventscope.timeline.TimelineEvents;

/**
 * Mouse, wheel, touch and keyboard handling of the timeline canvas: zoom around the pointer (Ctrl+wheel, pinch),
 * pan (drag, horizontal wheel, Shift+wheel, arrows, Page Up/Down), vertical scroll (wheel), click to select,
 * click a cluster to zoom to it, double-click empty space to zoom in, Shift+drag to select a range, Tab/arrows to move
 * between events, Enter to open, Home to fit all, +/- to zoom around the centre, Escape to clear.
 */
final class TimelineInput {
    /** Wheel zoom per pixel of wheel delta: one notch (40) zooms by about 15%. */
    static final double WHEEL_ZOOM = 1.0035;
    private static final double CLICK_SLOP = 3;

    private final TimelineView view;
    private final TimelineViewSkin skin;
    private double pressX, pressY, lastX;
    private boolean rangeDrag, moved, pressed;
    private TimeRange liveRange;
    private EventMark hover;
    private ClusterMark hoverCluster;
    private double hoverX, hoverY;
    private final EventHandler<KeyEvent> tabFilter = this::keyFilter;

    TimelineInput(TimelineView view, TimelineViewSkin skin) {
        this.view = view;
        this.skin = skin;
        var c = skin.canvas;
        c.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        c.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        c.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        c.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        c.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        c.addEventHandler(MouseEvent.MOUSE_EXITED, e -> clearHover());
        c.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        c.addEventHandler(ZoomEvent.ZOOM, e -> { view.zoomAt(e.getX(), e.getZoomFactor()); e.consume(); });
        view.addEventFilter(KeyEvent.KEY_PRESSED, tabFilter);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    void dispose() { view.removeEventFilter(KeyEvent.KEY_PRESSED, tabFilter); }

    EventMark hoverMark() { return hover; }
    ClusterMark hoverCluster() { return hoverCluster; }
    double hoverX() { return hoverX; }
    double hoverY() { return hoverY; }
    TimeRange liveRange() { return liveRange; }

    private double contentY(double canvasY) { return canvasY - TimelineRenderer.AXIS_HEIGHT + skin.scrollY(); }

    // ---- mouse -----------------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        view.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) return;
        pressed = true;
        pressX = lastX = e.getX();
        pressY = e.getY();
        moved = false;
        rangeDrag = e.isShiftDown();
        clearHover();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!pressed) return;
        if (Math.abs(e.getX() - pressX) > CLICK_SLOP || Math.abs(e.getY() - pressY) > CLICK_SLOP) moved = true;
        TimeScale s = view.getScale();
        if (s == null) return;
        if (rangeDrag) {
            liveRange = new TimeRange((long) s.toTime(pressX), (long) s.toTime(e.getX()));
            skin.markDirty();
        } else {
            skin.canvas.setCursor(Cursor.CLOSED_HAND);
            view.panBy(e.getX() - lastX);
        }
        lastX = e.getX();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!pressed) return;
        pressed = false;
        skin.canvas.setCursor(Cursor.DEFAULT);
        if (rangeDrag && moved) {
            TimeScale s = view.getScale();
            view.setSelectedRange(new TimeRange((long) s.toTime(pressX), (long) s.toTime(e.getX())));
            liveRange = null;
            skin.markDirty();
        } else if (!moved) {
            click(e.getX(), e.getY());
        }
        rangeDrag = false;
        e.consume();
    }

    private void click(double x, double y) {
        Frame f = skin.frame();
        if (f == null || y < TimelineRenderer.AXIS_HEIGHT) return;
        double cy = contentY(y);
        ClusterMark c = f.clusterAt(x, cy, 9);
        if (c != null) {
            if (c.splittable()) {
                double pad = (c.endMillis() - c.startMillis()) * 0.1;
                view.showRange(new TimeRange((long) (c.startMillis() - pad), (long) (c.endMillis() + pad)));
            } else {
                view.zoomAt(x, 4);
            }
            return;
        }
        EventMark m = markAt(f, x, cy);
        view.setSelectedEventId(m == null ? null : m.id());
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress() || e.isShiftDown()) return;
        Frame f = skin.frame();
        if (f == null || e.getY() < TimelineRenderer.AXIS_HEIGHT) return;
        double cy = contentY(e.getY());
        EventMark m = markAt(f, e.getX(), cy);
        if (m != null) view.fireOpen(m.id());
        else if (f.clusterAt(e.getX(), cy, 9) == null) view.zoomAt(e.getX(), 2);
        e.consume();
    }

    static EventMark markAt(Frame f, double x, double cy) {
        EventMark m = f.eventAt(x, cy, 4);
        return m != null ? m : f.labelAt(x, cy, 8);
    }

    private void moved(MouseEvent e) {
        Frame f = skin.frame();
        if (f == null || e.getY() < TimelineRenderer.AXIS_HEIGHT) { clearHover(); return; }
        EventMark m = markAt(f, e.getX(), contentY(e.getY()));
        ClusterMark c = m == null ? f.clusterAt(e.getX(), contentY(e.getY()), 9) : null;
        boolean clusterChanged = c != hoverCluster;
        hoverCluster = c;
        setHover(m, e.getX(), e.getY());
        if (clusterChanged || c != null) skin.markDirty();
        skin.canvas.setCursor(m != null || c != null ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void clearHover() {
        if (hoverCluster != null) skin.markDirty();
        hoverCluster = null;
        setHover(null, 0, 0);
    }

    private void setHover(EventMark m, double x, double y) {
        boolean changed = m != hover || (m != null && (x != hoverX || y != hoverY));
        hover = m;
        hoverX = x;
        hoverY = y;
        view.hoveredEventId.set(m == null ? null : m.id());
        if (changed) skin.markDirty();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            double d = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            view.zoomAt(e.getX(), Math.pow(WHEEL_ZOOM, d));
        } else if (e.getDeltaX() != 0) {
            view.panBy(e.getDeltaX());
        } else if (e.isShiftDown()) {
            view.panBy(e.getDeltaY());
        } else {
            skin.scrollBy(-e.getDeltaY());
        }
        clearHover();
        e.consume();
    }

    // ---- keyboard --------------------------------------------------------------------------------------------

    private void keyFilter(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && view.getEvents().size() > 0) {
            moveSelection(e.isShiftDown() ? -1 : 1);
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        double w = view.getViewportWidth();
        boolean selected = view.getSelectedEventId() != null;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case HOME -> view.fitAll();
            case LEFT -> { if (selected && !e.isShiftDown()) moveSelection(-1); else view.panBy(w * 0.1); }
            case RIGHT -> { if (selected && !e.isShiftDown()) moveSelection(1); else view.panBy(-w * 0.1); }
            case UP -> skin.scrollBy(-40);
            case DOWN -> skin.scrollBy(40);
            case PAGE_UP -> view.panBy(w * 0.9);
            case PAGE_DOWN -> view.panBy(-w * 0.9);
            case ENTER -> { if (selected) view.fireOpen(view.getSelectedEventId()); }
            case ESCAPE -> { view.setSelectedEventId(null); view.setSelectedRange(null); }
            default -> { return; }
        }
        e.consume();
    }

    /** Selects the next (dir = 1) or previous event in time order and brings it into view. */
    void moveSelection(int dir) {
        TimelineEvents ev = view.getEvents();
        TimeScale s = view.getScale();
        if (ev.size() == 0 || s == null) return;
        Long sel = view.getSelectedEventId();
        int i = sel == null ? -1 : ev.indexOfId(sel);
        if (i < 0) {
            int first = ev.index().lowerBound(s.dayAt(0));
            i = dir > 0 ? Math.min(first, ev.size() - 1) : Math.max(0, ev.index().lowerBound(s.dayAt(view.getViewportWidth()) + 1) - 1);
        } else {
            i = Math.max(0, Math.min(ev.size() - 1, i + dir));
        }
        view.setSelectedEventId(ev.id(i));
        ensureVisible(i);
    }

    private void ensureVisible(int i) {
        TimelineEvents ev = view.getEvents();
        TimeScale s = view.getScale();
        double w = view.getViewportWidth();
        double x0 = s.toX(ev.startMillis(i)), x1 = s.toX(ev.endMillis(i));
        if (x1 < w * 0.05 || x0 > w * 0.95) {
            double mid = (ev.startMillis(i) + ev.endMillis(i)) / 2.0;
            view.setScale(new TimeScale(mid - w / 2 * s.msPerPx(), s.msPerPx()));
        }
        Frame f = skin.frame();
        if (f == null) return;
        for (EventMark m : f.events()) {
            if (m.index() != i) continue;
            double viewH = skin.canvas.getHeight() - TimelineRenderer.AXIS_HEIGHT;
            double top = skin.scrollY();
            if (m.y() - 12 < top) skin.scrollBy(m.y() - 12 - top);
            else if (m.y() + 12 > top + viewH) skin.scrollBy(m.y() + 12 - top - viewH);
        }
    }
}
