package org.eventscope.timeline;

import org.eventscope.model.Event;
import org.eventscope.model.EventKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which events are shown: by kind, confidence, document, date range and participants (any or all of them).
 * Empty sets mean "no restriction". Immutable; the {@code with...} methods return changed copies.
 */
public record EventFilter(Set<EventKind> kinds, double minConfidence, Set<Long> documents, LocalDate from, LocalDate to,
                          Set<Long> participants, boolean allParticipants) {

    /** Below this confidence an event counts as low-confidence. */
    public static final double LOW_CONFIDENCE = 0.5;

    public static final EventFilter NONE = new EventFilter(Set.of(), 0, Set.of(), null, null, Set.of(), false);

    public EventFilter {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        documents = Set.copyOf(documents);
        participants = Set.copyOf(participants);
    }

    public boolean test(Event e) {
        if (!kinds.isEmpty() && !kinds.contains(e.kind())) return false;
        if (e.confidence() < minConfidence) return false;
        if (!documents.isEmpty() && e.sources().stream().noneMatch(s -> documents.contains(s.documentId()))) return false;
        if (from != null || to != null) {
            if (!e.when().yearKnown()) return false;
            if (from != null && e.when().end().orElseThrow().isBefore(from)) return false;
            if (to != null && e.when().start().orElseThrow().isAfter(to)) return false;
        }
        if (!participants.isEmpty()) {
            if (allParticipants) return e.participantIds().containsAll(participants);
            return e.participantIds().stream().anyMatch(participants::contains);
        }
        return true;
    }

    public boolean isEmpty() {
        return equals(NONE.withAllParticipants(allParticipants));
    }

    /** Human-readable descriptions of the active restrictions, for the filter bar and the PDF's first page. */
    public List<String> describe(java.util.function.LongFunction<String> documentName, java.util.function.LongFunction<String> participantName) {
        List<String> out = new ArrayList<>();
        if (!kinds.isEmpty()) out.add("Kinds: " + String.join(", ", kinds.stream().sorted().map(EventKind::label).toList()));
        if (minConfidence > 0) out.add(minConfidence >= LOW_CONFIDENCE ? "Hiding low-confidence events"
                : "Confidence ≥ " + Math.round(minConfidence * 100) + "%");
        if (!documents.isEmpty()) out.add("Documents: " + String.join(", ", documents.stream().sorted().map(documentName::apply).toList()));
        if (from != null || to != null) out.add("Dates: " + (from == null ? "…" : from) + " – " + (to == null ? "…" : to));
        if (!participants.isEmpty()) out.add("Participants (" + (allParticipants ? "all of" : "any of") + "): "
                + String.join(", ", participants.stream().sorted().map(participantName::apply).toList()));
        return out;
    }

    public EventFilter withKinds(Set<EventKind> k) { return new EventFilter(k, minConfidence, documents, from, to, participants, allParticipants); }
    public EventFilter withMinConfidence(double c) { return new EventFilter(kinds, c, documents, from, to, participants, allParticipants); }
    public EventFilter withDocuments(Set<Long> d) { return new EventFilter(kinds, minConfidence, d, from, to, participants, allParticipants); }
    public EventFilter withRange(LocalDate f, LocalDate t) { return new EventFilter(kinds, minConfidence, documents, f, t, participants, allParticipants); }
    public EventFilter withParticipants(Set<Long> p) { return new EventFilter(kinds, minConfidence, documents, from, to, p, allParticipants); }
    public EventFilter withAllParticipants(boolean all) { return new EventFilter(kinds, minConfidence, documents, from, to, participants, all); }
}
