package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.eventscope.extract.Triggers.Hit;

import java.util.Map;
import java.util.Set;

/**
 * Trigger words read by their neighbours: "stepped down", "took office", "the plane went down", "a legal
 * battle", "state media", "the canopy collapsed", "cut ties", "released from prison", "raised the flag".
 */
final class TriggerPhrases {
    /** A word that names no happening where it stands. */
    static final Hit NONE = new Hit(EventKind.OTHER, 0, "", false);

    /** The words of the readings added on 24 November (thirteenth round), each with its forms. */
    private static final Set<String> LEAVE = Set.of("leave", "leaves", "left", "leaving");
    private static final Set<String> SHOOT = Set.of("shot", "shoot", "shoots");
    private static final Set<String> TAKE = Set.of("take", "takes", "took", "taken", "taking");

    /**
     * "before Obama leaves office in January", "left power in 1998": a change of office, as stepping down is; "Nixon
     * left Shanghai yesterday morning for Washington", "left for Tokyo on Monday": a journey (not "left the party",
     * "left 20 people dead": null, no happening of its own).
     */
    private static Hit leaving(Tokens t, int i) {
        if (t.wordIs(i + 1, "office") || t.wordIs(i + 1, "power")) {
            return new Hit(EventKind.APPOINTMENT, 0.8, "leave office", false);
        }
        return leftFor(t, i) ? new Hit(EventKind.OTHER, 0.8, "leave", false) : null;
    }

    /**
     * "shares in Barunson shot up on the Seoul stock exchange", "prices shot up 20 per cent": a rise, not gunfire;
     * null otherwise, the verb's own entry ("gunmen shot up a bar" stays an attack).
     */
    private static Hit shotUp(Tokens t, int i) {
        if (!t.wordIs(i + 1, "up")) return null;
        return !t.isWord(i + 2) || t.isNum(i + 2) || RISE_AFTER.contains(t.w(i + 2))
                ? new Hit(EventKind.ECONOMIC, 0.7, "rise", false) : null;
    }

    /**
     * Whether "left" at i tells a journey: "for" and a name after it ("left for Tokyo"), or a place it leaves, known to
     * the lists or followed within a few words by "for" and a name ("left Shanghai yesterday morning for Washington").
     */
    private static boolean leftFor(Tokens t, int i) {
        if (t.wordIs(i + 1, "for")) return t.isWord(i + 2) && t.capitalised(i + 2);
        int j = i + 1;
        if (!t.isWord(j) || !t.capitalised(j)) return false;
        Lexicon lex = Lexicon.get();
        String one = t.lower[j];
        if (lex.places.containsKey(one) || t.isWord(j + 1) && lex.places.containsKey(one + " " + t.lower[j + 1])) {
            return true;
        }
        for (int k = j + 1; k < j + 8 && k + 1 < t.size && !t.is(k, '.'); k++) {
            if (t.wordIs(k, "for") && t.isWord(k + 1) && t.capitalised(k + 1)) return true;
        }
        return false;
    }

    /**
     * Whether "death" at i is a named person's: "of", perhaps a title, and a person's name after it ("the death of
     * General Franco", "the death of Jawaharlal Nehru"), or a name not of a place before it ("Karimov's death"); not
     * "his death" (a fall to it), "the death toll", "death threats", "the death of democracy".
     */
    private static boolean personsDeath(Tokens t, int i) {
        Lexicon lex = Lexicon.get();
        if (t.wordIs(i + 1, "of")) {
            int j = i + 2;
            boolean titled = t.isWord(j) && lex.titles.contains(t.lower[j]);
            if (titled) j++;
            return t.isWord(j) && t.capitalised(j) && (titled || lex.firstNames.contains(t.lower[j])
                    || !lex.common.contains(t.lower[j])) && !lex.places.containsKey(t.lower[j])
                    && !lex.months.containsKey(t.lower[j]);
        }
        if (t.isWord(i + 1) && NOT_A_DEATH.contains(t.lower[i + 1])) return false;
        return t.isApostrophe(i - 2) && t.wordIs(i - 1, "s") && t.isWord(i - 3) && t.capitalised(i - 3)
                && !lex.places.containsKey(t.lower[i - 3]) && !lex.countryOf.containsKey(t.lower[i - 3]);
    }

    /** Words after "shot up" that tell a rise: "shot up on the exchange", "shot up by 20 per cent", "shot up to". */
    private static final Set<String> RISE_AFTER = Set.of("on", "by", "to", "in", "after", "from", "more", "nearly",
            "almost", "again", "sharply", "overnight");

    /** The lemma of a person's death told by the noun. */
    private static final String DEATH = "death";

    /** Whether the hit at k is "the death of" someone: that person's happening alone, no one else's. */
    static boolean deathOf(Tokens t, int k, Hit h) {
        return DEATH.equals(h.lemma()) && t.wordIs(k + 1, "of");
    }

    /** Words after "death" that make it no one's death: "death toll", "death penalty", "death threats". */
    private static final Set<String> NOT_A_DEATH = Set.of("toll", "tolls", "penalty", "sentence", "sentences", "threat",
            "threats", "squad", "squads", "row", "rate", "rates", "certificate", "camp", "camps", "knell", "march");

    /** Those a person gives themselves up to: "surrendered to police". */
    private static final Set<String> JUSTICE = Set.of("police", "authorities", "prosecutors", "investigators", "court",
            "detectives", "officers", "fbi", "interpol");

    /** The words of the readings added on 23 November, each with its forms. */
    private static final Set<String> MORE = Set.of("collapse", "collapses", "collapsed", "host", "hosts", "hosted",
            "hosting", "cut", "cuts", "sever", "severs", "severed", "break", "breaks", "broke", "release", "releases",
            "released", "raise", "raises", "raised", "hoist", "hoists", "hoisted", "withdraw", "withdraws", "withdrew",
            "withdrawn", "withdrawal", "pulled", "held", "began", "begin", "begins", "started", "start", "starts",
            "return", "returns", "returned", "returning", "take", "takes", "took", "taken", "taking");

    /** Other readings added on 23 November (second round): "walked out", "clinched the title", "handed power to". */
    private static final Set<String> LATER = Set.of("appeal", "appeals", "appealed", "appealing", "swept", "sweeps",
            "sweep", "came", "surged", "motion", "survive", "survives", "survived", "walk", "walks", "walked", "clinch", "clinches", "clinched",
            "retain", "retains", "retained", "hand", "hands", "handed", "gave", "give", "gives", "cave", "caved",
            "crowned", "spewed", "spews", "belched", "belches", "blew", "woke", "woken", "awoke", "awoken", "stirred",
            "return", "returns", "returned", "follow", "follows", "followed", "did", "camped", "camping", "sit");

    /** Verbs of a happening's course, read by what they tell of: "The Games close on 1 August", "the talks resume". */
    private static final Set<String> COURSE = Set.of("close", "closes", "closed", "end", "ends", "ended", "open",
            "opens", "opened", "finish", "finishes", "finished", "resume", "resumes", "resumed");
    /** Verbs of accepting, read by what is accepted: "accepted a world-record offer", "accepted his resignation". */
    private static final Set<String> ACCEPT = Set.of("accept", "accepts", "accepted", "accepting");
    /** What is accepted as an agreement: an offer, a bid, a deal, terms. */
    private static final Set<String> OFFERS = Set.of("offer", "offers", "bid", "bids", "deal", "proposal",
            "proposals", "terms", "plan", "ceasefire", "truce", "settlement", "compromise", "takeover");

    /** Forms of "blast", which with "off" is a launch: "The rocket blasted off from Cape Canaveral". */
    private static final Set<String> BLAST = Set.of("blast", "blasts", "blasted");

    /** Verbs of a match against a named side: "due to play Bulgaria in Leon on Tuesday", "faces Brazil". */
    private static final Set<String> MATCH = Set.of("play", "plays", "played", "face", "faces", "faced");

    /** Verbs of sending, read by what is sent: food and doctors are aid. */
    private static final Set<String> SEND = Set.of("send", "sends", "sent", "sending", "dispatch", "dispatches",
            "dispatched");

    /** What relief sends: "sent food and medicine", "dispatched rescue teams". */
    private static final Set<String> RELIEF = Set.of("aid", "food", "supplies", "medicine", "medicines", "doctors",
            "rescuers", "relief", "tents", "blankets");

    /** Verbs of coming before an audience: "appeared on state television", "went on national radio". */
    private static final Set<String> ON_AIR = Set.of("appear", "appears", "appeared", "went", "goes", "go");

    /** What a leader appears on to address the country. */
    private static final Set<String> AIRWAVES = Set.of("television", "tv", "radio", "screen", "air");

    private TriggerPhrases() {
    }

    private static Set<String> phrasal(String... words) {
        Set<String> all = new java.util.HashSet<>(Set.of(words));
        all.addAll(MORE);
        all.addAll(ObjectReadings.BY_OBJECT);
        all.addAll(ObjectReadings.CHANGE);
        all.addAll(ObjectReadings.ADJUST);
        all.addAll(LATER);
        all.addAll(COURSE);
        all.addAll(MATCH);
        all.addAll(ACCEPT);
        all.addAll(SEND);
        all.addAll(ON_AIR);
        all.add("draw");
        all.add("since");
        all.add("broadcast");
        all.add("broadcasts");
        all.add("than");
        all.add("draws");
        all.addAll(BLAST);
        return Set.copyOf(all);
    }

    /** Words whose reading depends on their neighbours: checked only for these, one set lookup per token. */
    static final Set<String> PHRASAL = phrasal("conference", "case", "step", "steps", "strike", "strikes", "orders", "polls",
            "order", "ordered", "ordering", "shot", "shoot", "shoots", "death", "deaths", "leave", "leaves", "left",
            "leaving", "surrender", "surrenders", "surrendered", "surrendering", "admitted", "readmitted",
            "stepped", "stepping", "take", "takes", "took", "taken", "taking", "hand", "hands", "handed", "handing",
            "turn", "turns", "turned", "turning", "protest", "landslide", "ruling", "vote", "fire", "fires", "battle",
            "battles", "fight", "fights", "call", "calls", "called", "went", "go", "goes", "gone", "state",
            "launch", "launches", "launched", "rocket", "rockets", "suspend", "suspends", "suspended", "halt", "halts",
            "halted", "pause", "pauses", "paused", "murder", "murders", "manslaughter", "rape", "fraud", "corruption",
            "promise", "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows", "vowed", "voted",
            "slammed", "slams", "smashed", "smashes", "ploughed", "plowed", "paid", "pays", "rule", "rules", "gas", "fired", "passed", "served",
            "welcome", "welcomes", "welcomed", "welcoming", "probe", "probes", "burn", "destroyed", "destroys", "damaged",
            "damages", "killed", "kills", "killing", "flattened", "razed", "ravaged", "devastated", "wrecked", "pounded",
            "struck", "hit", "hits", "round", "named", "attempt", "erupted", "erupts", "erupt", "dock", "docks", "docked",
            "docking", "attack", "attacks", "ran", "run", "runs", "urge", "urges", "urged", "urging", "ask", "asks",
            "asked", "pressed", "trial", "trials", "leak", "leaks", "leaked", "spill", "spills");

    /** Verbs of asking someone to act: "urged the president on Monday to resign", "called on Israel to withdraw". */
    private static final Map<String, String> ASKING = Map.ofEntries(Map.entry("urge", "urge"),
            Map.entry("urges", "urge"), Map.entry("urged", "urge"), Map.entry("urging", "urge"),
            Map.entry("ask", "ask"), Map.entry("asks", "ask"), Map.entry("asked", "ask"),
            Map.entry("pressed", "press"), Map.entry("call", "call"),
            Map.entry("calls", "call"), Map.entry("called", "call"), Map.entry("demand", "demand"),
            Map.entry("demands", "demand"), Map.entry("demanded", "demand"));

    /**
     * Whether a verb of asking stands before the "to" at j, in its clause and at most eight tokens back ("urged the
     * president on Monday to resign", "called on Monday for the president to step down", "was asked to resign"):
     * what is asked for has not happened, and the asking is the happening.
     */
    static boolean askedBefore(Tokens t, int j) {
        return asker(t, j) >= 0;
    }

    /** The verb of asking before the "to" at j (see {@link #askedBefore}), or -1. */
    private static int asker(Tokens t, int j) {
        for (int q = j - 1; q >= 0 && j - q <= 9; q--) {
            if (t.is(q, ',') || t.is(q, ';') || t.is(q, ':') || t.is(q, '"')) return -1;
            if (t.isWord(q) && !t.capitalised(q) && ASKING.containsKey(t.lower[q])) {
                // ("called it a victory to be proud of", "the so-called"): calling asks only "on" someone or "for"
                return !t.lower[q].startsWith("call") || askingCall(t, q, j) ? q : -1;
            }
        }
        return -1;
    }

    /** Whether a day told from j ("on Friday", "yesterday", "on 12 April") is followed by "for". */
    private static boolean datedFor(Tokens t, int j) {
        Lexicon lex = Lexicon.get();
        int k = t.wordIs(j, "on") ? j + 1 : j;
        int start = k;
        while (k < t.size && k - start < 3 && (t.isNum(k) || t.isWord(k) && (lex.weekdays.containsKey(t.lower[k])
                && t.capitalised(k) || lex.months.containsKey(t.lower[k]) && t.capitalised(k)
                || t.lower[k].equals("yesterday") || t.lower[k].equals("today")))) {
            k++;
        }
        // (not "for the first time")
        return k > start && t.wordIs(k, "for") && !(t.wordIs(k + 1, "the") && t.wordIs(k + 3, "time"));
    }

    /** "called on the president to", "called on Monday for X to", "called for X to": a call that asks. */
    private static boolean askingCall(Tokens t, int q, int j) {
        for (int k = q + 1; k < j; k++) if (t.wordIs(k, "for")) return true;
        return t.wordIs(q + 1, "on") && !t.capitalised(q + 2) || t.wordIs(q + 1, "upon");
    }

    /** The "to" of an infinitive within nine tokens after the verb of asking at i, in its clause, or -1. */
    private static int askingTo(Tokens t, int i) {
        for (int k = i + 1; k < t.size && k - i <= 10; k++) {
            if (t.is(k, ',') || t.is(k, ';') || t.is(k, ':') || t.is(k, '.')) return -1;
            if (t.wordIs(k, "to") && t.isWord(k + 1) && !t.capitalised(k + 1) && !Triggers.DETERMINERS.contains(t.lower[k + 1])
                    && asker(t, k) == i) {
                return k;
            }
        }
        return -1;
    }

    /** Places a person is admitted to as a patient. */
    private static final Set<String> CARE = Set.of("hospital", "clinic", "infirmary", "hospice", "medical", "care",
            "ward", "sanatorium");

    private static final Set<String> GO = Set.of("go", "goes", "went", "going", "gone", "headed", "head", "heads");
    private static final Set<String> BOMBS = Set.of("bomb", "bombs", "explosives", "explosive", "device", "devices",
            "grenade", "grenades", "mine", "landmine", "ied", "shell", "shells", "rocket", "mortar");
    private static final Set<String> VEHICLES = Set.of("plane", "aircraft", "jet", "airliner",
            "helicopter", "ship", "ferry", "boat", "vessel", "flight", "submarine", "airplane", "jetliner");

    /**
     * "The president appeared on state television to announce ...", "went on national radio": an address to the
     * country (a statement), not a court appearance; null when no broadcast follows (the verb's own entry applies).
     */
    private static Hit onAir(Tokens t, int i) {
        if (!t.wordIs(i + 1, "on")) return null;
        for (int j = i + 2; j <= i + 4 && j < t.size && t.isWord(j); j++) {
            if (AIRWAVES.contains(t.lower[j])) {
                return new Hit(EventKind.STATEMENT, 0.7, t.lower[i].startsWith("appear") ? "appear on television"
                        : "go on the air", false, j);
            }
        }
        return null;
    }

    /**
     * "sent food and medicine", "dispatched rescue teams": aid. What is sent stands within four words after the
     * verb (past a number, an adjective); null otherwise (the verb's own entry applies). (Troops sent stay of
     * undecided kind: told as force, a deployment would join the same day's attack or riot it answers.)
     */
    private static Hit sent(Tokens t, int i) {
        for (int j = i + 1; j <= i + 4 && j < t.size && (t.isWord(j) || t.isNum(j)); j++) {
            if (RELIEF.contains(t.w(j)) || t.wordIs(j, "rescue") && t.wordIs(j + 1, "teams")) {
                return new Hit(EventKind.AID, 0.8, "send", false, j);
            }
            if (t.wordIs(j, "to") || t.wordIs(j, "a") && t.wordIs(j + 1, "letter")) return null;
        }
        return null;
    }

    /**
     * The reading of a word in {@link #PHRASAL} in its context: a hit, {@link #NONE} when it names no happening
     * there, or null when its own entry applies.
     */
    static Hit reading(Tokens t, int i, String w) {
        if (LEAVE.contains(w)) return leaving(t, i);
        if (SHOOT.contains(w)) return shotUp(t, i);
        if (w.equals("death") || w.equals("deaths")) {
            return personsDeath(t, i) ? new Hit(EventKind.OTHER, 0.8, DEATH, true) : null;
        }
        // "the ship ran aground", "a tanker went aground": a grounding at sea
        if (t.wordIs(i + 1, "aground")) return new Hit(EventKind.DISASTER, 0.9, GO.contains(w) ? "go aground" : "run aground", false);
        // "the mountain gave way in the small hours", "the dam gave way": a collapse ("gave way to" is a change)
        if (w.startsWith("gave") || w.startsWith("give")) {
            if (t.wordIs(i + 1, "way") && !t.wordIs(i + 2, "to")) return new Hit(EventKind.DISASTER, 0.85, "give way", false);
        }
        if (ObjectReadings.BY_OBJECT.contains(w)) return ObjectReadings.byObject(t, i, w);
        if (SEND.contains(w)) return sent(t, i);
        if (ON_AIR.contains(w)) {
            Hit a = onAir(t, i);
            if (a != null) return a;
        }
        if (COURSE.contains(w)) return course(t, i);
        if (MATCH.contains(w)) return match(t, i, w);
        if (ACCEPT.contains(w)) return accepted(t, i);
        if (w.equals("since") || w.equals("than")) return compared(t, i, w);
        // "Radio Moscow broadcast Khrushchev's acceptance", "was broadcast by Radio Moscow", "Kennedy's broadcast":
        // a statement by a named speaker; not "a brief ceremony broadcast live", which only says how it was seen
        if (w.startsWith("broadcast")) {
            String p = t.w(i - 1);
            if (p.equals("s") && t.isApostrophe(i - 2)) return new Hit(EventKind.STATEMENT, 0.7, "broadcast", true);
            boolean speaker = t.isWord(i - 1) && t.capitalised(i - 1) || SPEAKERS.contains(p)
                    || (p.equals("was") || p.equals("were")) && t.wordIs(i + 1, "by");
            // ("told the troops in an order of the day broadcast this morning": what was said, broadcast)
            for (int j = i - 1; j >= 0 && i - j <= 4 && t.isWord(j) && !speaker; j--) speaker = SPOKEN.contains(t.lower[j]);
            return speaker ? null : NONE;
        }
        // "The rocket blasted off from Cape Canaveral on Saturday": a launch, not a blast
        if (BLAST.contains(w) && t.wordIs(i + 1, "off")) return new Hit(EventKind.OTHER, 0.85, "blast off", false);
        // "had to settle for a 1-1 draw at Old Trafford", "a goalless draw": a match drawn
        if (w.equals("draw") || w.equals("draws")) {
            boolean score = t.isNum(i - 1) && t.isDash(i - 2) && t.isNum(i - 3) || t.wordIs(i - 1, "goalless")
                    || t.wordIs(i - 1, "scoreless");
            return score ? new Hit(EventKind.OTHER, 0.85, "draw", true) : null;
        }
        if (ObjectReadings.CHANGE.contains(w)) return ObjectReadings.change(t, i, w);
        if (ObjectReadings.ADJUST.contains(w)) {
            Hit c = ObjectReadings.adjusted(t, i);
            if (c != null) return c;
        }
        if (LATER.contains(w)) {
            Hit c = later(t, i, w);
            if (c != null) return c;
        }
        if (MORE.contains(w)) {
            Hit c = more(t, i, w);
            if (c != null) return c;
        }
        // "state media", "the state governor": a noun; "to state", "will state that": the verb
        if (w.equals("state")) {
            String p = t.w(i - 1);
            boolean verb = t.wordIs(i + 1, "that") || p.equals("to") || p.equals("will") || p.equals("would")
                    || p.equals("they") || p.equals("we") || p.equals("i");
            return verb ? null : NONE;
        }
        // "the plane went down in Lake Victoria", "a ferry that went down": a crash or a sinking
        if (w.startsWith("g") || w.equals("went")) {
            // "explosives packed in a motorcycle went off", "a bomb went off": an explosion
            if (t.wordIs(i + 1, "off")) {
                for (int j = i - 1; j >= 0 && j >= i - 6 && !t.is(j, '.') && !t.is(j, ','); j--) {
                    if (BOMBS.contains(t.w(j))) return new Hit(EventKind.MILITARY, 0.9, "explode", false);
                }
                return null;
            }
            // "last year's prize went to Jon Fosse": an honour given
            if (w.equals("went") && t.wordIs(i + 1, "to")) {
                for (int j = i - 1; j >= 0 && j >= i - 4 && (t.isWord(j) || t.isApostrophe(j)); j--) {
                    if (Triggers.PRIZES.contains(t.w(j))) return new Hit(EventKind.RECOGNITION, 0.85, "go", false);
                }
            }
            // "the Oscars can go ahead on Feb. 24", "the vote went ahead": the happening takes place
            if (t.wordIs(i + 1, "ahead") && !t.wordIs(i + 2, "with")) {
                EventKind k = occasion(t, i);
                if (k != null) return new Hit(k, 0.8, "go ahead", false);
            }
            if (!t.wordIs(i + 1, "down")) return null;
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                if (VEHICLES.contains(t.w(j))) return new Hit(EventKind.DISASTER, 0.9, "go down", false);
                if (!t.wordIs(j, "that") && !t.wordIs(j, "which") && !t.wordIs(j, "had") && !t.wordIs(j, "has")) break;
            }
            return null;
        }
        // "the gas leak at the Union Carbide plant", "an oil spill", "toxic gas leaked from a tank": a substance
        // escaping is a disaster (a leak of documents is none)
        if (w.startsWith("leak") || w.startsWith("spill")) {
            boolean noun = !w.endsWith("ed");
            for (int j = i - 1; j >= 0 && i - j <= 2; j--) {
                if (SUBSTANCES.contains(t.w(j))) {
                    return new Hit(EventKind.DISASTER, 0.9, noun ? w : w.startsWith("leak") ? "leak" : "spill", noun);
                }
            }
            return NONE;
        }
        if (w.equals("conference") && (t.wordIs(i - 1, "press") || t.wordIs(i - 1, "news"))) {
            return new Hit(EventKind.STATEMENT, 0.7, "press conference", true);
        }
        if (w.equals("case") && t.wordIs(i - 1, "court")) return new Hit(EventKind.LEGAL, 0.85, "court case", true);
        // phrasal verbs of office: "stepped down", "took the oath (of office)", "took office", "was sworn in" (swear)
        if (w.startsWith("step") && (w.equals("step") || w.equals("steps") || w.equals("stepped") || w.equals("stepping"))
                && t.wordIs(i + 1, "down")) {
            return new Hit(EventKind.APPOINTMENT, 0.85, "step down", false);
        }
        // "took to the streets": a protest
        if (TAKE.contains(w) && t.wordIs(i + 1, "to") && t.wordIs(i + 2, "the")
                && (t.wordIs(i + 3, "streets") || t.wordIs(i + 3, "street"))) {
            return new Hit(EventKind.PROTEST, 0.9, "take to the streets", false);
        }
        if (TAKE.contains(w) && (t.wordIs(i + 1, "office") || t.wordIs(i + 1, "oath")
                || OATH_DET.contains(t.w(i + 1)) && (t.wordIs(i + 2, "oath") || t.wordIs(i + 2, "oaths")))) {
            return new Hit(EventKind.APPOINTMENT, 0.85, "take office", false);
        }
        // "handed himself over to police", "turned herself in": a surrender to justice
        if ((w.startsWith("hand") || w.startsWith("turn")) && REFLEXIVE.contains(t.w(i + 1))
                && (t.wordIs(i + 2, "over") || t.wordIs(i + 2, "in"))) {
            return new Hit(EventKind.LEGAL, 0.85, "surrender", false);
        }
        // "surrendered to police", "gave himself up to the authorities": a person's surrender to justice, not a side's
        if (w.startsWith("surrender") && t.wordIs(i + 1, "to")
                && (JUSTICE.contains(t.w(i + 2)) || t.wordIs(i + 2, "the") && JUSTICE.contains(t.w(i + 3)))) {
            return new Hit(EventKind.LEGAL, 0.85, "surrender", false);
        }
        // "voters go to the polls on 18 May": an election
        if (w.equals("polls") && t.wordIs(i - 1, "the") && t.wordIs(i - 2, "to") && GO.contains(t.w(i - 3))) {
            return new Hit(EventKind.APPOINTMENT, 0.85, "vote", false);
        }
        if (w.equals("protest") && t.wordIs(i - 1, "in")) return NONE; // "quit in protest": a manner, not a rally
        // "artillery and drone strikes on positions", "air strikes": an attack, not a walk-out
        if (w.startsWith("strike")) {
            String x = t.w(i + 2); // "strikes on positions", not "a strike on Tuesday"
            Lexicon lex = Lexicon.get();
            boolean armed = t.wordIs(i + 1, "against") || t.wordIs(i + 1, "on") && !t.isNum(i + 2)
                    && !lex.weekdays.containsKey(x) && !lex.months.containsKey(x) && !WHEN.contains(x);
            for (int j = i - 1; j >= 0 && j >= i - 3 && !armed; j--) armed = ARMED.contains(t.w(j));
            if (armed) return new Hit(EventKind.MILITARY, 0.95, "strike", true);
            // "a general strike", "workers went on strike", "a hunger strike": a walk-out or a protest
            boolean labour = t.wordIs(i - 1, "on") || t.wordIs(i + 1, "by");
            for (int j = i - 1; j >= 0 && j >= i - 3 && !labour; j--) labour = LABOUR.contains(t.w(j));
            return labour ? new Hit(EventKind.PROTEST, 0.85, "strike", true) : null;
        }
        // "on the orders of the speaker", "under orders from": a command, no purchase order
        if (w.startsWith("order") && (t.wordIs(i + 1, "of") || t.wordIs(i + 1, "from"))
                && (t.wordIs(i - 1, "the") && (t.wordIs(i - 2, "on") || t.wordIs(i - 2, "under")) || t.wordIs(i - 1, "under"))) {
            return NONE;
        }
        // "was admitted as the 11th member", "admitted into the bloc": a joining; "admitted to hospital": no
        // happening of its own; "admitted an error of judgement", "admitted that": words (the lexicon's entry)
        if (w.equals("admitted") || w.equals("readmitted")) {
            // "was admitted to the United Nations in 1955", "were readmitted to international rugby in 1992"
            int n = t.wordIs(i + 2, "the") ? i + 3 : i + 2;
            boolean care = false; // "admitted to Groote Schuur Hospital": a patient
            for (int j = n; j < n + 5 && j < t.size && t.isWord(j); j++) care |= CARE.contains(t.lower[j]);
            if ((t.wordIs(i + 1, "to") || t.wordIs(i + 1, "into")) && !care
                    && (t.isWord(n) && t.capitalised(n) || t.wordIs(n, "international"))) {
                return new Hit(EventKind.AGREEMENT, 0.85, "join", false);
            }
            for (int j = i + 1; j <= i + 6 && j < t.size && (t.isWord(j) || t.isNum(j)); j++) {
                if (t.wordIs(j, "member") || t.wordIs(j, "members") || t.wordIs(j, "membership")) {
                    return new Hit(EventKind.AGREEMENT, 0.85, "join", false);
                }
            }
            if ((t.wordIs(i + 1, "to") || t.wordIs(i + 1, "into")) && care) return NONE;
            return null;
        }
        if (w.startsWith("order")) {
            Hit o = order(t, i, w);
            if (o != null) return o;
        }
        if (w.equals("round")) return round(t, i);
        if (w.equals("named")) return named(t, i);
        // "an attempt on her life": an attack
        if (w.equals("attempt") && t.wordIs(i + 1, "on") && t.wordIs(i + 3, "life")) return new Hit(EventKind.MILITARY, 0.9, "attempt", true);
        // "won by a landslide", "a landslide victory", "was elected in a landslide": an idiom, not a disaster
        if (w.equals("landslide") && (t.wordIs(i - 1, "a") && (t.wordIs(i - 2, "by")
                || t.wordIs(i - 2, "in") && ELECTED.contains(t.w(i - 3))) || LANDSLIDE_WIN.contains(t.w(i + 1)))) {
            return NONE;
        }
        // "the ruling party", "the ruling All Progressives Congress": an adjective, not a court's ruling
        if (w.equals("ruling") && (t.capitalised(i + 1) || RULING_ADJ.contains(t.w(i + 1)))) return NONE;
        // "a 5-2 vote" of judges: the tally of a decision, not an election
        if (w.equals("vote") && t.isNum(i - 1) && t.isDash(i - 2)) return new Hit(EventKind.LEGAL, 0.3, "vote", true);
        // "the fire", "forest fires": a blaze, not gunfire ("opened fire", "fired rockets")
        if (w.equals("fire") || w.equals("fires")) {
            Hit f = fire(t, i);
            if (f != null) return f;
        }
        // "a legal battle", "the antitrust fight": a court fight, not a military one
        if ((w.startsWith("battle") || w.startsWith("fight")) && LEGAL_FIGHT.contains(t.w(i - 1))) {
            return new Hit(EventKind.LEGAL, 0.6, "legal battle", true);
        }
        Hit c = TriggerReadings.read(t, i, w);
        if (c != null) return c;
        if (w.startsWith("call") && (t.wordIs(i + 1, "for") || datedFor(t, i + 1))
                && (w.length() == 4 || w.equals("calls") || w.equals("called"))) {
            return new Hit(EventKind.PROTEST, 0.75, "call for", false); // a demand ("called on Friday for a transition")
        }
        // "called it a coup by the regime", "called the verdict a travesty": a judgement said aloud
        if ((w.equals("called") || w.equals("calls")) && !t.wordIs(i - 1, "so") && !PASSIVE_AUX.contains(t.w(i - 1))) {
            int j = t.wordIs(i + 1, "it") || t.wordIs(i + 1, "this") || t.wordIs(i + 1, "them") ? i + 2
                    : t.wordIs(i + 1, "the") && t.isWord(i + 2) && !t.capitalised(i + 2) ? i + 3 : -1;
            if (j > 0 && t.is(j, '"')) j++;
            if (j > 0 && (t.wordIs(j, "a") || t.wordIs(j, "an"))) {
                return new Hit(EventKind.STATEMENT, 0.7, "call", false);
            }
        }
        // "Trump called it off in a letter on May 24", "called off a mass rally": a plan dropped, of the kind of what
        // was planned when it is named
        if ((w.equals("call") || w.equals("calls") || w.equals("called")) && (t.wordIs(i + 1, "off")
                || t.wordIs(i + 2, "off") && (t.wordIs(i + 1, "it") || t.wordIs(i + 1, "them")))) {
            for (int j = i + 2; j <= i + 5 && j < t.size && t.isWord(j); j++) {
                EventKind k = heldOrBegun(t.lower[j]);
                if (k == null) k = OCCASIONS.get(t.lower[j]);
                if (k != null) return new Hit(k, 0.8, "call off", false, j);
            }
            return new Hit(EventKind.OTHER, 0.8, "call off", false);
        }
        // "Saturday's time trial", "the team trial": a race against the clock, no court's trial; "clinical trials":
        // a test of a medicine, no happening of a day
        if (w.startsWith("trial") && (t.wordIs(i - 1, "time") || t.wordIs(i - 1, "team"))) {
            return new Hit(EventKind.OTHER, 0.85, "time trial", true);
        }
        if (w.startsWith("trial") && (t.wordIs(i - 1, "clinical") || t.wordIs(i - 1, "drug"))) return NONE;
        // "urged the president on Monday to resign", "called on Israel to withdraw": asking is told (an appeal is a
        // statement, a call or a demand a protest's demand); the rest of these verbs name no happening alone
        String asking = ASKING.get(w);
        if (asking != null && !t.wordIs(i - 1, "the") && askingTo(t, i) >= 0) {
            boolean demand = asking.equals("call") || asking.equals("demand") || asking.equals("press");
            return new Hit(demand ? EventKind.PROTEST : EventKind.STATEMENT, 0.75, asking, false);
        }
        if (asking != null && !asking.equals("call") && !asking.equals("demand")) return NONE;
        return null;
    }

    /**
     * "the fire", "forest fires", "fire swept through a nightclub", "caught fire": a blaze; "protesters set fire to
     * the parliament": a protest; "fireworks set fire to the ceiling": an accident; "the fire brigade said": no
     * happening; null for the entry's gunfire ("opened fire", "came under fire").
     */
    private static Hit fire(Tokens t, int i) {
        if (FIRE_SERVICES.contains(t.w(i + 1))) return NONE; // "the fire brigade said"
        boolean set = t.wordIs(i - 1, "set") || t.wordIs(i - 1, "sets") || t.wordIs(i - 1, "setting");
        for (int j = i - 2; j >= 0 && j >= i - 4 && !set && t.wordIs(i - 1, "on"); j--) set = t.w(j).startsWith("set");
        if (set) {
            // who set it: a crowd protests, a spark or a firework starts an accident
            for (int j = i - 2; j >= 0 && j >= i - 16 && !t.is(j, '.') && !t.is(j, ';'); j--) {
                if (CROWD.contains(t.w(j))) return new Hit(EventKind.PROTEST, 0.85, "set fire", false);
                if (IGNITERS.contains(t.w(j))) return new Hit(EventKind.DISASTER, 0.9, "fire", true);
            }
            return null;
        }
        if (t.wordIs(i - 1, "caught") || t.wordIs(i - 1, "catches") || t.wordIs(i - 1, "catching")
                || Triggers.DETERMINERS.contains(t.w(i - 1)) || FIRE_MODIFIERS.contains(t.w(i - 1))
                || FIRE_SPREAD.contains(t.w(i + 1)) || t.wordIs(i + 1, "broke") && t.wordIs(i + 2, "out")) {
            return new Hit(EventKind.DISASTER, 0.9, "fire", true);
        }
        return null;
    }

    /**
     * "won a $15bn order for 100 jets", "ordered 50 aircraft": a purchase; "an executive order", "a court order":
     * a legal act; "Kenyatta ordered seven days of mourning", "Walz ordered the full mobilisation of the Guard":
     * a directive, weaker than the happening it orders (which then gives the kind); NONE for any other order.
     */
    private static Hit order(Tokens t, int i, String w) {
        if (!w.equals("order") && !w.equals("orders") && !w.equals("ordered") && !w.equals("ordering")) return null;
        for (int j = i + 1; j <= i + 3 && j < t.size; j++) {
            if (t.isNum(j) && GOODS.contains(t.w(j + 1))) return new Hit(EventKind.ECONOMIC, 0.8, "order", false);
        }
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) { // "won a $15bn order", "a 2 billion euro order"
            if (t.is(j, '$') || t.is(j, '\u20AC') || t.is(j, '\u00A3') || MONEY.contains(t.w(j))) {
                return new Hit(EventKind.ECONOMIC, 0.8, "order", true);
            }
        }
        boolean noun = Triggers.DETERMINERS.contains(t.w(i - 1)) || t.isNum(i - 1) || t.isApostrophe(i - 1)
                || ORDER_ADJ.contains(t.w(i - 1)) || t.w(i - 1).equals("s") && t.isApostrophe(i - 2);
        if (noun || w.equals("order")) {
            if (t.wordIs(i + 1, "for") || t.wordIs(i + 1, "book") || t.wordIs(i + 1, "books") || t.isNum(i - 1)) {
                return new Hit(EventKind.ECONOMIC, 0.8, "order", true);
            }
            if (LEGAL_ORDERS.contains(t.w(i - 1))) return new Hit(EventKind.LEGAL, 0.7, "order", true);
            return noun || !t.capitalised(i - 1) && !ORDERERS.contains(t.w(i - 1)) ? NONE
                    : new Hit(EventKind.STATEMENT, 0.6, "order", false);
        }
        return new Hit(EventKind.STATEMENT, 0.6, "order", false);
    }

    private static final Set<String> MONEY = Set.of("bn", "billion", "million", "mn", "m", "dollar", "euro",
            "pound", "yen", "yuan", "rupee");
    private static final Set<String> GOODS = Set.of("aircraft", "jets", "planes", "airliners", "ships", "vessels",
            "tanks", "trains", "locomotives", "units", "vehicles", "cars", "buses", "helicopters", "engines", "doses",
            "turbines", "satellites", "submarines", "frigates", "fighters", "trucks");
    private static final Set<String> ORDER_ADJ = Set.of("new", "big", "large", "firm", "huge", "record", "major",
            "initial", "executive", "court", "restraining", "gag", "protection", "emergency", "presidential", "law",
            "public", "world", "international", "social", "political", "economic", "batting", "chronological");
    private static final Set<String> LEGAL_ORDERS = Set.of("executive", "court", "restraining", "gag", "protection",
            "presidential", "emergency");
    /** Words before a bare "order" that make it the verb of a subject: "he orders", "the governor orders". */
    private static final Set<String> ORDERERS = Set.of("he", "she", "they", "it", "who", "also", "then", "had", "has",
            "have", "later", "government", "president", "minister", "governor", "court", "judge", "police");

    /**
     * "the first round on 28 January", "the second round of the presidential election": a ballot; "the first round
     * of the tournament": a contest; NONE for any other round ("a round of talks" is told by its talks).
     */
    private static Hit round(Tokens t, int i) {
        if (!ROUND_ORDER.contains(t.w(i - 1))) return NONE;
        for (int j = i - 25; j < i + 12 && j < t.size; j++) {
            if (j >= 0 && j != i && t.isWord(j) && BALLOT.contains(t.lower[j])) return new Hit(EventKind.APPOINTMENT, 0.85, "round", true);
        }
        for (int j = i + 1; j < t.size && j <= i + 6 && t.isWord(j); j++) {
            if (Triggers.CONTESTS.contains(t.lower[j]) || t.wordIs(j, "tournament")) return new Hit(EventKind.OTHER, 0.8, "round", true);
        }
        return NONE;
    }

    private static final Set<String> ROUND_ORDER = Set.of("first", "second", "third", "final", "opening", "decisive");
    /** Words of a ballot near a round: it is an election's. */
    private static final Set<String> BALLOT = Set.of("election", "elections", "vote", "votes", "voters", "ballot",
            "presidential", "runoff", "run-off", "polls", "candidate", "candidates", "electoral", "turnout");

    /**
     * "Matthias Müller was named chief executive", "named him as coach": an appointment; "a man named Ali", "police
     * named the ship": no appointment (null: the entry applies).
     */
    private static Hit named(Tokens t, int i) {
        int j = i + 1;
        if (t.wordIs(j, "as")) j++;
        else if (t.isWord(j) && PERSONAL.contains(t.lower[j])) j += t.wordIs(j + 1, "as") ? 2 : 1;
        if (t.wordIs(j, "the") || t.wordIs(j, "its") || t.wordIs(j, "their") || t.wordIs(j, "a") || t.wordIs(j, "new")) j++;
        if (t.wordIs(j, "new") || t.wordIs(j, "interim") || t.wordIs(j, "acting")) j++;
        for (int q = j; q < t.size && q <= j + 2 && t.isWord(q); q++) {
            if (t.in(q, Lexicon.get().titleWords) || ROLES.contains(t.lower[q])) return new Hit(EventKind.APPOINTMENT, 0.85, "name", false);
        }
        return null;
    }

    private static final Set<String> PERSONAL = Set.of("him", "her", "them");
    private static final Set<String> ROLES = Set.of("coach", "manager", "captain", "chairman", "chairwoman", "chair",
            "ceo", "executive", "director", "head", "successor", "chief", "editor", "ambassador", "envoy", "governor");

    /** After "fire": the service that fights it, no happening. */
    private static final Set<String> FIRE_SERVICES = Set.of("brigade", "brigades", "service", "services",
            "department", "departments", "crews", "crew", "chief", "station", "engines", "engine", "trucks", "truck",
            "fighters", "officials", "officers", "authorities", "safety", "alarm", "alarms", "exit", "exits");
    /** Verbs of a blaze spreading: "fire swept through", "fire tore through", "fire started at 2 a.m.". */
    private static final Set<String> FIRE_SPREAD = Set.of("swept", "sweeps", "spread", "spreads", "tore", "tears",
            "ripped", "rips", "raged", "rages", "engulfed", "engulfs", "gutted", "guts", "started", "starts", "razed",
            "destroyed", "destroys", "killed", "kills", "burned", "burns", "burnt", "erupted");
    /** Who sets a fire in a protest. */
    private static final Set<String> CROWD = Set.of("protesters", "protestors", "demonstrators", "rioters", "crowd",
            "crowds", "mob", "mobs", "marchers", "looters", "youths", "supporters", "students");
    /** What sets a fire by accident. */
    private static final Set<String> IGNITERS = Set.of("fireworks", "pyrotechnic", "pyrotechnics", "sparks", "spark",
            "flares", "flare", "candle", "candles", "cigarette", "lightning", "circuit", "heater", "stove", "gas",
            "leak", "explosion", "devices");

    /** Verbs of winning a vote, before "in a landslide". */
    private static final Set<String> ELECTED = Set.of("elected", "re-elected", "reelected", "won", "wins", "win",
            "returned", "swept");

    /** What leaks or spills in a disaster: "a gas leak", "an oil spill", "radioactive water leaked". */
    private static final Set<String> SUBSTANCES = Set.of("gas", "oil", "chemical", "chemicals", "toxic", "radiation",
            "radioactive", "methane", "ammonia", "chlorine", "fuel", "diesel", "crude", "petrol", "nuclear", "acid",
            "sewage", "cyanide", "mercury", "fumes", "pesticide", "isocyanate");

    /** Words that make strikes armed ones. */
    private static final Set<String> ARMED = Set.of("air", "drone", "artillery", "missile", "rocket", "military",
            "aerial", "naval", "precision", "retaliatory", "nuclear", "cruise", "israeli", "russian", "ukrainian",
            "american", "airstrikes", "deadly");
    private static final Set<String> WHEN = Set.of("this", "that", "last", "next");
    /** Words that make a strike a walk-out. */
    private static final Set<String> LABOUR = Set.of("general", "workers", "unions", "union", "teachers", "nationwide",
            "hunger", "labour", "labor", "doctors", "nurses", "miners", "drivers", "staff", "rail", "transport",
            "national", "indefinite", "one-day", "24-hour", "48-hour");
    private static final Set<String> LANDSLIDE_WIN = Set.of("victory", "win", "defeat", "majority",
            "election", "mandate", "margin");
    private static final Set<String> REFLEXIVE = Set.of("himself", "herself", "themselves", "itself");
    private static final Set<String> RULING_ADJ = Set.of("party", "parties", "coalition", "junta",
            "military", "elite", "class", "family", "council", "alliance", "camp", "bloc", "government", "generals");
    private static final Set<String> FIRE_MODIFIERS = Set.of("forest", "bush", "brush", "grass", "nightclub", "club",
            "bar", "restaurant", "apartment", "tower", "mall", "school", "church", "cathedral", "plant", "refinery",
            "mine", "train", "bus", "tunnel", "prison", "shop", "store", "camp", "kitchen", "office", "home", "flat",
            "house", "factory", "building", "warehouse", "hotel", "hospital", "market", "deadly", "massive", "huge",
            "large", "big", "major", "fierce", "devastating", "several", "two", "three", "many");
    private static final Set<String> LEGAL_FIGHT = Set.of("legal", "court", "courtroom",
            "regulatory", "antitrust", "judicial", "custody", "copyright", "patent");

    /** What collapses as a happening of its own when it is a government, a deal or a market, not a building. */
    private static final Set<String> ABSTRACT = Set.of("government", "governments", "coalition", "talks",
            "negotiations", "deal", "ceasefire", "truce", "currency", "economy", "stock", "index", "bank", "banks",
            "company", "firm", "regime", "bid", "case", "trial", "prices", "shares", "stocks", "support", "party",
            "alliance", "empire", "union", "plan", "project", "team", "defence", "defense", "morale", "demand");
    /** What one withdraws from that makes no military move: a court, a treaty, a race. */
    private static final Set<String> INSTITUTIONS = Set.of("court", "treaty", "agreement", "accord", "deal", "pact",
            "race", "election", "union", "organisation", "organization", "tournament", "competition", "bid",
            "convention", "protocol", "statute", "alliance", "contest", "candidacy", "talks", "negotiations", "bill",
            "bills", "law", "proposal", "plan", "plans", "reform", "nomination", "budget", "tax", "decree");
    private static final Set<String> TROOPS = Set.of("troops", "soldiers", "forces", "army", "military", "units",
            "brigade", "brigades", "battalion", "battalions", "tanks");
    private static final Set<String> CAPTIVE = Set.of("captive", "hostage", "hostages", "incommunicado",
            "prisoner", "prisoners", "under", "without");
    private static final Set<String> POSSESSIVE = Set.of("his", "her", "their", "custody", "detention", "prison", "jail");
    private static final Set<String> TIES = Set.of("ties", "relations");
    private static final Set<String> CUSTODY = Set.of("prison", "jail", "gaol", "custody", "detention", "captivity",
            "house");

    /** The readings of {@link #MORE}: a hit, or null when the word's own entry applies. */
    private static Hit more(Tokens t, int i, String w) {
        // "took over from co-founder Travis Kalanick", "took over the company", "when he took over": see TriggerReadings
        if (w.startsWith("t")) return TriggerReadings.takeOver(t, i);
        // "the convention began work on July 4", "the new parliament started its work": a body's first sitting
        if (w.startsWith("beg") || w.startsWith("start")) {
            boolean work = t.wordIs(i + 1, "work") || t.wordIs(i + 2, "work") && Triggers.DETERMINERS.contains(t.w(i + 1));
            if (work) return new Hit(EventKind.MEETING, 0.8, "begin work", false);
            // "when the tournament starts Monday", "the trial began on Tuesday", "The Australian Open begins this
            // morning", "shares will start trading on Tuesday": the happening that begins
            String p = t.w(i - 1);
            EventKind begins = heldOrBegun(p);
            if (begins == null && contest(p)) begins = EventKind.OTHER;
            if (begins == null && t.wordIs(i + 1, "trading") && MARKETS.contains(t.w(beforeAux(t, i)))) {
                begins = EventKind.ECONOMIC;
            }
            return begins != null ? new Hit(begins, 0.8, "begin", false) : null;
        }
        // "returned to Bangkok after 15 years in exile": a homecoming (not "returned to power", "to normal")
        if (w.startsWith("return")) {
            return t.wordIs(i + 1, "to") && t.capitalised(i + 2) ? new Hit(EventKind.VISIT, 0.8, "return", false) : null;
        }
        // "has been held in his residence since", "was held hostage": a detention, told weakly (a state)
        if (w.equals("held")) {
            String p = t.w(i - 1);
            // "the presidential election held the same day", "the final was held in Doha": what is held
            EventKind held = HELD.get(Tense.BE.contains(p) ? t.w(i - 2) : p);
            if (held != null) return new Hit(held, 0.85, "hold", false);
            if (!p.equals("been") && !p.equals("was") && !p.equals("were") && !p.equals("is") && !p.equals("being")) return null;
            boolean detained = CAPTIVE.contains(t.w(i + 1)) || t.wordIs(i + 1, "in") && POSSESSIVE.contains(t.w(i + 2));
            return detained ? new Hit(EventKind.LEGAL, 0.6, "detain", false) : null;
        }
        // "the concrete canopy collapsed" is an accident; "talks collapsed", "the collapse of the government" not
        if (w.startsWith("collapse")) {
            Hit other = new Hit(EventKind.OTHER, 0.8, "collapse", w.equals("collapse"));
            for (int j = i - 1; j >= 0 && j >= i - 8 && (t.isWord(j) || t.isNum(j)); j--) {
                if (ABSTRACT.contains(t.w(j))) return other; // "talks between the two parties collapsed"
            }
            for (int j = i + 1; j <= i + 3 && j < t.size; j++) if (ABSTRACT.contains(t.w(j))) return other;
            return null;
        }
        // "Saudi Arabia will host the 2034 World Cup", "as host of the tournament": a contest, not a meeting
        if (w.startsWith("host")) {
            for (int j = i + 1; j <= i + 6 && j < t.size; j++) {
                if (!t.isWord(j) && !t.isNum(j) && !t.is(j, '-')) break;
                if (Triggers.CONTESTS.contains(t.w(j)) || t.wordIs(j, "olympics") || t.wordIs(j, "games")) {
                    return new Hit(EventKind.OTHER, 0.85, "host", w.equals("host"));
                }
            }
            return null;
        }
        // "cut ties with Qatar", "severed diplomatic relations": a break of relations (CAMEO 16)
        if (w.startsWith("cut") || w.startsWith("sever") || w.startsWith("br")) {
            for (int j = i + 1; j <= i + 5 && j < t.size && t.isWord(j); j++) {
                if (TIES.contains(t.w(j))) return new Hit(EventKind.THREAT, 0.9, "cut ties", false, j);
            }
            return null;
        }
        // "was released from prison", "released from custody": a release, which is a court's or a state's act
        if (w.startsWith("release")) {
            for (int j = i + 1; j <= i + 6 && j < t.size; j++) {
                if (CUSTODY.contains(t.w(j)) && (t.wordIs(j - 1, "from") || t.wordIs(j - 2, "from"))) {
                    return new Hit(EventKind.LEGAL, 0.85, "release", false);
                }
                if (!t.isWord(j)) break;
            }
            return null;
        }
        // "the flag was raised outside the headquarters", "hoisted the flag": a ceremony
        if (w.startsWith("rais") || w.startsWith("hoist")) {
            for (int j = Math.max(0, i - 4); j <= i + 3 && j < t.size; j++) {
                if (t.wordIs(j, "flag") || t.wordIs(j, "flags")) return new Hit(EventKind.OTHER, 0.8, "raise the flag", false);
            }
            return null;
        }
        // "withdrew from the treaty", "pulled the country out of the court, a withdrawal that took effect":
        // leaving a court, a treaty or a race is no military move unless troops are named
        if (w.startsWith("withdr") || w.equals("pulled") && (t.wordIs(i + 1, "out") || t.wordIs(i + 3, "out"))) {
            boolean institution = false;
            for (int j = Math.max(0, i - 6); j <= i + 6 && j < t.size; j++) {
                if (TROOPS.contains(t.w(j))) return null;
                institution |= INSTITUTIONS.contains(t.w(j));
            }
            return institution ? new Hit(EventKind.OTHER, 0.8, "withdraw", w.equals("withdrawal")) : null;
        }
        return null;
    }

    /** Words between a happening and the verb of its course: "the Games are due to close", "can go ahead". */
    private static final Set<String> COURSE_AUX = Set.of("can", "will", "would", "could", "may", "might", "should",
            "to", "due", "is", "are", "was", "were", "be", "been", "set", "expected", "scheduled", "officially",
            "formally", "finally");
    /** Happenings known by a name of their own whose course a verb tells: "the Olympics close", "the Oscars". */
    private static final Map<String, EventKind> OCCASIONS = Map.of("olympics", EventKind.OTHER, "oscars",
            EventKind.OTHER, "conference", EventKind.MEETING, "congress", EventKind.MEETING, "competition",
            EventKind.OTHER, "cup", EventKind.OTHER, "shutdown", EventKind.OTHER, "session", EventKind.MEETING,
            "negotiations", EventKind.MEETING, "strike", EventKind.PROTEST);
    /** Markets and their figures, whose opening or close is a day's trade: "the Dow closed 102 points higher". */
    private static final Set<String> MARKETS = Set.of("market", "markets", "trading", "shares", "stocks", "index",
            "dow", "nasdaq", "exchange", "bourse", "average", "subscriptions", "subscription", "offering", "auction");

    /**
     * The kind of the happening a verb of its course at i is told of ("The Games close", "the summit is due to
     * end", "the trial resumed"), read from the word before the verb past auxiliaries; null when that word names
     * no happening ("the shop closed", "the road opened").
     */
    private static EventKind occasion(Tokens t, int i) {
        int j = beforeAux(t, i);
        if (!t.isWord(j)) return null;
        String s = t.lower[j];
        EventKind k = heldOrBegun(s);
        if (k == null) k = OCCASIONS.get(s);
        if (k == null && contest(s)) k = EventKind.OTHER;
        return k != null || !MARKETS.contains(s) ? k : EventKind.ECONOMIC;
    }

    /** The word before the verb at i past its auxiliaries ("the Games are due to close": "Games"); -1 at the start. */
    private static int beforeAux(Tokens t, int i) {
        int j = i - 1;
        while (j >= 0 && j > i - 5 && t.isWord(j) && COURSE_AUX.contains(t.lower[j])) j--;
        return j;
    }

    /** The kind of a happening told as held or begun ("the election", "the final", "the trial"), or null. */
    private static EventKind heldOrBegun(String w) {
        EventKind k = HELD.get(w);
        return k != null ? k : BEGINS.get(w);
    }

    /** A contest named by its noun ("the Open", "the final"), not a title won. */
    private static boolean contest(String w) {
        return Triggers.CONTESTS.contains(w) && !w.startsWith("title");
    }

    /** {@link #COURSE}: "The Games close on 1 August", "the talks resumed on Monday"; null otherwise. */
    private static Hit course(Tokens t, int i) {
        EventKind k = occasion(t, i);
        String w = t.lower[i];
        String lemma = w.startsWith("clos") ? "close" : w.startsWith("end") ? "end" : w.startsWith("op") ? "open"
                : w.startsWith("fin") ? "finish" : "resume";
        return k == null ? null : new Hit(k, 0.8, lemma, false);
    }

    /**
     * {@link #MATCH}: a verb of playing or facing with a named side right after it is a match ("is due to play
     * Bulgaria in Leon on Tuesday", "faced Brazil in the final"); null otherwise ("played a key role", "faces
     * charges").
     */
    private static Hit match(Tokens t, int i, String w) {
        if (!t.isWord(i + 1) || !t.capitalised(i + 1) || t.in(i + 1, Lexicon.get().titleWords)) return null;
        if (t.is(i - 1, '.') || i == 0) return null;
        return new Hit(EventKind.OTHER, 0.75, w.startsWith("p") ? "play" : "face", false, i + 1);
    }

    /**
     * {@link #ACCEPT}: "accepted a world-record offer of 80 million pounds", "accepted the ceasefire": an agreement;
     * "accepted his resignation": a change of office; null otherwise (the word's own entry applies).
     */
    private static Hit accepted(Tokens t, int i) {
        for (int j = i + 1; j <= i + 6 && j < t.size && (t.isWord(j) || t.isDash(j) || t.isApostrophe(j)); j++) {
            if (OFFERS.contains(t.w(j))) return new Hit(EventKind.AGREEMENT, 0.85, "accept", false, j);
            if (t.wordIs(j, "resignation")) return new Hit(EventKind.APPOINTMENT, 0.85, "accept", false, j);
        }
        return null;
    }

    /**
     * "the largest eruption since Katmai in Alaska in 1912", "far bigger than that of Mount St Helens on 18 May 1980",
     * "the worst disaster since Chernobyl": a happening of the same kind, named by its place or its name, that the
     * text measures the news against; its noun is the compared one's (read after the superlative, else before it in
     * the sentence). {@link #NONE} otherwise: the words name no happening of their own.
     */
    private static Hit compared(Tokens t, int i, String w) {
        int n;
        if (w.equals("than")) {
            if (!(t.wordIs(i + 1, "that") || t.wordIs(i + 1, "those")) || !t.wordIs(i + 2, "of")) return NONE;
            n = t.wordIs(i + 3, "the") ? i + 4 : i + 3;
        } else {
            n = t.wordIs(i + 1, "the") ? i + 2 : i + 1;
        }
        Lexicon lex = Lexicon.get();
        if (!t.isWord(n) || !t.capitalised(n) || lex.months.containsKey(t.lower[n]) || lex.weekdays.containsKey(t.lower[n])) {
            return NONE; // ("since March 2019": a date, not a named happening)
        }
        // ("since Hawaii became the 50th state": a clause of its own, told by its verb)
        int after = n;
        while (after < t.size && (t.isWord(after) && t.capitalised(after) || t.isDash(after) && t.glued(after))) after++;
        if (t.isWord(after) && !t.capitalised(after) && (Triggers.pastForm(t.lower[after]) || BE_FORMS.contains(t.lower[after]))) {
            return NONE;
        }
        int top = -1;
        for (int j = i - 1; j >= 0 && i - j <= 8 && (t.isWord(j) || t.isDash(j)); j--) {
            String p = t.w(j);
            if (SUPERLATIVES.contains(p) || w.equals("than") && (p.endsWith("er") || p.equals("more"))) {
                top = j;
                break;
            }
        }
        if (top < 0) return NONE;
        for (int j = top + 1; j < i; j++) {
            EventKind k = COMPARED.get(t.w(j));
            if (k != null) return new Hit(k, 0.6, t.w(j), true, n);
        }
        for (int j = top - 1; j >= 0 && top - j <= 30 && !t.is(j, '.') && !t.is(j, ';'); j--) {
            EventKind k = COMPARED.get(t.w(j));
            if (k != null) return new Hit(k, 0.6, t.w(j), true, n);
        }
        return NONE;
    }

    /** What is said and broadcast, which names no happening of its own ("a statement broadcast" is the statement's). */
    private static final Set<String> SPOKEN = Set.of("order", "message", "appeal", "communique", "words", "orders");
    private static final Set<String> SPEAKERS = Set.of("he", "she", "they", "we", "it", "radio", "television");
    private static final Set<String> BE_FORMS = Set.of("was", "were", "is", "are", "had", "has", "became", "took",
            "won", "began");
    private static final Set<String> SUPERLATIVES = Set.of("largest", "biggest", "worst", "deadliest", "strongest",
            "heaviest", "greatest", "highest", "lowest", "sharpest", "steepest", "fastest", "costliest", "bloodiest",
            "most", "first");
    /** Happening nouns a news story measures against an earlier one, and their kinds. */
    private static final Map<String, EventKind> COMPARED = kinds(
            "DISASTER eruption earthquake quake disaster accident flood floods storm hurricane typhoon cyclone tsunami "
                    + "fire crash meltdown explosion spill famine",
            "MILITARY attack bombing massacre war", "ECONOMIC fall drop slump", "PROTEST protest protests strike");

    /** Each group's first word a kind, the rest the words of that kind. */
    private static Map<String, EventKind> kinds(String... groups) {
        Map<String, EventKind> m = new java.util.HashMap<>();
        for (String g : groups) {
            String[] w = g.split(" ");
            for (int i = 1; i < w.length; i++) m.put(w[i], EventKind.valueOf(w[0]));
        }
        return Map.copyOf(m);
    }

    /** The readings of {@link #LATER}: a hit, or null when the word's own entry applies. */
    private static Hit later(Tokens t, int i, String w) {
        // "appealed for calm", "appealed to residents": a call, not a court's appeal ("appealed against the verdict")
        if (w.startsWith("appeal")) {
            return t.wordIs(i + 1, "for") || t.wordIs(i + 1, "to") && !t.wordIs(i + 2, "the")
                    ? new Hit(EventKind.STATEMENT, 0.7, "appeal", false) : null;
        }
        // "Labor swept to power", "came to power in 2019", "came to office on December 2, 1972": taking office
        if (w.startsWith("swe") || w.equals("came") || w.equals("surged")) {
            if (t.wordIs(i + 1, "to") && t.wordIs(i + 2, "power")) return new Hit(EventKind.APPOINTMENT, 0.85, "come to power", false);
            if (t.wordIs(i + 1, "to") && t.wordIs(i + 2, "office")) return new Hit(EventKind.APPOINTMENT, 0.85, "come to office", false);
            // "waves up to 25 feet high swept into the port", "floodwaters surged through the town": a disaster
            for (int j = i - 1; j >= 0 && j >= i - 7 && !w.equals("came") && (t.isWord(j) || t.isNum(j)); j--) {
                if (FLOWS.contains(t.w(j))) return new Hit(EventKind.DISASTER, 0.85, w.startsWith("swe") ? "sweep" : "surge", false);
            }
            return null;
        }
        // "Germany followed on Wednesday", "Japan followed suit", "Britain and France did the same": the happening
        // told just before, by another actor (its kind is that happening's, see EventExtractor)
        if (w.startsWith("follow")) {
            boolean bare = t.wordIs(i + 1, "suit") || t.is(i + 1, '.') || t.is(i + 1, ',') || t.is(i + 1, ';')
                    || t.isWord(i + 1) && FOLLOWED_BY.contains(t.lower[i + 1])
                    || t.wordIs(i + 1, "the") && (t.wordIs(i + 2, "next") || t.wordIs(i + 2, "following"))
                    || t.wordIs(i + 1, "a") && t.wordIs(i + 3, "later");
            return bare && !PASSIVE_AUX.contains(t.w(i - 1)) ? new Hit(EventKind.OTHER, 0.8, FOLLOW_SUIT, false) : null;
        }
        if (w.equals("did")) {
            boolean same = t.wordIs(i + 1, "the") && t.wordIs(i + 2, "same")
                    && (!t.isWord(i + 3) || FOLLOWED_BY.contains(t.lower[i + 3]))
                    || t.wordIs(i + 1, "likewise") || t.wordIs(i + 1, "so") && !t.isWord(i + 2);
            return same ? new Hit(EventKind.OTHER, 0.8, FOLLOW_SUIT, false) : null;
        }
        // "protesters have camped outside the defence ministry since Saturday": a sit-in
        if (w.startsWith("camp")) {
            return CAMPED_WHERE.contains(t.w(i + 1)) ? new Hit(EventKind.PROTEST, 0.75, "camp", false) : null;
        }
        // "the sit-in outside army headquarters", "sit-ins": a protest
        if (w.equals("sit")) {
            boolean sitIn = t.isDash(i + 1) && t.glued(i + 1) && t.glued(i + 2)
                    && (t.wordIs(i + 2, "in") || t.wordIs(i + 2, "ins"));
            return sitIn ? new Hit(EventKind.PROTEST, 0.85, "sit-in", true, i + 2) : null;
        }
        // "returned to office in October 1982", "returned to power", "returns to the presidency": taking office again
        if (w.startsWith("return")) {
            int o = t.wordIs(i + 2, "the") ? i + 3 : i + 2;
            return t.wordIs(i + 1, "to") && OFFICE.contains(t.w(o))
                    ? new Hit(EventKind.APPOINTMENT, 0.85, "return to power", false, o) : null;
        }
        // "a no-confidence motion", "survived an impeachment vote": a vote on an office-holder
        if (w.equals("motion")) {
            return CONFIDENCE.contains(t.w(i - 1)) ? new Hit(EventKind.APPOINTMENT, 0.85, "motion", true) : null;
        }
        if (w.startsWith("surviv")) {
            for (int j = i + 1; j <= i + 5 && j < t.size && (t.isWord(j) || t.is(j, '-')); j++) {
                if (CONFIDENCE.contains(t.w(j))) return new Hit(EventKind.APPOINTMENT, 0.85, "survive", false, j);
            }
            return null;
        }
        // "pilots walked out on Monday": a strike
        if (w.startsWith("walk")) {
            return t.wordIs(i + 1, "out") && !t.wordIs(i + 2, "of") ? new Hit(EventKind.PROTEST, 0.85, "walk out", false) : null;
        }
        // "clinched the title", "retained the cup": a contest won
        if (w.startsWith("clinch") || w.startsWith("retain")) {
            for (int j = i + 1; j <= i + 4 && j < t.size && t.isWord(j); j++) {
                if (Triggers.CONTESTS.contains(t.w(j))) return new Hit(EventKind.OTHER, 0.85, "win", false, j);
            }
            return null;
        }
        // "handed power to Xiomara Castro", "handed over the presidency": a transfer of office
        if (w.startsWith("hand")) {
            for (int j = i + 1; j <= i + 3 && j < t.size && t.isWord(j); j++) {
                if (OFFICE.contains(t.w(j))) return new Hit(EventKind.APPOINTMENT, 0.85, "hand over", false);
            }
            return null;
        }
        // "the roof gave way", "the ceiling caved in": a collapse
        boolean gave = (w.startsWith("g") && t.wordIs(i + 1, "way")) || w.startsWith("cave") && t.wordIs(i + 1, "in");
        if (!gave) return null;
        for (int j = i - 1; j >= 0 && j >= i - 5 && t.isWord(j); j--) {
            if (STRUCTURES.contains(t.w(j))) return new Hit(EventKind.DISASTER, 0.9, "collapse", false);
        }
        return null;
    }

    /** Words after "camped" that tell where a sit-in is held. */
    private static final Set<String> CAMPED_WHERE = Set.of("outside", "in", "at", "near", "on", "opposite");

    /** The lemma of "followed suit", "did the same": another actor's telling of the happening told before. */
    static final String FOLLOW_SUIT = "follow suit";

    /** Words after "followed" that leave it without an object: "followed on Wednesday", "followed days later". */
    private static final Set<String> FOLLOWED_BY = Set.of("on", "in", "at", "later", "soon", "shortly", "days",
            "weeks", "months", "hours", "within", "two", "three", "quickly", "swiftly", "too", "immediately",
            "last", "yesterday", "today", "earlier", "this");

    /** Words before a participle that make it passive: "was followed by". */
    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "is", "are", "be", "been", "being");

    /** What sweeps or surges over a place as a disaster: water, mud, lava, snow. */
    private static final Set<String> FLOWS = Set.of("wave", "waves", "water", "waters", "floodwaters", "flood",
            "floods", "tsunami", "surge", "mud", "mudflow", "mudflows", "mudslide", "mudslides", "lava", "torrent",
            "torrents", "avalanche", "landslide", "sea", "tide", "river", "rivers", "debris");

    /** What collapses, falls or gives way as a structure. */
    static final Set<String> STRUCTURES = Set.of("roof", "building", "bridge", "ceiling", "wall", "tower",
            "dam", "crane", "stand", "stage", "balcony", "canopy", "floor", "structure", "scaffolding", "block");
    private static final Set<String> CONFIDENCE = Set.of("confidence", "no-confidence", "censure", "impeachment",
            "recall");
    private static final Set<String> OFFICE = Set.of("power", "presidency", "office", "reins", "command", "leadership");
    private static final Set<String> OATH_DET = Set.of("the", "their", "his", "her", "its", "an");
    /** What is held, and the kind of its holding. */
    private static final java.util.Map<String, EventKind> HELD = java.util.Map.ofEntries(
            java.util.Map.entry("election", EventKind.APPOINTMENT), java.util.Map.entry("elections", EventKind.APPOINTMENT),
            java.util.Map.entry("vote", EventKind.APPOINTMENT), java.util.Map.entry("referendum", EventKind.APPOINTMENT),
            java.util.Map.entry("runoff", EventKind.APPOINTMENT), java.util.Map.entry("poll", EventKind.APPOINTMENT),
            java.util.Map.entry("polls", EventKind.APPOINTMENT), java.util.Map.entry("primary", EventKind.APPOINTMENT),
            java.util.Map.entry("ballot", EventKind.APPOINTMENT), java.util.Map.entry("final", EventKind.OTHER),
            java.util.Map.entry("match", EventKind.OTHER), java.util.Map.entry("race", EventKind.OTHER),
            java.util.Map.entry("tournament", EventKind.OTHER), java.util.Map.entry("ceremony", EventKind.OTHER),
            java.util.Map.entry("protest", EventKind.PROTEST), java.util.Map.entry("protests", EventKind.PROTEST),
            java.util.Map.entry("rally", EventKind.PROTEST), java.util.Map.entry("march", EventKind.PROTEST));
    /** Other happenings told by their beginning ("the trial began"), besides those that are held. */
    private static final java.util.Map<String, EventKind> BEGINS = java.util.Map.of("trial", EventKind.LEGAL,
            "hearing", EventKind.LEGAL, "hearings", EventKind.LEGAL, "summit", EventKind.MEETING,
            "talks", EventKind.MEETING, "games", EventKind.OTHER, "championship", EventKind.OTHER,
            "championships", EventKind.OTHER, "festival", EventKind.OTHER, "season", EventKind.OTHER);
}
