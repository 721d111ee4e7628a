package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.List;

/**
 * Names the recogniser was unsure of (a single unknown capitalised word read as an organisation) that act all the
 * same because the text repeats them as names ("Stellantis", "SpaceX"). Linear in the mentions.
 */
final class RepeatedNames {
    private RepeatedNames() {
    }

    /**
     * Marks the unsure organisations' names the text gives twice or more ("Stellantis", "SpaceX"): names, not
     * capitalised words, when at least one of them stands alone rather than before a noun ("the Nobel prize", "the
     * Ebola outbreak"), and none is shouted (a byline's "CORRESPONDENT", a dateline's town), an initial or a
     * people's adjective ("Korean").
     */
    static void mark(Tokens t, List<EntityRecognizer.Mention> mentions) {
        java.util.Map<String, Integer> counts = null;
        java.util.Set<String> alone = null;
        for (EntityRecognizer.Mention m : mentions) {
            if (!unsure(t, m)) continue;
            if (counts == null) {
                counts = new java.util.HashMap<>();
                alone = new java.util.HashSet<>();
            }
            counts.merge(m.canonical, 1, Integer::sum);
            String next = t.w(m.to);
            if (!t.isWord(m.to) || t.capitalised(m.to) || EventExtractor.AFTER_NOUN.contains(next) || Triggers.pastForm(next)
                    || next.equals("and") || next.equals("said") || next.equals("says")) {
                alone.add(m.canonical);
            }
        }
        if (counts == null) return;
        for (EntityRecognizer.Mention m : mentions) {
            if (unsure(t, m)) m.repeated = counts.get(m.canonical) >= 2 && alone.contains(m.canonical);
        }
    }

    private static boolean unsure(Tokens t, EntityRecognizer.Mention m) {
        if (m.kind != ParticipantKind.ORGANIZATION || !m.weak || m.common || m.canonical == null) return false;
        String last = t.lower[m.to - 1];
        // (nor cut short: "Airbus A" of "Airbus A380")
        boolean shouted = t.allCaps(m.from) && (t.len(m.from) > 5 || t.len(m.from) < 3) || t.len(m.to - 1) == 1;
        return !shouted && !(m.to - m.from == 1 && (last.endsWith("ean") || last.endsWith("ian") || last.endsWith("ese")));
    }
}
