package org.eventscope.export;

import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.Participant;
import org.eventscope.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an export contains: the events in a date range (optionally only those with given participants),
 * the documents they cite and their participants. With no range at all, everything, including events whose year is unknown.
 */
public record ExportData(LocalDate from, LocalDate to, List<String> participantFilter, List<Document> documents,
                         List<Participant> participants, List<Event> events, Map<Long, List<Long>> documentsByParticipant) {

    public ExportData {
        participantFilter = List.copyOf(participantFilter);
        documents = List.copyOf(documents);
        participants = List.copyOf(participants);
        events = List.copyOf(events);
    }

    public static ExportData load(Store store, LocalDate from, LocalDate to, Collection<String> participantNames) {
        boolean everything = from == null && to == null;
        List<Event> events = new ArrayList<>(store.events().inRange(from, to));
        if (everything) events.addAll(store.events().yearUnknown());
        List<Participant> allParticipants = store.participants().all();
        Map<Long, Participant> byId = new LinkedHashMap<>();
        for (Participant p : allParticipants) byId.put(p.id(), p);
        if (participantNames != null && !participantNames.isEmpty()) {
            Set<Long> wanted = new LinkedHashSet<>();
            for (String n : participantNames) {
                String k = n.toLowerCase(Locale.ROOT);
                for (Participant p : allParticipants) {
                    if (p.name().toLowerCase(Locale.ROOT).equals(k)
                            || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(k))) {
                        wanted.add(p.id());
                    }
                }
            }
            events.removeIf(e -> e.participantIds().stream().noneMatch(wanted::contains));
        }
        List<Document> docs;
        List<Participant> parts;
        if (everything && (participantNames == null || participantNames.isEmpty())) {
            docs = store.documents().all();
            parts = allParticipants;
        } else {
            Set<Long> docIds = new LinkedHashSet<>();
            Set<Long> partIds = new LinkedHashSet<>();
            for (Event e : events) {
                e.sources().forEach(s -> docIds.add(s.documentId()));
                partIds.addAll(e.participantIds());
            }
            docs = store.documents().all().stream().filter(d -> docIds.contains(d.id())).toList();
            parts = allParticipants.stream().filter(p -> partIds.contains(p.id())).toList();
        }
        return new ExportData(from, to, participantNames == null ? List.of() : List.copyOf(participantNames), docs, parts,
                events, store.participants().documentsByParticipant());
    }

    public Map<Long, Document> documentsById() {
        Map<Long, Document> m = new LinkedHashMap<>();
        documents.forEach(d -> m.put(d.id(), d));
        return m;
    }

    public Map<Long, Participant> participantsById() {
        Map<Long, Participant> m = new LinkedHashMap<>();
        participants.forEach(p -> m.put(p.id(), p));
        return m;
    }
}
