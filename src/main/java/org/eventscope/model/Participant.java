package org.eventscope.model;

import java.util.List;

/** A person, organisation or place, with its canonical name, its title or role if known, and its aliases. */
public record Participant(long id, String name, ParticipantKind kind, String title, List<String> aliases) {
    public Participant {
        aliases = List.copyOf(aliases);
    }
}
