package org.eventscope.extract;

import java.util.List;

/** Groups the events that several documents report into one event per happening. */
public interface EventMerger {

    /** Merges all documents' events; every input appears in exactly one output's sources. */
    List<MergedEvent> merge(List<SourcedEvent> events);

    static EventMerger standard() {
        return new StandardMerger();
    }
}
