package org.eventscope.ui.timeline;

import static org.eventscope.ui.timeline.TimelineFx.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.eventscope.timeline.EventMark;
import org.eventscope.timeline.Frame;
import org.eventscope.timeline.LaneMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Renders the seed-like timeline headless to PNGs in target/timeline-shots (light, dark, lanes) and checks what is drawn. */
@ExtendWith(ApplicationExtension.class)
class TimelineScreenshotTest {
    TimelineView view;
    Scene scene;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setToday(LocalDate.of(2023, 6, 1));
        view.setParticipantNames(id -> SampleEvents.PEOPLE.getOrDefault(id, "#" + id));
        view.setEvents(SampleEvents.seedLike());
        scene = new Scene(new StackPane(view), 1280, 520);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void seedTimelineShows2008And2017To2023EventsReadably() throws Exception {
        settle();
        Frame f = fx(() -> ((TimelineViewSkin) view.getSkin()).frame());
        // every seed event is placed: shown one by one, none hidden in clusters
        assertEquals(13, f.events().size());
        assertTrue(f.clusters().isEmpty());
        assertTrue(f.events().stream().filter(m -> !m.label().isEmpty()).count() >= 10, "most events are labelled at fit-all zoom");
        for (EventMark m : f.events()) assertTrue(m.x0() >= 0 && m.x1() <= view.getViewportWidth(), "fit all shows " + m.id());
        WritableImage img = snapshot(view);
        savePng(img, "timeline-light.png");
        assertTrue(countColour(img, view.kindColor(org.eventscope.model.EventKind.MILITARY.ordinal())) > 20, "the 2008 military events are drawn");

        fx(() -> {
            view.setLaneMode(LaneMode.PARTICIPANT);
            view.setSelectedEventId(9L);
            view.setSelectedRange(org.eventscope.timeline.TimeRange.ofDays(LocalDate.of(2020, 10, 1), LocalDate.of(2021, 12, 31)));
        });
        settle();
        savePng(snapshot(view), "timeline-lanes.png");
        fx(() -> view.setSelectedRange(null));

        fx(() -> {
            view.setLaneMode(LaneMode.NONE);
            view.setSelectedEventId(null);
            scene.getStylesheets().add(TimelineView.DARK_STYLESHEET);
        });
        settle();
        WritableImage dark = snapshot(view);
        savePng(dark, "timeline-dark.png");
        Color bg = dark.getPixelReader().getColor(5, (int) (dark.getHeight() / 2));
        assertTrue(bg.getBrightness() < 0.2, "dark stylesheet darkens the canvas: " + bg);
    }

    @Test
    void hoverShowsATooltip(org.testfx.api.FxRobot robot) throws Exception {
        settle();
        TimelineViewSkin skin = (TimelineViewSkin) view.getSkin();
        EventMark m = fx(() -> skin.frame()).events().stream().filter(e -> e.id() == 11).findFirst().orElseThrow();
        robot.moveTo(fx(() -> skin.canvas.localToScreen(m.centerX(), m.y() + TimelineRenderer.AXIS_HEIGHT)));
        settle();
        assertEquals(11L, view.hoveredEventIdProperty().get());
        WritableImage img = snapshot(view);
        savePng(img, "timeline-tooltip.png");
        Color tip = view.tooltipColor.get();
        assertTrue(countColour(img, tip) > 2000, "a tooltip box is drawn");
    }

    @Test
    void zoomedToAugust2008ShowsTheWarInDays() throws Exception {
        fx(() -> view.showRange(org.eventscope.timeline.TimeRange.ofDays(LocalDate.of(2008, 8, 1), LocalDate.of(2008, 8, 31))));
        settle();
        Frame f = fx(() -> ((TimelineViewSkin) view.getSkin()).frame());
        assertTrue(f.events().stream().anyMatch(m -> m.id() == 2 && m.x1() - m.x0() > 100), "the five-day war is a long bar");
        savePng(snapshot(view), "timeline-aug-2008.png");
    }

    @Test
    void aDenseTimelineStaysReadableAtEveryZoom() throws Exception {
        fx(() -> view.setEvents(org.eventscope.timeline.SyntheticEvents.generate(200_000, 200, 3)));
        fx(() -> view.fitAll());
        fx(() -> view.setSelectedEventId(100_000L));
        settle();
        savePng(snapshot(view), "dense-fit-all.png");
        Frame all = fx(() -> ((TimelineViewSkin) view.getSkin()).frame());
        assertFalse(all.clusters().isEmpty());
        assertTrue(all.events().stream().noneMatch(m -> m.id() == 100_000L), "the selected event is inside a cluster (marked by a line)");
        fx(() -> view.setSelectedEventId(null));
        String[] names = {"dense-2-years.png", "dense-2-months.png", "dense-1-week.png"};
        int[] days = {730, 61, 7};
        for (int i = 0; i < names.length; i++) {
            int d = days[i];
            fx(() -> view.showRange(org.eventscope.timeline.TimeRange.ofDays(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1).plusDays(d))));
            settle();
            Frame f = fx(() -> ((TimelineViewSkin) view.getSkin()).frame());
            assertTrue(f.events().size() + f.clusters().size() > 5, names[i]);
            savePng(snapshot(view), names[i]);
        }
    }

    @Test
    void anEmptyTimelineShowsTheYearAroundToday() throws Exception {
        fx(() -> view.setEvents(org.eventscope.timeline.TimelineEvents.empty()));
        fx(() -> view.fitAll());
        settle();
        Frame f = fx(() -> ((TimelineViewSkin) view.getSkin()).frame());
        assertTrue(f.events().isEmpty() && f.clusters().isEmpty());
        var r = fx(() -> view.getVisibleRange());
        assertTrue(!r.startDate().isAfter(LocalDate.of(2023, 6, 1)) && !r.endDate().isBefore(LocalDate.of(2023, 6, 1)), r.toString());
        assertFalse(((TimelineViewSkin) view.getSkin()).tray.isVisible(), "no tray without unknown-year events");
        savePng(snapshot(view), "timeline-empty.png");
    }

    static int countColour(WritableImage img, Color c) {
        int n = 0;
        var pr = img.getPixelReader();
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = pr.getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) < 0.03 && Math.abs(p.getGreen() - c.getGreen()) < 0.03 && Math.abs(p.getBlue() - c.getBlue()) < 0.03) n++;
            }
        return n;
    }
}
