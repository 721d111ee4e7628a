package org.eventscope.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What two reports' participants have in common, which decides whether they may tell one happening: how many are
 * the same, how many one only names in its sentence, whether their places or organisations conflict, whether each
 * names a person the other does not, whether some person is shared and no other person named on either side, and
 * whether an organisation is shared, and whether the only conflict is between places of one country.
 */
record MergeOverlap(int shared, int mentioned, boolean conflict, boolean peopleDiffer, boolean sameNames,
                    boolean sharedOrg, boolean oneCountry, boolean placesOnly, int sharedPeople) {

    /**
     * Participants shared (by key: {@code Sergei Lavrov} = {@code Lavrov}, a city = its country), participants one
     * report only names in its sentence ("Egypt's Red Sea resort" for a report with {@code Egypt}), and whether the
     * reports conflict: each has a participant of one type (place, organisation, other name) that the other
     * neither has nor names ({@code Putin} with {@code Xi Jinping} and {@code Putin} with {@code Narendra Modi};
     * bombings in two towns of one country).
     */
    static MergeOverlap of(MergeReport a, MergeReport b) {
        int shared = 0;
        int sharedNames = 0;
        int sharedPeople = 0;
        boolean sharedOrg = false;
        int mentioned = 0;
        int only = 0;
        List<String> places = new ArrayList<>(2);
        List<String> cities = new ArrayList<>(2);
        boolean otherNames = false;
        for (MergeReport.Part p : a.parts) {
            if (p.type() == MergeReport.Type.NAME && !b.has(p)) otherNames = true;
            if (b.has(p)) {
                shared++;
                if (p.type() != MergeReport.Type.PLACE) sharedNames++;
                if (p.type() == MergeReport.Type.NAME) sharedPeople++;
                sharedOrg |= p.type() == MergeReport.Type.ORG;
                if (cityOnlyByCountry(p, b)) cities.add(p.country());
            } else if (b.names(p)) {
                mentioned++;
            } else if (!a.guessed(p)) {
                only |= 1 << p.type().ordinal();
                if (p.type() == MergeReport.Type.PLACE) places.add(p.country());
            }
        }
        boolean conflict = false;
        boolean abroad = false;
        boolean peopleDiffer = false;
        boolean placesOnly = true;
        for (MergeReport.Part p : b.parts) {
            boolean has = a.has(p);
            if (p.type() == MergeReport.Type.NAME && !has) otherNames = true;
            if (!has && a.names(p)) {
                mentioned++;
                continue;
            }
            boolean place = p.type() == MergeReport.Type.PLACE;
            boolean city = place && !p.country().equals(p.key()) && (!has || cityOnlyByCountry(p, a));
            boolean clash = !has && (only & 1 << p.type().ordinal()) != 0 || city && cities.contains(p.country());
            if (!clash || b.guessed(p)) continue;
            // two places of one country may be a city and its region (San Francisco, California): they conflict
            // only when no two people or organisations are shared
            boolean c = !place || sharedNames < 2 || !has && places.stream().anyMatch(x -> !x.equals(p.country()));
            if (c && p.type() == MergeReport.Type.NAME) peopleDiffer = true;
            else conflict |= c;
            placesOnly &= !c || place;
            abroad |= c && (!place || places.stream().anyMatch(x -> !x.equals(p.country())));
        }
        return new MergeOverlap(shared, mentioned, conflict, peopleDiffer, sharedNames > 0 && !otherNames, sharedOrg,
                conflict && !abroad, placesOnly, sharedPeople);
    }

    /** A city the other report matches only through its country (Quetta and Pakistan): it may name another city. */
    private static boolean cityOnlyByCountry(MergeReport.Part p, MergeReport other) {
        return p.type() == MergeReport.Type.PLACE && !p.country().equals(p.key()) && !other.keys.contains(p.key())
                && !other.names(p);
    }

    /**
     * Whether both reports lead with the same named actor and tell it the same way ({@link MergeReport#ways}:
     * "Gustavo Petro won the presidency in a runoff against Rodolfo Hernandez" / "Petro was elected with 50.4 per
     * cent"): the happening is that actor's, whoever else one of them names.
     */
    static boolean sameLead(MergeReport it, MergeReport m) {
        if (it.parts.isEmpty() || m.parts.isEmpty() || (it.ways & m.ways) == 0) return false;
        MergeReport.Part a = it.parts.get(0);
        MergeReport.Part b = m.parts.get(0);
        if (a.type() == MergeReport.Type.NAME && b.type() == MergeReport.Type.NAME && it.has(b) && m.has(a)) return true;
        // ... or one names that actor alone, whom the other names too ("Zia seized power in a bloodless coup on July
        // 5" / "Bhutto was overthrown by General Zia in July")
        return lone(it) && m.has(a) || lone(m) && it.has(b);
    }

    /** Whether a report's only participant is a person's name. */
    private static boolean lone(MergeReport r) {
        return r.parts.size() == 1 && r.parts.get(0).type() == MergeReport.Type.NAME;
    }
}
