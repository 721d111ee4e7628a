package org.eventscope.model;

/**
 * One document's evidence for an event: the sentence (character offsets into the document text),
 * the date expression as written and its value as resolved in this document.
 */
public record EventSource(long documentId, String sentence, int offset, int length, String dateText, TimeValue when) {
}
