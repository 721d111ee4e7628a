package org.eventscope.export;

import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.EventSource;
import org.eventscope.model.Participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The export's content numbered as a reader sees it: events sorted by date and numbered from 1, the cited documents
 * numbered in order of first citation, each event's source numbers, and each participant's event numbers.
 */
final class NumberedExport {
    final ExportData data;
    final List<Event> events;
    final List<Document> sources = new ArrayList<>();
    final Map<Long, Integer> sourceNumber = new LinkedHashMap<>();
    final Map<Long, Participant> participants;
    /** Participant id → event numbers. */
    final Map<Long, TreeSet<Integer>> eventsOfParticipant = new LinkedHashMap<>();
    final LocalDate first;
    final LocalDate last;

    static final Comparator<Event> BY_DATE = Comparator
            .comparing((Event e) -> e.when().start().orElse(LocalDate.MAX))
            .thenComparing(e -> e.when().end().orElse(LocalDate.MAX))
            .thenComparing(e -> e.title() == null ? "" : e.title())
            .thenComparingLong(Event::id);

    NumberedExport(ExportData data) {
        this.data = data;
        List<Event> sorted = new ArrayList<>(data.events());
        sorted.sort(BY_DATE);
        this.events = List.copyOf(sorted);
        this.participants = data.participantsById();
        Map<Long, Document> docs = data.documentsById();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            for (EventSource s : e.sources()) {
                Document d = docs.get(s.documentId());
                if (d != null && !sourceNumber.containsKey(d.id())) {
                    sourceNumber.put(d.id(), sources.size() + 1);
                    sources.add(d);
                }
            }
            for (long p : e.participantIds()) eventsOfParticipant.computeIfAbsent(p, k -> new TreeSet<>()).add(i + 1);
        }
        LocalDate a = data.from();
        LocalDate b = data.to();
        for (Event e : events) {
            if (!e.when().yearKnown()) continue;
            if (data.from() == null && (a == null || e.when().start().get().isBefore(a))) a = e.when().start().get();
            if (data.to() == null && (b == null || e.when().end().get().isAfter(b))) b = e.when().end().get();
        }
        if (a == null && b == null) {
            a = LocalDate.now().withDayOfYear(1);
            b = a.plusYears(1).minusDays(1);
        } else if (a == null) {
            a = b.minusYears(1).plusDays(1);
        } else if (b == null) {
            b = a.plusYears(1).minusDays(1);
        }
        // An open end is taken to the whole year of the first or last event, so no mark sits on the edge of the drawing.
        first = data.from() == null ? a.withDayOfYear(1) : a;
        last = data.to() == null ? b.withDayOfYear(b.lengthOfYear()) : b;
    }

    /** Distinct source numbers of an event, ascending. */
    List<Integer> sourceNumbers(Event e) {
        TreeSet<Integer> out = new TreeSet<>();
        for (EventSource s : e.sources()) {
            Integer n = sourceNumber.get(s.documentId());
            if (n != null) out.add(n);
        }
        return new ArrayList<>(out);
    }

    String participantNames(Event e) {
        List<String> names = new ArrayList<>();
        for (long id : e.participantIds()) {
            Participant p = participants.get(id);
            if (p != null) names.add(p.name());
        }
        return String.join(", ", names);
    }

    int disputedCount() {
        return (int) events.stream().filter(Event::disputed).count();
    }
}
