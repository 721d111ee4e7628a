package org.eventscope.extract;

import org.eventscope.model.ExtractedEvent;

/** An event as reported by one stored document. */
public record SourcedEvent(long documentId, ExtractedEvent event) {
}
