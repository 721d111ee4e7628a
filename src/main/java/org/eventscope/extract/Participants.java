package org.eventscope.extract;

import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.ParticipantKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A document's participants from its resolved mentions ({@link Coreference}). */
final class Participants {
    private Participants() {
    }

    /** One participant per canonical name, with its title and the other names the text used. */
    static List<ExtractedParticipant> of(Tokens t, List<EntityRecognizer.Mention> ms) {
        Map<Key, ExtractedParticipantBuilder> by = new LinkedHashMap<>();
        for (EntityRecognizer.Mention m : ms) {
            if ("agency".equals(m.title)) continue;
            Key key = new Key(m.kind, m.canonical);
            ExtractedParticipantBuilder b = by.get(key);
            if (b == null) by.put(key, b = new ExtractedParticipantBuilder(m.canonical, m.kind));
            if (b.title == null && m.title != null && m.kind == ParticipantKind.PERSON) b.title = m.title;
            String s = Coreference.surface(t, m);
            if (!s.equals(m.canonical)) b.aliases.add(s);
        }
        List<ExtractedParticipant> out = new ArrayList<>();
        for (ExtractedParticipantBuilder b : by.values()) {
            out.add(new ExtractedParticipant(b.name, b.kind, b.title, new ArrayList<>(b.aliases)));
        }
        return out;
    }

    /** A kind and a canonical name, hashed once (a record's generated hashCode and equals cost more here). */
    static final class Key {
        final ParticipantKind kind;
        final String canonical;
        final int hash;

        Key(ParticipantKind kind, String canonical) {
            this.kind = kind;
            this.canonical = canonical;
            this.hash = 31 * (kind == null ? 0 : kind.ordinal() + 1) + (canonical == null ? 0 : canonical.hashCode());
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.kind == kind
                    && java.util.Objects.equals(k.canonical, canonical);
        }
    }

    private static final class ExtractedParticipantBuilder {
        final String name;
        final ParticipantKind kind;
        String title;
        final Set<String> aliases = new LinkedHashSet<>();

        ExtractedParticipantBuilder(String name, ParticipantKind kind) {
            this.name = name;
            this.kind = kind;
        }
    }
}
