package org.eventscope.model;

/** A name as written at {@code offset}, resolved to the canonical {@code name} of a participant of {@code kind}. */
public record EntityMention(String text, ParticipantKind kind, String name, int offset) {
    public int end() { return offset + text.length(); }
}
