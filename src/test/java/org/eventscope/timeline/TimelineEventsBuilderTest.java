package org.eventscope.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eventscope.model.Event;
import org.eventscope.model.EventKind;
import org.eventscope.model.EventSource;
import org.eventscope.model.Precision;
import org.eventscope.model.TimeValue;
import org.junit.jupiter.api.Test;

class TimelineEventsBuilderTest {

    static EventSource src(long doc, String written, TimeValue when) { return new EventSource(doc, "s", 0, 1, written, when); }

    @Test
    void modelEventsArePlacedWithTheirSpanKindAndSources() {
        Event war = new Event(7, EventKind.MILITARY, "War", new TimeValue.Span(LocalDate.of(2008, 8, 8), LocalDate.of(2008, 8, 12)),
                0.9, false, List.of(4L, 3L), List.of(src(1, "August 8-12, 2008", null), src(2, "in August 2008", null), src(2, "x", null)));
        Event month = new Event(8, EventKind.MEETING, "Meeting", new TimeValue.Month(YearMonth.of(2017, 11)), 0.5, false, List.of(), List.of());
        TimelineEvents ev = TimelineEvents.builder().add(month).add(war).build();
        assertEquals(2, ev.size());
        int w = ev.indexOfId(7);
        assertEquals(LocalDate.of(2008, 8, 8).toEpochDay(), ev.startDay(w));
        assertEquals(LocalDate.of(2008, 8, 12).toEpochDay(), ev.endDay(w));
        assertEquals(EventKind.MILITARY.ordinal(), ev.kind(w));
        assertEquals(Precision.SPAN.ordinal(), ev.precision(w));
        assertEquals(2, ev.sources(w), "sources are counted by distinct document");
        assertEquals(1, ev.documentId(w));
        assertArrayEquals(new long[]{4, 3}, ev.participants(w));
        assertTrue(ev.hasParticipant(w, 3));
        int m = ev.indexOfId(8);
        assertEquals(MarkShape.BAND, MarkShape.of(ev.precision(m)));
        assertEquals(LocalDate.of(2017, 11, 30).toEpochDay(), ev.endDay(m));
        assertEquals(1, ev.sources(m), "an event without sources still counts as one");
    }

    @Test
    void unknownYearEventsGoToTheTray() {
        Event e = new Event(9, EventKind.VISIT, "Visit", new TimeValue.YearUnknown(11, 12), 0.5, false, List.of(),
                List.of(src(3, "November 12", new TimeValue.YearUnknown(11, 12))));
        TimelineEvents ev = TimelineEvents.builder().add(e).build();
        assertEquals(0, ev.size());
        assertEquals(List.of(new UnplacedEvent(9, "Visit", "November 12", EventKind.VISIT.ordinal())), ev.unplaced());
    }

    @Test
    void disputedEventsKeepTheOtherSourcesDatesAsAlternatives() {
        TimeValue aug7 = TimeValue.day(2008, 8, 7), aug8 = TimeValue.day(2008, 8, 8);
        Event e = new Event(1, EventKind.MILITARY, "Offensive", aug7, 0.7, true, List.of(),
                List.of(src(1, "August 7, 2008", aug7), src(2, "the night of August 8, 2008", aug8), src(3, "August 8", aug8)));
        TimelineEvents ev = TimelineEvents.builder().add(e).build();
        assertTrue(ev.disputed(0));
        int[][] alts = ev.alternatives(0);
        assertEquals(1, alts.length, "the same alternative from two sources is shown once");
        assertArrayEquals(new int[]{(int) LocalDate.of(2008, 8, 8).toEpochDay(), (int) LocalDate.of(2008, 8, 8).toEpochDay()}, alts[0]);
    }
}
