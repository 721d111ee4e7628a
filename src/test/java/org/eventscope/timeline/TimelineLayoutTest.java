package org.eventscope.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.eventscope.model.Precision;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {
    static final double W = 1000;
    final TimelineLayout layout = new TimelineLayout(LayoutStyle.defaults(), TextMeasurer.monospace(6.5));

    static TimelineEvents dense(int n, int days, long seed) {
        Random rnd = new Random(seed);
        TimelineEventsBuilder b = TimelineEvents.builder();
        long d0 = LocalDate.of(2000, 1, 1).toEpochDay();
        for (int i = 0; i < n; i++) {
            long s = d0 + rnd.nextInt(days);
            boolean span = rnd.nextInt(10) == 0;
            b.add(i, s, span ? s + rnd.nextInt(30) : s, rnd.nextInt(13), (span ? Precision.SPAN : Precision.DAY).ordinal(),
                    1 + rnd.nextInt(5), false, new long[]{rnd.nextInt(20)}, rnd.nextInt(50), "Event number " + i, null);
        }
        return b.build();
    }

    static TimeScale fitAll(TimelineEvents ev) {
        return TimeScale.fit(ev.minDay() * (double) TimeScale.DAY_MS, (ev.maxDay() + 1) * (double) TimeScale.DAY_MS, W, 20);
    }

    static int shownOrClustered(Frame f) {
        return f.events().size() + f.clusters().stream().mapToInt(ClusterMark::count).sum();
    }

    @Test
    void clustersAppearWhenZoomedOutAndSplitWhenZoomedIn() {
        TimelineEvents ev = dense(5000, 3650, 1);
        List<Lane> lanes = ev.lanes(LaneMode.NONE).all();
        TimeScale s = fitAll(ev);
        Frame out = layout.layout(ev, lanes, false, s, W);
        assertFalse(out.clusters().isEmpty(), "5,000 events over ten years in 1,000 px cluster");
        int clustered = out.clusters().stream().mapToInt(ClusterMark::count).sum();
        assertTrue(clustered > 4000, "most events are in clusters: " + clustered);

        ClusterMark c = out.clusters().get(out.clusters().size() / 2);
        TimeScale in = TimeScale.fit(c.startMillis(), c.endMillis(), W, 20);
        Frame zoomed = layout.layout(ev, lanes, false, in, W);
        long inside = zoomed.events().stream().filter(m -> m.x1() >= 0 && m.x0() <= W).count();
        assertTrue(inside > 0, "zooming to a cluster shows its events one by one");
        assertTrue(zoomed.clusters().stream().noneMatch(z -> z.count() >= c.count()), "the cluster split");

        TimeScale closer = in.zoomAround(W / 2, 20, W);
        Frame day = layout.layout(ev, lanes, false, closer, W);
        assertTrue(day.clusters().stream().allMatch(z -> !z.splittable()), "at day scale nothing splittable stays clustered");
    }

    @Test
    void aBusyDayIsOneClusterUntilTheDayIsWideThenSomeEventsAndACount() {
        long d = LocalDate.of(2021, 1, 25).toEpochDay();
        TimelineEventsBuilder b = TimelineEvents.builder();
        for (int i = 0; i < 12; i++) b.add(i, d, d, 0, Precision.DAY.ordinal(), 1, false, null, 0, "e" + i, null);
        TimelineEvents ev = b.build();
        double mid = (d + 0.5) * TimeScale.DAY_MS;
        TimeScale narrow = new TimeScale(mid - W / 2 * (TimeScale.DAY_MS / 20.0), TimeScale.DAY_MS / 20.0); // 20 px a day
        Frame f = layout.layout(ev, ev.lanes(LaneMode.NONE).all(), false, narrow, W);
        assertEquals(0, f.events().size());
        assertEquals(1, f.clusters().size());
        assertEquals(12, f.clusters().get(0).count());
        assertTrue(f.clusters().get(0).splittable(), "zooming in will split it");
        TimeScale wide = narrow.zoomAround(W / 2, 10, W); // 200 px a day
        Frame g = layout.layout(ev, ev.lanes(LaneMode.NONE).all(), false, wide, W);
        assertEquals(LayoutStyle.defaults().clusterThreshold(), g.events().size());
        assertEquals(1, g.clusters().size());
        assertEquals("+9", g.clusters().get(0).label());
        assertFalse(g.clusters().get(0).splittable());
        assertEquals(12, shownOrClustered(g));
    }

    @Test
    void everyEventInViewIsEitherShownOrCounted() {
        TimelineEvents ev = dense(3000, 2000, 2);
        TimeScale s = fitAll(ev);
        Frame f = layout.layout(ev, ev.lanes(LaneMode.NONE).all(), false, s, W);
        assertEquals(ev.size(), shownOrClustered(f));
    }

    @Test
    void marksNeverOverlapInARow() {
        TimelineEvents ev = dense(400, 3650, 3);
        for (double zoom = 1; zoom < 5000; zoom *= 3) {
            TimeScale s = fitAll(ev).zoomAround(W / 3, zoom, W);
            Frame f = layout.layout(ev, ev.lanes(LaneMode.KIND).all(), true, s, W);
            for (EventMark a : f.events())
                for (EventMark b : f.events()) {
                    if (a == b || a.lane() != b.lane() || a.row() != b.row()) continue;
                    double aEnd = a.labelWidth() > 0 && a.labelX() > a.x1() ? a.labelX() + a.labelWidth() : a.x1();
                    double bEnd = b.labelWidth() > 0 && b.labelX() > b.x1() ? b.labelX() + b.labelWidth() : b.x1();
                    assertTrue(aEnd <= b.x0() + 1e-9 || bEnd <= a.x0() + 1e-9,
                            "zoom " + zoom + ": " + a.id() + " and " + b.id() + " overlap in lane " + a.lane() + " row " + a.row());
                }
        }
    }

    @Test
    void lanesStackWithoutOverlapping() {
        TimelineEvents ev = dense(500, 365, 4);
        Frame f = layout.layout(ev, ev.lanes(LaneMode.PARTICIPANT).all(), true, fitAll(ev), W);
        assertEquals(20, f.lanes().size());
        for (int i = 1; i < f.lanes().size(); i++)
            assertEquals(f.lanes().get(i - 1).y() + f.lanes().get(i - 1).height(), f.lanes().get(i).y(), 1e-9);
        for (EventMark m : f.events()) {
            LaneBand band = f.lanes().get(m.lane());
            assertTrue(m.y() > band.y() && m.y() < band.y() + band.height());
        }
    }

    @Test
    void vagueDatesAreBandsSpansAreBarsDaysArePoints() {
        long d = LocalDate.of(2008, 8, 8).toEpochDay();
        TimelineEvents ev = TimelineEvents.builder()
                .add(1, d, d, 0, Precision.DAY.ordinal(), 1, false, null, 0, "day", null)
                .add(2, d, d + 4, 0, Precision.SPAN.ordinal(), 1, false, null, 0, "span", null)
                .add(3, LocalDate.of(2008, 8, 1).toEpochDay(), LocalDate.of(2008, 8, 31).toEpochDay(), 0, Precision.MONTH.ordinal(), 1, false, null, 0, "month", null)
                .add(4, d + 10, d + 10, 0, Precision.DAY.ordinal(), 2, true, null, 0, "disputed", new int[][]{{(int) d + 20, (int) d + 20}})
                .build();
        TimeScale s = TimeScale.fit(LocalDate.of(2008, 7, 25).toEpochDay() * (double) TimeScale.DAY_MS,
                LocalDate.of(2008, 9, 10).toEpochDay() * (double) TimeScale.DAY_MS, W, 0);
        Frame f = layout.layout(ev, ev.lanes(LaneMode.NONE).all(), false, s, W);
        assertEquals(4, f.events().size());
        for (EventMark m : f.events()) {
            switch ((int) m.id()) {
                case 1 -> assertEquals(MarkShape.POINT, m.shape());
                case 2 -> { assertEquals(MarkShape.BAR, m.shape()); assertEquals(s.dayToX(d + 5) - s.dayToX(d), m.x1() - m.x0(), 1e-6); }
                case 3 -> assertEquals(MarkShape.BAND, m.shape());
                case 4 -> {
                    assertTrue(m.disputed());
                    assertEquals(2, m.alternatives().length);
                    assertEquals(s.dayToX(d + 20) + s.pxPerDay() / 2, m.alternatives()[0], 1e-6, "a one-day alternative is a point at the day's centre");
                }
                default -> fail();
            }
        }
    }

    @Test
    void anEmptySetLaysOutAsNothing() {
        TimelineEvents ev = TimelineEvents.empty();
        TimeScale s = new TimeScale(0, TimeScale.DAY_MS);
        for (LaneMode mode : LaneMode.values()) {
            Frame f = layout.layout(ev, ev.lanes(mode).all(), mode != LaneMode.NONE, s, W);
            assertTrue(f.events().isEmpty() && f.clusters().isEmpty());
        }
        List<Integer> hits = new java.util.ArrayList<>();
        ev.index().query(-100, 100, hits::add);
        assertTrue(hits.isEmpty());
        assertEquals(0, java.util.Arrays.stream(Density.histogram(ev.index(), 0, 1e10, 50)).sum());
        assertEquals(-1, ev.indexOfId(1));
    }

    @Test
    void densityCountsEveryEventOnce() {
        TimelineEvents ev = dense(2000, 1000, 5);
        int[] h = Density.histogram(ev.index(), ev.minDay() * (double) TimeScale.DAY_MS, (ev.maxDay() + 1) * (double) TimeScale.DAY_MS, 300);
        assertEquals(2000, java.util.Arrays.stream(h).sum());
    }
}
