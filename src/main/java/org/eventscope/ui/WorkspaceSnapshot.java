package org.eventscope.ui;

import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.Participant;
import org.eventscope.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable picture of the store's contents, read off the FX thread and handed to the view-model. */
public record WorkspaceSnapshot(List<Document> documents, List<Event> events, List<Event> undated,
                                Map<Long, Participant> participants, Map<Long, Integer> eventCounts) {

    public static WorkspaceSnapshot read(Store store) {
        Map<Long, Participant> parts = new LinkedHashMap<>();
        for (Participant p : store.participants().all()) parts.put(p.id(), p);
        return new WorkspaceSnapshot(store.documents().all(), store.events().inRange(null, null),
                store.events().yearUnknown(), parts, store.participants().eventCounts());
    }

    public static WorkspaceSnapshot empty() {
        return new WorkspaceSnapshot(List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    public Map<Long, Document> documentsById() {
        Map<Long, Document> m = new LinkedHashMap<>();
        documents.forEach(d -> m.put(d.id(), d));
        return m;
    }

    /** Every event, dated first (by date), then those whose year is unknown. */
    public List<Event> allEvents() {
        List<Event> all = new ArrayList<>(events);
        all.addAll(undated);
        return all;
    }

    public String participantNames(Event e) {
        List<String> names = new ArrayList<>();
        for (long id : e.participantIds()) {
            Participant p = participants.get(id);
            if (p != null) names.add(p.name());
        }
        return String.join(", ", names);
    }
}
