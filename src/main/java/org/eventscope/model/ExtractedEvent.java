package org.eventscope.model;

import java.util.List;

/**
 * An event as one document reports it: the evidence sentence's offsets into the document text,
 * the date expression as written, and the canonical names of its participants.
 */
public record ExtractedEvent(EventKind kind, String title, TimeValue when, double confidence,
                             List<String> participants, String sentence, int offset, int length, String dateText) {
    public ExtractedEvent {
        participants = List.copyOf(participants);
    }
}
