package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.List;
import java.util.Set;

/**
 * Works and buildings told by their name and a noun ({@link SubjectNouns#FACILITIES}): "the San Jose copper and gold
 * mine caved in", "the destruction of the Kakhovka dam ... The dam was breached". The name acts for the work.
 */
final class Facilities {
    private Facilities() {
    }

    /**
     * The name of the work or building whose noun is at j ("the San Jose copper and gold mine", "the Soma coal
     * mine"): an organisation or place right after "the" (or opening the clause at a), with at most three plain
     * words (none of {@code function} but "and") between it and the noun; or null.
     */
    static EntityRecognizer.Mention named(Tokens t, int a, int j, List<EntityRecognizer.Mention> ms, Set<String> function) {
        int q = j - 1;
        while (q >= a && j - q <= 4 && t.isWord(q) && !t.capitalised(q)
                && (!function.contains(t.lower[q]) || t.lower[q].equals("and"))) {
            q--;
        }
        for (EntityRecognizer.Mention m : ms) {
            if (m.to == q + 1 && named(m) && (t.wordIs(m.from - 1, "the") || m.from == a)) return m;
        }
        return null;
    }

    /**
     * The nearest name before token k that the text gave with this noun ("the Kakhovka dam"), or null; else the one
     * name ending in the noun ("the Suez Canal ... The canal has carried ships"), when no other name before does.
     */
    static EntityRecognizer.Mention calledBefore(Tokens t, List<EntityRecognizer.Mention> mentions, int k, String noun) {
        EntityRecognizer.Mention ending = null;
        boolean several = false;
        for (int i = EntityRecognizer.firstFrom(mentions, k) - 1; i >= 0; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (k - m.to > 400) break;
            if (!named(m)) continue;
            for (int q = m.to; q < m.to + 4 && t.isWord(q) && !t.capitalised(q); q++) {
                if (t.lower[q].equals(noun)) return m;
            }
            if (m.to - m.from >= 2 && t.wordIs(m.to - 1, noun)) {
                several |= ending != null && !ending.canonical.equals(m.canonical);
                if (ending == null) ending = m;
            }
        }
        return several ? null : ending;
    }

    /** Whether a mention can name a work: an organisation or place, not a person, title word or demonym. */
    private static boolean named(EntityRecognizer.Mention m) {
        return m.kind != ParticipantKind.PERSON && m.canonical != null && !m.inTitle && !m.demonym;
    }
}
