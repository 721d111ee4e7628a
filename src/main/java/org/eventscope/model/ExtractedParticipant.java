package org.eventscope.model;

import java.util.List;

/** A participant as one document names it: canonical name, kind, title or role if given, and the aliases used. */
public record ExtractedParticipant(String name, ParticipantKind kind, String title, List<String> aliases) {
    public ExtractedParticipant {
        aliases = List.copyOf(aliases);
    }
}
