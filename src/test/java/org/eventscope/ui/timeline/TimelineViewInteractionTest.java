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
        for (int i = 0; i < 6; i++) fx(() -> view.zoomIn());
        settle();
        Frame days = frame();
        assertTrue(days.clusters().stream().noneMatch(ClusterMark::splittable), "zoomed to days, every cluster has split");
        assertTrue(days.events().size() > 0, "and events show one by one");
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
