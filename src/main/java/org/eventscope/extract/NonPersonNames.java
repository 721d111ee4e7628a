package org.eventscope.extract;

import org.eventscope.extract.EntityRecognizer.Mention;
import org.eventscope.model.ParticipantKind;

import java.util.List;
import java.util.Set;

/**
 * Decides what a run of capitalised words is when {@link EntityRecognizer} found no person's name in it: a place
 * (the gazetteer, a place word at its end, "in X", "X's", a "-stan"), an organisation (an organisation word, an
 * acronym, a run of unknown words), or for a single word a weak guess by its context. A lone unknown word is a
 * person here only when it speaks ("Lula told reporters", "Jokowi said he"), is followed by ", who", or is a known
 * surname that acts; a given name opening a sentence is kept as a person the text may confirm later.
 */
abstract class NonPersonNames extends NameEvidence {

    /** Reads the run [from, e) again from the start (the recogniser's entry point for one run). */
    abstract void analyse(Tokens t, Sentences s, int from, int e, List<Mention> out, byte[] hl);

    /**
     * Someone named before: a sure person, or a single unknown name that may be one ("Kvaratskhelia limped off").
     * The scan ends at the first; it runs in full only while there is none, and the caller then adds a person.
     */
    private boolean personBefore(Tokens t, List<Mention> out) {
        for (Mention m : out) {
            if (m.kind == ParticipantKind.PERSON && !m.tentative && !m.weak) return true;
            if (m.weak && !m.common && m.to - m.from == 1 && m.kind == ParticipantKind.ORGANIZATION && cls(t, m.from) == N
                    && !t.allCaps(m.from)) {
                return true;
            }
        }
        return false;
    }

    /** Words of waters and coasts named after a country: "the Panama Canal", "the Korea Strait". */
    private static final Set<String> WATERS = Set.of("canal", "strait", "straits", "gulf", "bay", "sea", "channel",
            "basin", "coast");

    /** Whether a lower-case name is a country's (a place the lists know that is no town or region of one). */
    private boolean country(String w) {
        Lexicon.Place p = lex.places.get(w);
        return p != null && !p.demonym() && !lex.countryOf.containsKey(w);
    }

    /**
     * Adds the mentions of the run [b, e), which holds no person's name by its words; {@code initial}: the run opens
     * its sentence. A place at its start is cut off and the rest read again.
     */
    void classifyNonPerson(Tokens t, Sentences s, int b, int e, List<Mention> out, boolean initial, byte[] hl) {
        boolean org = false;
        int g = 0;
        int n = 0;
        int common = 0; // common words alone, no title: "the Golden Globes", not "the Foreign Minister"
        for (int k = b; k < e; k++) {
            int c = cls(t, k);
            if (c == O || c == T && k == e - 1 && k > b && lex.orgWords.contains(t.lower[k])) org = true; // Austin Energy
            if (c == G || c == T) g++;
            if (c == G) common++;
            if (c == N || c == F || c == ACR) n++;
        }
        int pe = placeAt(t, b, e, false);
        if (pe == b + 1 && e == b + 2 && cls(t, b + 1) == PW && !t.isDash(b + 1) && (lex.isDemonym(t.lower[b])
                || WATERS.contains(t.lower[b + 1]) && country(t.lower[b]))) {
            // "the Indian Ocean", "the Persian Gulf", "the Arabian Peninsula": a place's word after a demonym names
            // a place of its own, not the country, and so does a water's after a country's name ("the Panama
            // Canal"); after a town's name it stays the town's ("Kathmandu Valley"); a sea is where things happen,
            // never who does them
            Mention m = new Mention(b, e, ParticipantKind.PLACE, null);
            m.locative = true;
            out.add(m);
            return;
        }
        // ("the Cordillera Blanca": a range's name opens with its word, not with a place of that name)
        if (pe == b + 1 && e - b == 2 && GEOGRAPHIC_START.contains(t.lower[b]) && !org) pe = e;
        if (pe == e || pe > b && !org) {
            Mention m = place(t, b, pe);
            out.add(m);
            if (pe < e) classifyRest(t, s, pe, e, out, hl);
            return;
        }
        if (org) {
            Mention m = new Mention(b, e, ParticipantKind.ORGANIZATION, null);
            out.add(m);
            return;
        }
        int last = e - 1;
        if (cls(t, last) == PW && e - b >= 2) {
            Mention m = new Mention(b, e, ParticipantKind.PLACE, null);
            m.locative = LOCATIVE.contains(t.w(b - 1));
            out.add(m);
            return;
        }
        if (e - b == 1 || e - b == 2 && t.isDash(b + 1)) {
            if (hasDashedPlace(t, b, e)) return;
            int c = cls(t, b);
            if (e - b == 1 && (c == G || c == N || c == F) && !initial && namedAfter(t, b)
                    && !headline(t, s, s.of[b], hl)) {
                // "the intelligence ship Liberty", "the satellite Sputnik": one word is the thing's own name
                out.add(new Mention(b, e, ParticipantKind.ORGANIZATION, null));
                return;
            }
            if (c == ACR) {
                Mention m = new Mention(b, e, ParticipantKind.ORGANIZATION, null);
                m.weak = true;
                out.add(m);
                return;
            }
            // "set off from Nice", "a storm hit Bath": inside a sentence, a capitalised common word after a
            // preposition of place or movement is a town of that name
            if (c == G && t.len(b) > 2 && e - b == 1 && !initial && (LOCATIVE.contains(t.w(b - 1)) || t.wordIs(b - 1, "from"))
                    && !t.capitalised(b - 1) && !lex.orgWords.contains(t.lower[b]) && !lex.titles.contains(t.lower[b])
                    && !t.lower[b].endsWith("s") && !t.isApostrophe(e) && !t.isNum(e)) {
                Mention m = new Mention(b, e, ParticipantKind.PLACE, null);
                m.locative = LOCATIVE.contains(t.w(b - 1));
                m.weak = true;
                out.add(m);
                return;
            }
            if (c == G && t.len(b) > 2 && e - b == 1) {
                Mention m = new Mention(b, e, ParticipantKind.ORGANIZATION, null);
                m.weak = true;
                // ("the Challenger disaster": the name a happening is known by)
                m.common = !commonWordActs(t, s, b, e) && (initial || !knownBy(t, b, e));
                out.add(m);
                return;
            }
            if (c != N && c != F) return;
            if (quotedSpeaker(t, b, e) || speaksOfSelf(t, s, b, e) && !personBefore(t, out)) {
                // "Lula told reporters", "Jokowi said he" (after someone named before, "Napoli said he" is about them)
                out.add(new Mention(b, e, ParticipantKind.PERSON, null));
                return;
            }
            if (initial && c != N) {
                // a given name opening a sentence: kept if it names a person the text introduced
                Mention m = new Mention(b, e, ParticipantKind.PERSON, null);
                m.weak = true;
                m.common = true;
                out.add(m);
                return;
            }
            String prev = t.w(b - 1);
            Mention m;
            // ("Harmoko, who", "The speaker of parliament, Harmoko, had called": a role set off before the name)
            if ((appositive(t, e) && t.wordIs(e + 1, "who") || roleBefore(t, s, b, e)) && !camel(t, b) && !t.allCaps(b)) {
                m = new Mention(b, e, ParticipantKind.PERSON, null);
            } else if (knownSurnameActs(t, b, e)) {
                m = new Mention(b, e, ParticipantKind.PERSON, null); // "the Kremlin said Putin would not attend"
            } else if (LOCATIVE.contains(prev) && !t.capitalised(b - 1) || land(t, b, e) || placeHeadAfter(t, e)
                    || accordPlace(t, b, e) || placeLeftFrom(t, b) || townOf(t, b)) {
                m = new Mention(b, e, ParticipantKind.PLACE, null);
                m.locative = LOCATIVE.contains(prev) && !t.capitalised(b - 1) && !prev.equals("of");
            } else {
                m = new Mention(b, e, ParticipantKind.ORGANIZATION, null);
            }
            m.weak = true;
            out.add(m);
            return;
        }
        boolean place = locativeBefore(t, b, e) || placePossessive(t, e) || dashedPlace(t, b, e) || land(t, b, e)
                || placeHeadAfter(t, e) || accordPlace(t, b, e) // "the Noto peninsula", "the Maastricht treaty"
                || GEOGRAPHIC_START.contains(t.w(b)); // "Mount Pelee", "Nevado del Ruiz", "Cape Town"
        // "the merger of Fiat Chrysler Automobiles": inside a sentence, a run of two or more capitalised words with
        // an unknown one among common ones is a name too (not a title-case headline's words)
        boolean inner = !initial && g > 0 && e - b >= 2 && !headline(t, s, s.of[b], hl);
        // "the Golden Globes", "the Academy Awards": capitalised common words after "the" inside a sentence name a
        // thing of their own (an event, a prize, a body)
        // ("the flagship Rainbow Warrior", "the novel The Satanic Verses": a noun of a named thing before it says so)
        boolean called = !initial && e - b >= 2 && namedAfter(t, b) && !headline(t, s, s.of[b], hl);
        boolean named = inner && n == 0 && common == e - b && t.wordIs(b - 1, "the") && !t.capitalised(b - 1) || called;
        if (n >= 1 && (g == 0 || place || inner) || named) {
            Mention m = new Mention(b, e, place ? ParticipantKind.PLACE : ParticipantKind.ORGANIZATION, null);
            m.weak = !called;
            m.locative = place && LOCATIVE.contains(t.w(b - 1));
            m.acting = place && !m.locative;
            out.add(m);
        }
    }

    /** Whether a noun of a named thing stands before the name at b ("the novel The Satanic Verses"). */
    private static boolean namedAfter(Tokens t, int b) {
        int noun = t.wordIs(b - 1, "the") && t.capitalised(b - 1) ? b - 2 : b - 1;
        return t.isWord(noun) && !t.capitalised(noun) && NAMED_AFTER.contains(t.lower[noun]);
    }

    /** "the Challenger disaster", "the Hillsborough tragedy": after "the", a name that a happening is known by. */
    private static boolean knownBy(Tokens t, int b, int e) {
        return t.wordIs(b - 1, "the") && !t.capitalised(b - 1) && t.isWord(e) && !t.capitalised(e)
                && KNOWN_BY.contains(t.lower[e]);
    }

    private static final java.util.Set<String> KNOWN_BY = java.util.Set.of("disaster", "tragedy", "crash",
            "explosion", "accident", "bombing", "massacre", "attack", "attacks", "spill", "sinking", "shooting",
            "eruption", "affair", "scandal");

    /** Nouns of a thing that bears a name of its own, which follows them: "the tanker Exxon Valdez". */
    private static final java.util.Set<String> NAMED_AFTER = java.util.Set.of("ship", "flagship", "vessel", "tanker",
            "ferry", "yacht", "liner", "freighter", "trawler", "carrier", "frigate", "destroyer", "cruiser",
            "submarine", "schooner", "warship", "spacecraft", "probe", "rover", "shuttle", "satellite", "telescope",
            "novel", "film", "album", "opera", "newspaper", "magazine", "operation", "hurricane", "typhoon", "cyclone");

    /** "Karakalpakstan", "Waziristan": one word ending in "-stan" (land) names a place. */
    private static boolean land(Tokens t, int b, int e) {
        return e - b == 1 && t.lower[b].length() >= 7 && t.lower[b].endsWith("stan");
    }

    private void classifyRest(Tokens t, Sentences s, int b, int e, List<Mention> out, byte[] hl) {
        int k = b;
        while (k < e && !t.capitalised(k)) k++;
        if (k < e) analyse(t, s, k, e, out, hl);
    }
}
