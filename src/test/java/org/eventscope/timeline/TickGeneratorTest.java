package org.eventscope.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TickGeneratorTest {
    static final double W = 1200;
    static final TextMeasurer FONT = TextMeasurer.monospace(7);
    final TickGenerator gen = new TickGenerator(FONT, 4);

    static void assertNoOverlap(List<Tick> ticks, String what) {
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks) {
            if (t.label().isEmpty()) continue;
            assertEquals(FONT.width(t.label()), t.labelWidth(), 1e-9);
            assertTrue(t.labelX() >= lastEnd, what + ": label '" + t.label() + "' at " + t.labelX() + " overlaps previous ending " + lastEnd);
            lastEnd = t.labelX() + t.labelWidth();
        }
    }

    @Test
    void labelsNeverOverlapAtAnyZoomAndPosition() {
        Random rnd = new Random(7);
        Set<Resolution> seen = new HashSet<>();
        for (double m = TimeScale.MIN_MS_PER_PX; m <= TimeScale.maxMsPerPx(W); m *= 1.13) {
            for (int k = 0; k < 6; k++) {
                double origin = TimeScale.MIN_TIME + rnd.nextDouble() * (TimeScale.MAX_TIME - TimeScale.MIN_TIME - W * m);
                TimeScale s = new TimeScale(origin, m).clamp(W);
                Axis a = gen.axis(s, W);
                seen.add(a.lowerResolution());
                String what = a.lowerResolution() + " at " + (long) m + " ms/px";
                assertNoOverlap(a.lower(), what + " lower");
                assertNoOverlap(a.upper(), what + " upper");
                long labelled = a.lower().stream().filter(t -> !t.label().isEmpty() && t.x() >= 0 && t.x() <= W).count();
                assertTrue(labelled >= 1, what + ": some lower label is visible");
                for (int i = 1; i < a.lower().size(); i++) assertTrue(a.lower().get(i).x() > a.lower().get(i - 1).x());
            }
        }
        Set<Resolution.Unit> units = EnumSet.noneOf(Resolution.Unit.class);
        seen.forEach(r -> units.add(r.unit()));
        assertEquals(EnumSet.allOf(Resolution.Unit.class), units, "every unit is used somewhere between hours and millennia");
        assertTrue(seen.size() >= 15, "most rungs of the ladder are used: " + seen);
    }

    @Test
    void yearsOverMonthsWhenAFewYearsFillTheView() {
        TimeScale s = TimeScale.fit(TimeScaleTest.ms(2008, 1, 1), TimeScaleTest.ms(2012, 1, 1), W, 0);
        Axis a = gen.axis(s, W);
        assertEquals(Resolution.Unit.MONTH, a.lowerResolution().unit());
        assertEquals(new Resolution(Resolution.Unit.YEAR, 1), a.upperResolution());
        assertTrue(a.lower().stream().anyMatch(t -> t.label().equals("July") || t.label().equals("Jul")));
        assertTrue(a.upper().stream().anyMatch(t -> t.label().equals("2008")));
    }

    @Test
    void monthsOverDaysWhenAMonthFillsTheView() {
        Axis a = gen.axis(TimeScale.fit(TimeScaleTest.ms(2008, 8, 1), TimeScaleTest.ms(2008, 9, 1), W, 0), W);
        assertEquals(new Resolution(Resolution.Unit.DAY, 1), a.lowerResolution());
        assertEquals("8", a.lower().get(7).label(), "short form when the long one does not fit");
        assertTrue(a.upper().stream().anyMatch(t -> t.label().equals("August 2008")));
    }

    @Test
    void daysOverHoursAtTheFinestZoom() {
        TimeScale s = new TimeScale(TimeScaleTest.ms(2021, 1, 25), TimeScale.MIN_MS_PER_PX);
        Axis a = gen.axis(s, W);
        assertEquals(new Resolution(Resolution.Unit.HOUR, 1), a.lowerResolution());
        assertEquals("01:00", a.lower().get(1).label());
        assertTrue(a.upper().get(0).label().contains("25"), a.upper().get(0).label());
        assertTrue(a.upper().get(0).label().contains("2021"));
    }

    @Test
    void decadesOverYearsAndCenturiesOverDecades() {
        Axis years = gen.axis(TimeScale.fit(TimeScaleTest.ms(1995, 1, 1), TimeScaleTest.ms(2025, 1, 1), W, 0), W);
        assertEquals(Resolution.Unit.YEAR, years.lowerResolution().unit());
        assertEquals(1, years.lowerResolution().step());
        assertTrue(years.upper().stream().anyMatch(t -> t.label().equals("2000s")));
        Axis decades = gen.axis(TimeScale.fit(TimeScaleTest.ms(1800, 1, 1), TimeScaleTest.ms(2025, 1, 1), W, 0), W);
        assertEquals(10, decades.lowerResolution().step());
        assertTrue(decades.upper().stream().anyMatch(t -> t.label().equals("20th century")));
    }

    @Test
    void upperLabelsOfATierReadAlike() {
        for (int days = 4; days <= 40; days += 3) {
            Axis a = gen.axis(TimeScale.fit(TimeScaleTest.ms(2000, 1, 1), TimeScaleTest.ms(2000, 1, 1) + days * TimeScale.DAY_MS, W, 0), W);
            if (a.upperResolution().unit() != Resolution.Unit.DAY) continue;
            List<Tick> inner = a.upper().subList(1, a.upper().size() - 1);
            long withWeekday = inner.stream().filter(t -> t.label().matches("^[A-Z][a-z]+day .*")).count();
            assertTrue(withWeekday == 0 || withWeekday == inner.size(), days + " days: " + inner.stream().map(Tick::label).toList());
        }
    }

    @Test
    void yearsBeforeOurEraAreWrittenBc() {
        assertEquals("500 BC", Resolution.yearLabel(-499));
        assertEquals("1 BC", Resolution.yearLabel(0));
        assertEquals("1", Resolution.yearLabel(1));
    }
}
