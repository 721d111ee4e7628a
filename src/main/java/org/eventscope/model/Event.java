package org.eventscope.model;

import java.util.List;

/**
 * A dated happening, merged across all the documents that report it. {@code when} is the value shown
 * (the most precise one the sources agree on); {@code disputed} is true when sources give incompatible dates,
 * each source keeping its own.
 */
public record Event(long id, EventKind kind, String title, TimeValue when, double confidence, boolean disputed,
                    List<Long> participantIds, List<EventSource> sources) {
    public Event {
        participantIds = List.copyOf(participantIds);
        sources = List.copyOf(sources);
    }
}
