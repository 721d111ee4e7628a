package org.eventscope.export;

import org.eventscope.model.Event;
import org.eventscope.model.EventKind;
import org.eventscope.model.EventSource;
import org.eventscope.model.TimeValue;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportTimelineLayoutTest {
    private final Painter measure;
    private final ExportTimelineLayout.Style style = ExportTimelineLayout.Style.print();

    ExportTimelineLayoutTest() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        measure = new Java2DPainter(g);
    }

    static List<Event> randomEvents(int n, LocalDate first, int days, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = first.plusDays(r.nextInt(days));
            int shape = r.nextInt(10);
            TimeValue when = shape < 6 ? new TimeValue.Day(d)
                    : shape < 8 ? new TimeValue.Span(d, d.plusDays(1 + r.nextInt(30)))
                    : shape < 9 ? new TimeValue.Month(YearMonth.from(d)) : new TimeValue.Year(d.getYear());
            boolean disputed = shape < 6 && r.nextInt(8) == 0;
            List<EventSource> sources = new ArrayList<>();
            sources.add(new EventSource(1, "s", 0, 1, "x", when));
            if (disputed) sources.add(new EventSource(2, "s", 0, 1, "y", new TimeValue.Day(d.plusDays(1 + r.nextInt(5)))));
            String title = "Event " + i + " " + "with a title of some length".substring(0, 5 + r.nextInt(20));
            out.add(new Event(i + 1, EventKind.values()[r.nextInt(EventKind.values().length)], title, when, 0.8, disputed,
                    List.of((long) (1 + r.nextInt(4))), sources));
        }
        out.sort(NumberedExport.BY_DATE);
        return out;
    }

    private ExportTimelineLayout.Layout layout(List<Event> events, LocalDate a, LocalDate b, double width, boolean lanes) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) numbers.add(i + 1);
        List<ExportTimelineLayout.LaneSpec> specs = new ArrayList<>();
        if (lanes) {
            for (long p = 1; p <= 4; p++) {
                long id = p;
                specs.add(new ExportTimelineLayout.LaneSpec("Participant " + p, e -> e.participantIds().contains(id)));
            }
        }
        return TimelineSegments.layoutOf(new ExportTimelineLayout(measure, style), events, numbers, a, b, width, specs);
    }

    /** What a mark occupies in its row: the mark, its alternative dates and its label. */
    private double[] extent(ExportTimelineLayout.Mark m) {
        double r = style.pointRadius() + 1;
        double lo = m.x0() - (m.shape() == ExportTimelineLayout.Shape.POINT ? r : 0);
        double hi = m.x1() + (m.shape() == ExportTimelineLayout.Shape.POINT ? r : 0);
        for (int i = 0; i < m.alternatives().length; i += 2) {
            lo = Math.min(lo, m.alternatives()[i] - r);
            hi = Math.max(hi, m.alternatives()[i + 1] + r);
        }
        if (!m.label().isEmpty()) {
            lo = Math.min(lo, m.labelX());
            hi = Math.max(hi, m.labelX() + measure.textWidth(m.label(), Painter.Weight.REGULAR, style.labelSize()));
        }
        return new double[]{lo, hi};
    }

    private void assertNoOverlap(ExportTimelineLayout.Layout l) {
        List<ExportTimelineLayout.Mark> marks = new ArrayList<>(l.marks());
        marks.sort(Comparator.comparingInt(ExportTimelineLayout.Mark::row).thenComparingDouble(m -> extent(m)[0]));
        for (int i = 0; i < marks.size(); i++) {
            ExportTimelineLayout.Mark m = marks.get(i);
            double[] e = extent(m);
            double labelEnd = m.labelX() + measure.textWidth(m.label(), Painter.Weight.REGULAR, style.labelSize());
            assertTrue(m.label().isEmpty() || labelEnd <= l.width() + 0.01, "label ends inside the width: " + m.label());
            assertTrue(e[1] <= l.width() + style.pointRadius() + 1.01, "a mark pokes out by its radius at most");
            assertTrue(m.label().isEmpty() || m.labelX() >= -0.01, "label starts inside: " + m.label());
            if (i + 1 < marks.size() && marks.get(i + 1).row() == m.row()) {
                double next = extent(marks.get(i + 1))[0];
                assertTrue(e[1] <= next + 0.01, "row " + m.row() + ": '" + m.label() + "' runs into '" + marks.get(i + 1).label() + "'");
            }
        }
        for (ExportTimelineLayout.Lane lane : l.lanes()) {
            for (ExportTimelineLayout.Mark m : marks) {
                if (!lane.name().isEmpty() && m.row() == lane.firstRow()) throw new AssertionError("a mark sits on a lane header");
            }
        }
    }

    private void assertAxisLabelsApart(AxisTicks.Axis axis, double width) {
        for (List<AxisTicks.Tick> tier : List.of(axis.lower(), axis.upper())) {
            Painter.Weight w = Painter.Weight.REGULAR;
            for (int i = 0; i < tier.size(); i++) {
                AxisTicks.Tick t = tier.get(i);
                if (t.label().isEmpty()) continue;
                double end = t.labelX() + measure.textWidth(t.label(), w, style.axisSize());
                assertTrue(end <= width + 0.01, "axis label " + t.label() + " ends inside");
                assertTrue(t.labelX() >= -0.01, t.label() + " starts inside");
                if (i + 1 < tier.size()) assertTrue(end <= tier.get(i + 1).x(), t.label() + " runs into the next tick");
            }
        }
    }

    @Test
    void denseYearNeverOverlapsAndEveryEventIsPlaced() {
        List<Event> events = randomEvents(600, LocalDate.of(2008, 1, 1), 366, 7);
        ExportTimelineLayout.Layout l = layout(events, LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31), 750, false);
        assertEquals(600, l.marks().size());
        assertNoOverlap(l);
        assertTrue(l.rows() > 20);
    }

    @Test
    void lanesStackWithoutOverlap() {
        List<Event> events = randomEvents(200, LocalDate.of(2008, 1, 1), 366, 11);
        ExportTimelineLayout.Layout l = layout(events, LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31), 750, true);
        assertEquals(4, l.lanes().size());
        assertEquals(200, l.marks().size(), "each event has one participant, so one lane");
        assertNoOverlap(l);
        for (int i = 1; i < l.lanes().size(); i++) assertEquals(l.lanes().get(i - 1).endRow(), l.lanes().get(i).firstRow());
    }

    @Test
    void axisLabelsNeverOverlapAtAnyZoom() {
        LocalDate a = LocalDate.of(2008, 8, 1);
        for (int days : new int[]{1, 3, 10, 31, 92, 366, 800, 3653, 36525, 200_000}) {
            for (double width : new double[]{300, 750, 1352}) {
                LocalDate b = a.plusDays(days - 1);
                ExportTimelineLayout.Layout l = layout(List.of(), a, b, width, false);
                assertFalse(l.axis().lower().isEmpty(), days + " days across " + width + " have ticks");
                assertTrue(l.axis().lower().stream().anyMatch(t -> !t.label().isEmpty()), "some label for " + days + " days");
                assertAxisLabelsApart(l.axis(), width);
            }
        }
    }

    @Test
    void shapesFollowPrecisionAndDisputedEventsLinkTheirAlternatives() {
        assertEquals(ExportTimelineLayout.Shape.POINT, ExportTimelineLayout.shapeOf(TimeValue.day(2008, 8, 7)));
        assertEquals(ExportTimelineLayout.Shape.BAR,
                ExportTimelineLayout.shapeOf(new TimeValue.Span(LocalDate.of(2008, 8, 7), LocalDate.of(2008, 8, 12))));
        assertEquals(ExportTimelineLayout.Shape.BAND, ExportTimelineLayout.shapeOf(new TimeValue.Month(YearMonth.of(2008, 8))));
        assertEquals(ExportTimelineLayout.Shape.BAND, ExportTimelineLayout.shapeOf(new TimeValue.Season(2008, TimeValue.SeasonName.SU)));
        Event disputed = new Event(1, EventKind.MILITARY, "Offensive", TimeValue.day(2008, 8, 7), 0.9, true, List.of(),
                List.of(new EventSource(1, "a", 0, 1, "August 7", TimeValue.day(2008, 8, 7)),
                        new EventSource(2, "b", 0, 1, "August 8", TimeValue.day(2008, 8, 8))));
        ExportTimelineLayout.Layout l = layout(List.of(disputed), LocalDate.of(2008, 8, 1), LocalDate.of(2008, 8, 31), 620, false);
        ExportTimelineLayout.Mark m = l.marks().get(0);
        assertEquals(2, m.alternatives().length, "one alternative date");
        assertEquals(20, l.pxPerDay());
        assertEquals(6.5 * 20, m.x0(), 1e-9, "7 Aug at the middle of its day");
        assertEquals(7.5 * 20, m.alternatives()[0], 1e-9, "8 Aug at the middle of its day");
    }
}
