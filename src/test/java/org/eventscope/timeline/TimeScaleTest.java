package org.eventscope.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TimeScaleTest {
    static final double W = 1000;

    static long ms(int y, int m, int d) { return LocalDate.of(y, m, d).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(); }

    @Test
    void toXAndToTimeRoundTripAtEveryZoom() {
        for (double m = TimeScale.MIN_MS_PER_PX; m < TimeScale.maxMsPerPx(W); m *= 3.7) {
            TimeScale s = new TimeScale(ms(1990, 1, 1), m);
            for (long t : new long[]{ms(1990, 1, 1), ms(2008, 8, 8), ms(2021, 1, 25) + 3_600_000}) {
                double x = s.toX(t);
                assertEquals(t, s.toTime(x), Math.max(1, m * 1e-9), "round trip at " + m + " ms/px");
            }
            for (double x : new double[]{0, 17.5, 999}) assertEquals(x, s.toX(s.toTime(x)), 1e-6);
        }
    }

    @Test
    void zoomAroundKeepsTheInstantUnderThePointer() {
        TimeScale s = new TimeScale(ms(2000, 1, 1), 86_400_000.0);
        double x = 377;
        double before = s.toTime(x);
        TimeScale in = s.zoomAround(x, 2.5, W);
        assertEquals(before, in.toTime(x), 1);
        assertEquals(86_400_000.0 / 2.5, in.msPerPx(), 1e-6);
        TimeScale out = in.zoomAround(x, 1 / 4.0, W);
        assertEquals(before, out.toTime(x), 1);
    }

    @Test
    void zoomIsBoundedAtHoursAndAtTwentyThousandYears() {
        TimeScale s = new TimeScale(ms(2000, 1, 1), 86_400_000.0);
        for (int i = 0; i < 100; i++) s = s.zoomAround(500, 2, W);
        assertEquals(TimeScale.MIN_MS_PER_PX, s.msPerPx());
        assertTrue(TimeScale.HOUR_MS / s.msPerPx() >= 100, "an hour is at least 100 px at the finest zoom");
        for (int i = 0; i < 100; i++) s = s.zoomAround(500, 0.5, W);
        assertEquals(TimeScale.maxMsPerPx(W), s.msPerPx(), 1);
        assertTrue(s.toTime(0) >= TimeScale.MIN_TIME - 1);
        assertTrue(s.toTime(W) <= TimeScale.MAX_TIME + 1);
        assertTrue(s.toTime(W) - s.toTime(0) <= (TimeScale.MAX_TIME - (double) TimeScale.MIN_TIME) + 1);
    }

    @Test
    void panMovesByExactlyTheDraggedPixels() {
        TimeScale s = new TimeScale(ms(2000, 1, 1), 3_600_000.0);
        TimeScale p = s.panBy(123, W);
        assertEquals(s.toTime(100), p.toTime(223), 1e-3);
        assertEquals(s.msPerPx(), p.msPerPx());
    }

    @Test
    void panStopsAtTheBounds() {
        TimeScale s = new TimeScale(TimeScale.MIN_TIME + 1e9, 1e10);
        TimeScale p = s.panBy(1e6, W);
        assertEquals(TimeScale.MIN_TIME, p.originMillis(), 1);
    }

    @Test
    void fitShowsTheRangeWithMargins() {
        TimeScale f = TimeScale.fit(ms(2008, 8, 8), ms(2023, 1, 1), W, 40);
        assertEquals(40, f.toX(ms(2008, 8, 8)), 1e-6);
        assertEquals(W - 40, f.toX(ms(2023, 1, 1)), 1e-6);
        TimeScale g = TimeScale.fit(ms(2008, 8, 8), ms(2023, 1, 1), W, 30, 200);
        assertEquals(30, g.toX(ms(2008, 8, 8)), 1e-6);
        assertEquals(W - 200, g.toX(ms(2023, 1, 1)), 1e-6);
    }
}
