package org.eventscope.ui;

import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.Participant;
import org.eventscope.model.Precision;
import org.eventscope.timeline.TimelineEvents;
import org.eventscope.timeline.TimelineEventsBuilder;
import org.eventscope.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable picture of the store's contents, read off the FX thread and handed to the view-model. */
public record WorkspaceSnapshot(List<Document> documents, List<Event> events, List<Event> undated,
                                Map<Long, Participant> participants, Map<Long, Integer> eventCounts,
                                TimelineEvents bulk, int eventCount, Map<Long, Document> documentsById) {

    /** A snapshot; the documents are also indexed by id once here, since panels and lane labels look them up often. */
    public WorkspaceSnapshot(List<Document> documents, List<Event> events, List<Event> undated, Map<Long, Participant> participants,
                             Map<Long, Integer> eventCounts, TimelineEvents bulk, int eventCount) {
        this(documents, events, undated, participants, eventCounts, bulk, eventCount, index(documents));
    }

    private static Map<Long, Document> index(List<Document> documents) {
        Map<Long, Document> m = new LinkedHashMap<>();
        documents.forEach(d -> m.put(d.id(), d));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Above this many events the workspace does not hold every event as an object: the timeline gets them in its compact
     * columnar form ({@link #bulk()}), and a selected event is read from the store when chosen.
     */
    public static final int LARGE = 50_000;

    public static WorkspaceSnapshot read(Store store) {
        Map<Long, Participant> parts = new LinkedHashMap<>();
        for (Participant p : store.participants().all()) parts.put(p.id(), p);
        int count = store.events().count();
        if (count > LARGE) {
            TimelineEventsBuilder b = TimelineEvents.builder();
            store.events().forEachSpanWithParticipants((span, ids, doc) -> b.add(span.id(), span.startDay(), span.endDay(),
                    span.kind().ordinal(), precisionOf(span.precision()), Math.max(1, span.sourceCount()), span.disputed(), ids, doc,
                    span.title(), null));
            return new WorkspaceSnapshot(store.documents().all(), List.of(), store.events().yearUnknown(), parts,
                    store.participants().eventCounts(), b.build(), count);
        }
        return new WorkspaceSnapshot(store.documents().all(), store.events().inRange(null, null),
                store.events().yearUnknown(), parts, store.participants().eventCounts(), null, count);
    }

    private static int precisionOf(String name) {
        try {
            return Precision.valueOf(name).ordinal();
        } catch (IllegalArgumentException e) {
            return Precision.DAY.ordinal();
        }
    }

    public boolean large() {
        return bulk != null;
    }

    public static WorkspaceSnapshot empty() {
        return new WorkspaceSnapshot(List.of(), List.of(), List.of(), Map.of(), Map.of(), null, 0);
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
