package org.eventscope.model;

import java.util.List;

/** Everything extracted from one document. */
public record Analysis(DocumentInfo document, List<Timex> timex, List<EntityMention> entities,
                       List<ExtractedParticipant> participants, List<ExtractedEvent> events) {
    public Analysis {
        timex = List.copyOf(timex);
        entities = List.copyOf(entities);
        participants = List.copyOf(participants);
        events = List.copyOf(events);
    }
}
