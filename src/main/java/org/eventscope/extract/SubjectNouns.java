package org.eventscope.extract;

import java.util.Set;

/**
 * The nouns by which a clause's subject stands for a name told elsewhere ({@link Subjects}): descriptions of
 * organisations and people, groups acting for a country or a body, and happenings referred back to. General word
 * lists, lower case.
 */
final class SubjectNouns {
    private SubjectNouns() {
    }

    /** "the company", "the airline": an organisation named before. */
    static final Set<String> ORG_NOUNS = Set.of("company", "firm", "airline", "carrier", "manufacturer", "maker",
            "planemaker", "automaker", "carmaker", "group", "bank", "retailer", "giant", "corporation", "conglomerate",
            "government", "ministry", "court", "team", "club", "party", "insurer", "lender", "operator", "producer",
            "developer", "startup", "utility", "regulator", "agency", "union", "alliance", "organisation",
            "organization", "band", "label", "studio", "publisher", "broadcaster", "network", "side");
    /** "the minister", "the coach": a person titled so before. */
    static final Set<String> PERSON_NOUNS = Set.of("president", "minister", "ceo", "chairman", "chairwoman",
            "chief", "spokesman", "spokeswoman", "spokesperson", "leader", "founder", "executive", "premier",
            "governor", "mayor", "senator", "official", "director", "secretary", "ambassador", "envoy", "coach",
            "captain", "judge", "prosecutor", "king", "queen", "prince", "general", "commander", "player", "singer");
    /** "Russian paratroopers", "Kenyan farmers": people who act for the country before them. */
    static final Set<String> ACTING = Set.of("paratroopers", "marines", "commandos", "peacekeepers",
            "warships", "investigators", "negotiators", "prosecutors", "lawmakers", "voters", "authorities", "supporters",
            "fans", "protesters", "demonstrators", "students", "workers", "farmers");
    /** Nouns by which "that ..." refers back to a happening just told ("that accident", "this attack"). */
    static final Set<String> TOLD_HAPPENINGS = Set.of("accident", "disaster", "collapse", "crash", "attack",
            "blast", "explosion", "fire", "earthquake", "quake", "storm", "flood", "eruption", "tragedy", "incident",
            "bombing", "shooting", "derailment");
    /** People of a body by their role, in the plural: "EU finance ministers", "Chinese health officials". */
    static final Set<String> ROLE_GROUPS = Set.of("ministers", "lawmakers", "legislators", "negotiators",
            "regulators", "envoys", "judges", "officials", "leaders", "diplomats", "prosecutors", "investigators");
    /** Works and buildings a name owns in "the San Jose copper and gold mine", "the Kakhovka dam": the name acts. */
    static final Set<String> FACILITIES = Set.of("mine", "dam", "plant", "factory", "refinery", "reactor", "bridge",
            "stadium", "airport", "pipeline", "tunnel", "tower", "mall", "hotel", "hospital", "prison", "station",
            "port", "terminal", "smelter", "mill", "shipyard", "works", "complex", "facility", "reservoir", "well",
            "field", "camp", "barracks", "base", "cathedral", "mosque", "church", "temple", "museum", "market", "canal");
}
