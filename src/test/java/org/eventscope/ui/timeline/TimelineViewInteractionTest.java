package org.eventscope.ui.timeline;

import static org.eventscope.ui.timeline.TimelineFx.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.eventscope.timeline.ClusterMark;
import org.eventscope.timeline.EventMark;
import org.eventscope.timeline.Frame;
import org.eventscope.timeline.TimeRange;
import org.eventscope.timeline.TimeScale;
import org.eventscope.timeline.TimelineEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real control headlessly: zoom, pan, fit, select, range, keyboard, clusters. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewInteractionTest {
    TimelineView view;
    final List<Long> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new TimelineView(SampleEvents.seedLike());
        view.setToday(LocalDate.of(2023, 6, 1));
        view.setOnOpenEvent(opened::add);
        stage.setScene(new Scene(new StackPane(view), 1000, 560));
        stage.show();
    }

    TimelineViewSkin skin() { return (TimelineViewSkin) view.getSkin(); }

    Frame frame() { return fx(() -> skin().frame()); }

    TimeScale scale() { return fx(() -> view.getScale()); }

    /** Screen point of canvas coordinates. */
    Point2D screen(double x, double y) { return fx(() -> skin().canvas.localToScreen(x, y)); }

    /** Screen point of a mark's centre (content y to canvas y). */
    Point2D screenOf(EventMark m) { return screen(m.centerX(), m.y() + TimelineRenderer.AXIS_HEIGHT - skin().scrollY()); }

    /** An empty spot in the events area (below the rows). */
    Point2D emptySpot(double x) { return screen(x, skin().canvas.getHeight() - 40); }

    @Test
    void ctrlWheelZoomKeepsTheInstantUnderThePointer(FxRobot robot) {
        settle();
        double[] eventX = {Double.NaN};
        skin().canvas.addEventFilter(ScrollEvent.SCROLL, e -> eventX[0] = e.getX());
        TimeScale before = scale();
        robot.moveTo(emptySpot(613));
        robot.press(KeyCode.CONTROL);
        robot.scroll(3, VerticalDirection.UP);
        robot.release(KeyCode.CONTROL);
        settle();
        TimeScale after = scale();
        assertFalse(Double.isNaN(eventX[0]), "the canvas got the wheel");
        assertNotEquals(before.msPerPx(), after.msPerPx(), "Ctrl+wheel zooms");
        assertEquals(before.toTime(eventX[0]), after.toTime(eventX[0]), Math.max(before.msPerPx(), after.msPerPx()) * 1e-6,
                "the instant under the pointer stays under it");

        robot.press(KeyCode.CONTROL);
        robot.scroll(5, VerticalDirection.DOWN);
        robot.release(KeyCode.CONTROL);
        settle();
        assertEquals(before.toTime(eventX[0]), scale().toTime(eventX[0]), before.msPerPx() * 1e-6, "and back out");
    }

    @Test
    void dragPansByExactlyTheDraggedDistance(FxRobot robot) {
        settle();
        TimeScale before = scale();
        robot.drag(emptySpot(300), MouseButton.PRIMARY).dropTo(emptySpot(437));
        settle();
        TimeScale after = scale();
        assertEquals(before.msPerPx(), after.msPerPx(), "dragging does not zoom");
        assertEquals(before.toTime(300), after.toTime(437), before.msPerPx() * 1e-6, "content moved by exactly 137 px");
        assertEquals(137, (before.originMillis() - after.originMillis()) / before.msPerPx(), 1e-6);
    }

    @Test
    void fitAllShowsAllEvents(FxRobot robot) {
        settle();
        robot.clickOn(emptySpot(500));
        for (int i = 0; i < 6; i++) robot.type(KeyCode.ADD);
        robot.clickOn(skin().zoomInButton);
        settle();
        TimelineEvents ev = view.getEvents();
        assertTrue(frame().events().size() < ev.size(), "zoomed in, some events are out of view");
        robot.type(KeyCode.HOME);
        settle();
        TimeScale s = scale();
        double w = view.getViewportWidth();
        for (int i = 0; i < ev.size(); i++) {
            assertTrue(s.toX(ev.startMillis(i)) >= 0 && s.toX(ev.endMillis(i)) <= w, "event " + ev.id(i) + " is in view");
        }
        assertEquals(ev.size(), frame().events().size(), "and each is drawn");
        robot.clickOn(skin().zoomOutButton);
        robot.clickOn(skin().fitButton);
        settle();
        assertEquals(s, scale(), "the Fit all button does the same");
    }

    @Test
    void clickSelectsTheEventUnderThePointer(FxRobot robot) {
        settle();
        EventMark m = frame().events().stream().filter(e -> e.id() == 8).findFirst().orElseThrow();
        robot.clickOn(screenOf(m));
        settle();
        assertEquals(8L, view.getSelectedEventId());
        robot.moveTo(screenOf(frame().events().stream().filter(e -> e.id() == 3).findFirst().orElseThrow()));
        settle();
        assertEquals(3L, view.hoveredEventIdProperty().get(), "hovering shows the tooltip of the event under the pointer");
        EventDetails d = fx(() -> view.detailsFor(3));
        assertEquals("26 August 2008", d.dateText());
        assertEquals(4, d.sources());
        robot.clickOn(emptySpot(20));
        settle();
        assertNull(view.getSelectedEventId(), "a click on empty space clears the selection");
    }

    @Test
    void shiftDragSelectsATimeRange(FxRobot robot) {
        settle();
        TimeScale s = scale();
        robot.press(KeyCode.SHIFT);
        robot.drag(emptySpot(200), MouseButton.PRIMARY).dropTo(emptySpot(520));
        robot.release(KeyCode.SHIFT);
        settle();
        TimeRange r = view.getSelectedRange();
        assertNotNull(r);
        assertEquals(s, scale(), "Shift+drag does not pan");
        assertEquals(s.toTime(200), r.startMillis(), s.msPerPx());
        assertEquals(s.toTime(520), r.endMillis(), s.msPerPx());
        robot.type(KeyCode.ESCAPE);
        assertNull(view.getSelectedRange());
    }

    @Test
    void keyboardReachesEveryEventAndEnterOpensIt(FxRobot robot) {
        settle();
        robot.clickOn(emptySpot(10));
        Set<Long> seen = new LinkedHashSet<>();
        view.selectedEventIdProperty().addListener((o, a, b) -> { if (b != null) seen.add(b); });
        TimelineEvents ev = view.getEvents();
        for (int i = 0; i < ev.size(); i++) robot.type(KeyCode.TAB);
        Set<Long> all = new LinkedHashSet<>();
        for (int i = 0; i < ev.size(); i++) all.add(ev.id(i));
        assertEquals(all, seen, "Tab visits every event in time order");
        assertEquals(List.copyOf(all), List.copyOf(seen));
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(ev.id(ev.size() - 1)), opened);
        robot.type(KeyCode.LEFT);
        assertEquals(ev.id(ev.size() - 2), view.getSelectedEventId(), "Left goes to the previous event");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals(ev.id(ev.size() - 3), view.getSelectedEventId(), "Shift+Tab too");
    }

    @Test
    void doubleClickOnEmptySpaceZoomsIn(FxRobot robot) {
        settle();
        TimeScale before = scale();
        robot.doubleClickOn(emptySpot(400));
        settle();
        assertEquals(before.msPerPx() / 2, scale().msPerPx(), before.msPerPx() * 1e-9);
        assertEquals(before.toTime(400), scale().toTime(400), before.msPerPx() * 1e-6);
    }

    @Test
    void clustersAppearWhenZoomedOutAndSplitWhenClicked(FxRobot robot) {
        fx(() -> view.setEvents(SampleEvents.synthetic(20_000, 200, 11)));
        fx(() -> view.fitAll());
        settle();
        Frame out = frame();
        assertFalse(out.clusters().isEmpty(), "20,000 events over 200 years cluster");
        ClusterMark big = out.clusters().stream().filter(ClusterMark::splittable)
                .max(Comparator.comparingInt(ClusterMark::count)).orElseThrow();
        robot.clickOn(screen((big.x0() + big.x1()) / 2, big.y() + TimelineRenderer.AXIS_HEIGHT - skin().scrollY()));
        settle();
        TimeScale in = scale();
        assertTrue(in.msPerPx() < out.scale().msPerPx() / 5, "clicking the cluster zoomed to it");
        assertTrue(in.toTime(0) <= big.startMillis() && in.toTime(view.getViewportWidth()) >= big.endMillis(), "the cluster's span is in view");
        Frame split = frame();
        assertTrue(split.clusters().size() + split.events().size() > 3, "it split into several clusters or events");
        assertTrue(split.clusters().stream().allMatch(c -> c.count() < big.count()), "no cluster as big as before");
        for (int i = 0; i < 8; i++) fx(() -> view.zoomIn());
        settle();
        Frame days = frame();
        assertTrue(days.clusters().stream().noneMatch(ClusterMark::splittable), "zoomed to days, every cluster has split");
        assertTrue(days.events().size() > 0, "and events show one by one");
    }

    @Test
    void overviewWindowDragsToPanAndItsEdgeZooms(FxRobot robot) {
        settle();
        robot.clickOn(emptySpot(500));
        robot.type(KeyCode.ADD).type(KeyCode.ADD).type(KeyCode.ADD);
        settle();
        TimeScale before = scale();
        var strip = skin().overview.canvas;
        double w = view.getViewportWidth();
        // the window rectangle sits in the middle quarter of the strip after zooming in around the centre
        Point2D mid = fx(() -> strip.localToScreen(strip.getWidth() / 2, OverviewStrip.HEIGHT / 2));
        robot.drag(mid, MouseButton.PRIMARY).dropBy(-60, 0);
        settle();
        TimeScale panned = scale();
        assertEquals(before.msPerPx(), panned.msPerPx(), before.msPerPx() * 1e-9, "dragging the window pans");
        assertTrue(panned.originMillis() < before.originMillis(), "dragged left shows earlier times");

        double rightEdgeX = fx(() -> {
            double t = panned.toTime(w);
            // locate the window's right edge in strip coordinates by scanning the strip's own mapping
            for (double x = 0; x < strip.getWidth(); x += 0.5) {
                if (stripTime(x) >= t) return x;
            }
            return strip.getWidth();
        });
        Point2D edge = fx(() -> strip.localToScreen(rightEdgeX, OverviewStrip.HEIGHT / 2));
        robot.drag(edge, MouseButton.PRIMARY).dropBy(80, 0);
        settle();
        TimeScale zoomed = scale();
        assertTrue(zoomed.msPerPx() > panned.msPerPx(), "dragging the right edge out widens the window (zooms out)");
        assertEquals(panned.toTime(0), zoomed.toTime(0), panned.msPerPx(), "the left edge stays");
    }

    /** The overview's time at strip x, from the window the strip draws (linear over its whole range). */
    double stripTime(double x) {
        TimelineEvents ev = view.getEvents();
        TimeScale s = view.getScale();
        double a = ev.minDay() * (double) TimeScale.DAY_MS, b = (ev.maxDay() + 1.0) * TimeScale.DAY_MS;
        double pad = Math.max((b - a) * 0.03, 10 * TimeScale.DAY_MS);
        a = Math.min(a - pad, s.toTime(0));
        b = Math.max(b + pad, s.toTime(view.getViewportWidth()));
        return a + x * (b - a) / skin().overview.canvas.getWidth();
    }

    @Test
    void pinchZoomsAroundTheFingersAndKeysPan(FxRobot robot) {
        settle();
        TimeScale before = scale();
        Point2D scenePt = fx(() -> skin().canvas.localToScene(250, 300));
        fx(() -> skin().canvas.fireEvent(new javafx.scene.input.ZoomEvent(javafx.scene.input.ZoomEvent.ZOOM, scenePt.getX(), scenePt.getY(), 0, 0,
                false, false, false, false, false, false, 1.5, 1.5, null)));
        settle();
        assertEquals(before.msPerPx() / 1.5, scale().msPerPx(), before.msPerPx() * 1e-9);
        assertEquals(before.toTime(250), scale().toTime(250), before.msPerPx() * 1e-6);

        robot.clickOn(emptySpot(20));
        TimeScale s = scale();
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(s.toTime(view.getViewportWidth() * 0.9), scale().toTime(0), s.msPerPx() * 1e-6, "Page Down shows the next screen");
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.RIGHT);
        assertEquals(s.toTime(view.getViewportWidth() * 0.1), scale().toTime(0), s.msPerPx() * 1e-6, "Right pans when nothing is selected");
        TimeScale t = scale();
        robot.press(KeyCode.SHIFT).scroll(2, VerticalDirection.DOWN).release(KeyCode.SHIFT);
        settle();
        assertEquals(t.msPerPx(), scale().msPerPx(), "Shift+wheel pans without zooming");
        assertNotEquals(t.originMillis(), scale().originMillis());
    }

    @Test
    void rowsThatOverflowScrollVertically(FxRobot robot) {
        fx(() -> view.setLaneMode(org.eventscope.timeline.LaneMode.PARTICIPANT));
        settle();
        assertEquals(10, frame().lanes().size(), "one lane per participant");
        assertTrue(skin().vbar.isVisible(), "ten lanes overflow: a vertical scroll bar");
        assertEquals(0, skin().scrollY());
        TimeScale s = scale();
        robot.clickOn(emptySpot(5));
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.DOWN);
        settle();
        assertEquals(120, skin().scrollY(), 1e-9, "Down scrolls the rows by 40 px");
        // the wheel's sign differs between robots and platforms: check that a notch moves the rows, either way
        robot.moveTo(emptySpot(500)).scroll(1, VerticalDirection.DOWN);
        settle();
        assertNotEquals(120, skin().scrollY(), 1e-9, "the wheel scrolls the rows");
        assertEquals(s, scale(), "without zooming or panning");
        for (int i = 0; i < 10; i++) robot.type(KeyCode.UP);
        settle();
        assertEquals(0, skin().scrollY(), 1e-9, "Up scrolls back to the top");
    }

    @Test
    void aRangeAskedForBeforeTheFirstLayoutIsShownOnceThereIsAWidth() {
        TimeRange wanted = TimeRange.ofDays(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
        TimelineView fresh = fx(() -> {
            TimelineView v = new TimelineView();
            v.showRange(wanted);
            v.setEvents(SampleEvents.seedLike());
            ((StackPane) view.getScene().getRoot()).getChildren().setAll(v);
            return v;
        });
        settle();
        TimeRange shown = fx(fresh::getVisibleRange);
        double msPerPx = fx(() -> fresh.getScale().msPerPx());
        assertEquals(wanted.startMillis(), shown.startMillis(), msPerPx);
        assertEquals(wanted.endMillis(), shown.endMillis(), msPerPx);
    }

    @Test
    void unknownYearEventsWaitInTheTray(FxRobot robot) {
        settle();
        assertEquals("Unknown year · 2", skin().tray.getText());
        robot.clickOn(skin().tray);
        robot.clickOn("November 12 — Medoev visits the new embassy building");
        assertEquals(List.of(14L), opened, "picking one opens it");
    }
}
