package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.eventscope.model.TimeValue;

import java.util.List;

/**
 * One happening, told by one or more documents. {@code when} is the value shown; {@code disputed} is true
 * when the sources' dates are incompatible (each source keeps its own date).
 */
public record MergedEvent(EventKind kind, String title, TimeValue when, double confidence, boolean disputed,
                          List<String> participants, List<SourcedEvent> sources) {
    public MergedEvent {
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
    }
}
