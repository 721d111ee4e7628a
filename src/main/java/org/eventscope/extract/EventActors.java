package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.List;

/** Who acts in a happening besides its subject: a passive's agent, a coordinated name, a "who" before the verb. */
final class EventActors {
    private EventActors() {
    }

    /**
     * "was acquired by Elon Musk on Thursday", "was attacked on Friday by Houthi rebels": where the agent of a
     * passive verb starts, or -1. The agent acts even when the recogniser was unsure of the name.
     */
    static int agent(Tokens t, int k, int b) {
        if (!Tense.BE.contains(t.w(k - 1))) return -1;
        for (int j = k + 1; j < b && j <= k + 6; j++) {
            if (t.wordIs(j, "by")) return t.wordIs(j + 1, "the") ? j + 2 : j + 1;
            if (!t.isWord(j) || t.capitalised(j) && !t.wordIs(j - 1, "on")) return -1;
        }
        return -1;
    }

    /** "Honda and LG Energy Solution agreed": a weak name joined by "and" to the verb's subject acts with it. */
    static boolean coordinatedSubject(Tokens t, EntityRecognizer.Mention m, EntityRecognizer.Mention subject,
                                      List<EntityRecognizer.Mention> ms, int k) {
        if (!t.wordIs(m.to, "and")) return false;
        if (subject != null && subject.from == m.to + 1) return true;
        for (EntityRecognizer.Mention o : ms) {
            if (o.from == m.to + 1) return o == subject || k - o.to >= 0 && k - o.to <= 1;
        }
        return false;
    }

    /**
     * Whether a name ends within 14 tokens before the trigger: the title names it, no subject phrase is needed. A
     * people's name or a pact's place qualifying a noun ("an American aircraft", "the Maastricht treaty") may not be
     * who acted: the phrase is kept for the title to choose.
     */
    static boolean actorBefore(Tokens t, List<EntityRecognizer.Mention> ms, int k) {
        for (EntityRecognizer.Mention m : ms) {
            if (m.to <= k && k - m.to <= 14 && EventExtractor.isActor(m) && !qualifier(t, m)) return true;
        }
        return false;
    }

    /** A people's name or a pact's place qualifying the noun after it: "an American aircraft", "the Maastricht treaty". */
    static boolean qualifier(Tokens t, EntityRecognizer.Mention m) {
        return m.demonym || NameEvidence.accordAt(t, m.to);
    }

    /** "Medoev, the foreign minister, who is on a three-day trip": the person a "who" before a noun stands for. */
    static EntityRecognizer.Mention relative(Tokens t, int a, int k, List<EntityRecognizer.Mention> ms) {
        int who = -1;
        for (int j = k - 1; j >= a && k - j <= 8; j--) if (t.wordIs(j, "who")) who = j;
        if (who < 0) return null;
        EntityRecognizer.Mention best = null;
        for (EntityRecognizer.Mention m : ms) {
            if (m.to <= who && who - m.to <= 25 && m.kind == ParticipantKind.PERSON && EventExtractor.isActor(m)) best = m;
        }
        return best != null ? best : peopleOf(t, a, who, ms);
    }

    /** Nouns of the people of a place or a body: "residents of Badme", "members of the union". */
    private static final java.util.Set<String> PEOPLE_OF = java.util.Set.of("residents", "people", "citizens",
            "inhabitants", "villagers", "townspeople", "supporters", "members", "workers", "families", "students",
            "farmers", "fishermen", "refugees", "voters", "parents", "relatives", "survivors", "miners", "employees");

    /**
     * "some residents of Badme, the border town at the heart of the war, who staged a protest": the place or body
     * whose people a "who" stands for, past an aside set off by commas; null when "who" follows no such people.
     */
    private static EntityRecognizer.Mention peopleOf(Tokens t, int a, int who, List<EntityRecognizer.Mention> ms) {
        int end = who;
        if (t.is(who - 1, ',')) { // past the aside to the comma that opens it
            end = who - 2;
            while (end > a && who - end <= 15 && !t.is(end, ',')) end--;
            if (!t.is(end, ',')) end = who - 1;
        }
        for (EntityRecognizer.Mention m : ms) {
            if (m.to != end || m.kind == ParticipantKind.PERSON || m.canonical == null || m.inTitle) continue;
            int of = t.wordIs(m.from - 1, "the") ? m.from - 2 : m.from - 1;
            if (t.wordIs(of, "of") && t.isWord(of - 1) && PEOPLE_OF.contains(t.lower[of - 1])) return m;
        }
        return null;
    }
}
