package org.eventscope.extract;

import java.util.List;

/** Groups the events that several documents report into one event per happening. */
public interface EventMerger {

    /** Merges all documents' events; every input appears in exactly one output's sources. */
    List<MergedEvent> merge(List<SourcedEvent> events);

    /** The merger the application uses: compatible dates, agreeing kinds, shared participants, similar sentences. */
    static EventMerger standard() {
        return new StandardMerger();
    }

    /**
     * A strict, predictable merger: only events of the same kind with exactly the same date value and a shared
     * participant, from different documents, are one. Never marks a dispute.
     */
    static EventMerger strict() {
        return new SimpleMerger();
    }
}
