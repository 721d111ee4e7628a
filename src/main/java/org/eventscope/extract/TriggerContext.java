package org.eventscope.extract;

import org.eventscope.model.EventKind;

import java.util.Set;

/**
 * Kinds a trigger verb takes from the words around it rather than from itself: who does it (the earthquake
 * struck, protesters stormed, paratroopers landed, the court decided) and, for verbs of office, whom it is done
 * to (named 11 ministers, declared X the winner, became president, became the owner of).
 */
final class TriggerContext {
    /** Words between a verb and its subject noun: auxiliaries and adverbs ("has also", "which then"). */
    private static final Set<String> ADVERB_OR_AUX = Set.of("has", "have", "had", "was", "were", "also", "then",
            "later", "again", "reportedly", "which", "that", "unanimously", "finally", "formally", "first");
    private static final Set<String> PROTESTERS = Set.of("protesters", "protestors", "demonstrators", "crowd",
            "crowds", "mob", "mobs", "rioters", "activists", "marchers", "strikers", "supporters");
    /** Civil vehicles: what they strike or hit is an accident. */
    private static final Set<String> CRAFT = Set.of("ship", "ferry", "boat", "vessel", "train", "bus", "truck", "lorry",
            "car", "tanker", "freighter", "airliner", "jetliner", "airplane", "plane", "van", "coach", "barge");
    /** Aircraft that strike as an accident only when they carry people or goods ("a passenger jet"). */
    private static final Set<String> AIRCRAFT = Set.of("jet", "jets", "aircraft", "plane", "helicopter");
    private static final Set<String> RESCUERS = Set.of("firefighters", "firemen", "rescuers", "volunteers");
    private static final Set<String> CIVIL = Set.of("passenger", "cargo", "commercial", "private", "civilian",
            "chartered", "charter", "light");
    private static final Set<String> TROOPS = Set.of("troops", "soldiers", "paratroopers", "marines", "forces",
            "peacekeepers", "commandos", "tanks", "warships", "army");
    /** Verbs of movement that a military subject makes a military action ("paratroopers landed"). */
    private static final Set<String> MOVEMENT = Set.of("land", "arrive", "enter", "cross", "fly", "move", "advance",
            "travel", "reach", "flee");
    private static final Set<String> COURTS = Set.of("court", "tribunal", "judge", "judges", "justices", "jury",
            "panel", "magistrate", "magistrates");
    /** Verbs that, done by a court, are its ruling. */
    private static final Set<String> DECIDE = Set.of("decide", "decides", "decided", "find", "finds", "found",
            "order", "orders", "ordered", "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed",
            "bar", "bars", "barred", "declare", "declares", "declared", "block", "blocks", "blocked", "allow",
            "allows", "allowed", "strike", "strikes", "struck", "throw", "throws", "threw", "back", "backs", "backed",
            "dissolve", "dissolves", "dissolved");

    /** Verbs of office whose object may be an office or its holder: each form to its base form. */
    private static final java.util.Map<String, String> OFFICE_VERBS = forms("name names named|appoint appoints appointed"
            + "|remove removes removed|dismiss dismisses dismissed|sack sacks sacked|fire fires fired"
            + "|replace replaces replaced|become becomes became|declare declares declared|proclaim proclaims proclaimed"
            + "|elect elects elected|choose chooses chose chosen|pick picks picked|nominate nominates nominated"
            + "|install installs installed|reshuffle reshuffles reshuffled|swear swears swore sworn"
            + "|confirm confirms confirmed|unveil unveils unveiled|make makes made");
    /** "became independent", "gained independence from Britain": a state's birth, recognised. */
    private static final Set<String> INDEPENDENCE_VERBS = Set.of("become", "becomes", "became", "gain", "gains",
            "gained", "win", "wins", "won", "achieve", "achieves", "achieved", "attain", "attained", "obtain", "obtained");
    /** Every verb form this class names, to its base form. */
    private static final java.util.Map<String, String> FORMS = forms("decide decides decided|find finds found"
            + "|order orders ordered|reject rejects rejected|dismiss dismisses dismissed|bar bars barred"
            + "|declare declares declared|block blocks blocked|allow allows allowed|strike strikes struck"
            + "|throw throws threw|back backs backed|name names named|appoint appoints appointed"
            + "|remove removes removed|sack sacks sacked|fire fires fired|replace replaces replaced"
            + "|become becomes became|proclaim proclaims proclaimed|elect elects elected|choose chooses chose chosen"
            + "|pick picks picked|nominate nominates nominated|install installs installed"
            + "|reshuffle reshuffles reshuffled|swear swears swore sworn|announce announces announced"
            + "|decree decrees decreed|dissolve dissolves dissolved|approve approves approved"
            + "|confirm confirms confirmed|unveil unveils unveiled|make makes made");

    private static java.util.Map<String, String> forms(String groups) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String g : groups.split("\\|")) {
            String[] f = g.split(" ");
            for (String x : f) m.put(x, f[0]);
        }
        return java.util.Map.copyOf(m);
    }
    private static final Set<String> OFFICES = Set.of("minister", "ministers", "president", "premier", "governor",
            "governors", "ceo", "chief", "head", "chairman", "chairwoman", "chair", "director", "secretary", "cabinet",
            "government", "judge", "judges", "ambassador", "ambassadors", "commander", "officials", "mayor", "coach",
            "manager", "speaker", "replacement", "replacements", "successor", "leader", "chancellor", "envoy",
            "president-elect", "winner", "victor", "pope", "king", "queen", "emperor", "captain", "executive",
            "deputy", "deputies", "generals", "commissioner", "prosecutor", "attorney", "office", "post", "posts",
            "job", "position", "role", "seat", "line-up", "lineup", "regent", "viceroy", "monarch", "sultan", "emir",
            "shah", "caliph", "senator", "governor-general", "patriarch", "archbishop", "bishop", "cardinal");
    /** "declared X the winner": a declaration names an office only through its winner. */
    private static final Set<String> DECLARE = Set.of("declare", "declares", "declared", "proclaim", "proclaims",
            "proclaimed");
    private static final Set<String> HONOURS = Set.of("hero", "heroine", "saint", "treasure", "monument");
    private static final Set<String> DECREES = Set.of("mourning", "emergency", "curfew", "martial", "lockdown",
            "independence", "amnesty", "holiday", "vacant", "void", "unconstitutional", "invalid");
    private static final Set<String> WINNERS = Set.of("winner", "victor", "president-elect");
    private static final Set<String> MEMBERS = Set.of("member", "members", "signatory", "signatories");
    private static final Set<String> VOTERS = Set.of("voters", "electorate", "electors", "citizens");
    private static final Set<String> GATHER = Set.of("gather", "gathers", "gathered", "assemble", "assembles",
            "assembled", "converge", "converged", "converges");
    private static final Set<String> LAWMAKERS = Set.of("lawmakers", "legislators", "parliament", "congress",
            "senators", "deputies", "mps", "assembly", "senate", "parliamentarians", "legislature");
    /** Military verbs that a parliament's vote does to an office-holder. */
    private static final Set<String> REMOVE = Set.of("oust", "depose", "overthrow", "remove", "topple", "unseat");
    /** Verbs of a crowd's coming together, a rally when a crowd does it ("thousands poured onto the streets"). */
    private static final Set<String> CROWD_VERBS = Set.of("pour", "pours", "poured", "flock", "flocks", "flocked",
            "throng", "thronged", "mass", "massed", "stream", "streamed", "rally", "rallied", "marched", "swarmed");
    /** Counts and group nouns that make a crowd of their noun ("thousands of people", "hundreds of residents"). */
    private static final Set<String> MANY = Set.of("thousands", "hundreds", "dozens", "scores", "millions", "crowds",
            "throngs");
    private static final Set<String> PEOPLE = Set.of("people", "residents", "citizens", "fans", "students", "workers",
            "women", "villagers", "supporters", "youths", "opponents", "farmers", "teachers", "mourners");
    /** Words that make a crowd's gathering a celebration, not a protest. */
    private static final Set<String> FESTIVE = Set.of("celebrate", "celebrated", "celebrating", "celebration",
            "celebrations", "dancing", "danced", "cheering", "cheered", "jubilant", "fireworks", "festive", "partying");
    private static final Set<String> VOTE_VERBS = Set.of("reject", "rejects", "rejected", "approve", "approves",
            "approved", "back", "backs", "backed");
    private static final Set<String> OWNERS = Set.of("owner", "owners", "shareholder", "stakeholder", "parent");
    private static final Set<String> STOP = Set.of("that", "which", "who", "after", "before", "when", "because",
            "while", "since", "if", "but", "to", "by", "with", "in", "at", "on");

    /** Every verb form whose kind this class may set without a trigger of its own: one lookup per token. */
    private static final Set<String> OWN = own();

    private static Set<String> own() {
        Set<String> all = new java.util.HashSet<>(DECIDE);
        all.addAll(FORMS.keySet());
        all.addAll(OFFICE_VERBS.keySet());
        all.addAll(CROWD_VERBS);
        all.addAll(GATHER);
        all.addAll(INDEPENDENCE_VERBS);
        return Set.copyOf(all);
    }

    private static final WordList OWN_WORDS = WordList.of(OWN);
    private static final WordList GATHERING = WordList.of(w -> GATHER.contains(w) || CROWD_VERBS.contains(w));
    private static final WordList DECIDE_WORDS = WordList.of(DECIDE);

    private TriggerContext() {
    }

    /** Whether the word at k is a verb of office or decision, which may name a happening through its context. */
    static boolean knows(Tokens t, int k) {
        return t.in(k, OWN_WORDS);
    }

    /**
     * The kind the subject gives a verb: a natural or accidental happening ("the earthquake struck", "floods
     * killed 12"), protesters ("protesters stormed the palace"), troops for a movement ("paratroopers landed"),
     * a court for a decision ("the court decided", "the Supreme Court on Monday upheld"). {@code verb} may be
     * null for a verb of decision, which names a happening only with a court as subject.
     */
    static Triggers.Hit withSubject(Triggers triggers, Tokens t, int k, Triggers.Hit verb, boolean[] inDate, int a) {
        // "the storming of the Saudi embassy by protesters", "was attacked by a mob": a crowd named as the agent
        if (verb != null && verb.kind() == EventKind.MILITARY) {
            for (int j = k + 1; j < t.size && j <= k + 10 && !t.is(j, '.') && !t.is(j, ';'); j++) {
                if (!t.wordIs(j, "by")) continue;
                String x = t.wordIs(j + 1, "a") || t.wordIs(j + 1, "an") || t.wordIs(j + 1, "the") ? t.w(j + 2) : t.w(j + 1);
                if (PROTESTERS.contains(x)) {
                    return new Triggers.Hit(EventKind.PROTEST, verb.strength(), verb.lemma(), verb.noun(), verb.object());
                }
                break;
            }
        }
        if (verb != null && verb.noun()) return verb;
        boolean gathering = t.in(k, GATHERING);
        if (verb == null && !t.in(k, DECIDE_WORDS) && !gathering) return null;
        if (verb != null && verb.kind() != EventKind.MILITARY && verb.kind() != EventKind.DISASTER
                && verb.kind() != EventKind.LEGAL && verb.kind() != EventKind.THREAT && !MOVEMENT.contains(verb.lemma())
                && !t.in(k, DECIDE_WORDS) && !VOTE_VERBS.contains(t.w(k)) && !gathering) {
            return verb; // no subject changes the kind of a meeting, a statement, a deal
        }
        boolean coordinated = false;
        for (int j = k - 1; j >= a && j >= k - 8; j--) {
            if (inDate[j - a] || t.is(j, ',') && inDate[Math.max(a, j - 1) - a]
                    || (t.wordIs(j, "on") || t.wordIs(j, "in") || t.wordIs(j, "late") || t.wordIs(j, "early")) && j + 1 < k
                    && inDate[j + 1 - a]) {
                continue; // "the court on Monday upheld", "a tremor in May last year killed"
            }
            if (t.is(j, ')')) { // "the Superior Electoral Court (TSE) decided"
                int o = j - 1;
                while (o > a && j - o < 8 && !t.is(o, '(')) o--;
                if (!t.is(o, '(')) return verb;
                j = o;
                continue;
            }
            if (!t.isWord(j)) return verb;
            String w = t.lower[j];
            // "three judges of the Court of Appeal found": the court named after its members
            if (t.capitalised(j) && courtOf(t, j, k)) {
                return new Triggers.Hit(EventKind.LEGAL, 0.85, verb == null ? base(triggers, t.lower[k]) : verb.lemma(), false,
                        verb == null ? -1 : verb.object());
            }
            // "Chileans on Sunday rejected a proposed new constitution", "voters approved": a vote
            if ((VOTERS.contains(w) || pluralDemonym(w)) && VOTE_VERBS.contains(t.lower[k])) {
                return new Triggers.Hit(EventKind.APPOINTMENT, 0.85, base(triggers, t.lower[k]), false, verb == null ? -1 : verb.object());
            }
            // "lawmakers ousted President Castillo", "parliament removed the prime minister": a vote, not a coup
            if (LAWMAKERS.contains(w) && verb != null && verb.kind() == EventKind.MILITARY && REMOVE.contains(verb.lemma())) {
                return new Triggers.Hit(EventKind.APPOINTMENT, 0.85, verb.lemma(), false, verb.object());
            }
            if (COURTS.contains(w) && (verb == null || DECIDE.contains(t.lower[k]) || verb.kind() == EventKind.LEGAL
                    || verb.kind() == EventKind.THREAT)) {
                return new Triggers.Hit(EventKind.LEGAL, 0.85, verb == null ? base(triggers, t.lower[k]) : verb.lemma(), false,
                        verb == null ? -1 : verb.object());
            }
            // "thousands of people gathered in Nukus", "crowds poured onto the seafront": a rally, or a celebration
            if (gathering && crowd(t, j)) return rally(t, k, verb);
            if (verb == null) {
                if (ADVERB_OR_AUX.contains(w) || w.endsWith("ly")) continue;
                return null;
            }
            if (verb.kind() == EventKind.MILITARY || verb.kind() == EventKind.DISASTER) {
                Triggers.Hit subject = triggers.at(t, j);
                if (subject != null && subject.kind() == EventKind.DISASTER && subject.noun() || subject != null
                        && subject.kind() == EventKind.DISASTER && verb.kind() == EventKind.MILITARY) {
                    return new Triggers.Hit(EventKind.DISASTER, Math.max(verb.strength(), subject.strength()),
                            verb.lemma(), false, verb.object());
                }
                // "firefighters fought to save the spire": the disaster's rescue, not a battle
                if (RESCUERS.contains(w) && verb.kind() == EventKind.MILITARY) {
                    return new Triggers.Hit(EventKind.DISASTER, 0.5, verb.lemma(), false, verb.object());
                }
                if (PROTESTERS.contains(w)) return new Triggers.Hit(EventKind.PROTEST, verb.strength(), verb.lemma(), false, verb.object());
                // "a container ship struck the bridge", "a passenger jet struck a coast guard aircraft": an accident
                // (not what the craft underwent: "a U-2 spy plane was shot down")
                boolean undergone = (t.wordIs(k - 1, "was") || t.wordIs(k - 1, "were") || t.wordIs(k - 1, "been"))
                        && !verb.lemma().equals("hit") && !verb.lemma().equals("strike"); // ("was hit by a wave")
                if (!undergone && (CRAFT.contains(w) || CIVIL.contains(t.w(j - 1)) && AIRCRAFT.contains(w))) {
                    return new Triggers.Hit(EventKind.DISASTER, verb.strength(), verb.lemma(), false, verb.object());
                }
            }
            if (TROOPS.contains(w) && MOVEMENT.contains(verb.lemma())) {
                return new Triggers.Hit(EventKind.MILITARY, 0.9, verb.lemma(), false, verb.object());
            }
            // "a container ship lost power and struck": the subject of the first verb of the coordination
            if (j == k - 1 && w.equals("and")) coordinated = true;
            else if (!ADVERB_OR_AUX.contains(w) && !w.endsWith("ly") && !(coordinated && !t.capitalised(j))) return verb;
        }
        return verb;
    }

    /** Whether the name ending at j is a court's, after "judges of" ("judges of the Supreme Court found"). */
    private static boolean courtOf(Tokens t, int j, int k) {
        boolean court = false;
        int q = j;
        while (q >= 0 && k - q <= 10 && (t.isWord(q) && t.capitalised(q) || t.wordIs(q, "of") && t.capitalised(q + 1))) {
            court |= t.wordIs(q, "court") || t.wordIs(q, "tribunal");
            q--;
        }
        if (t.wordIs(q, "the")) q--;
        return court && t.wordIs(q, "of") && COURTS.contains(t.w(q - 1));
    }

    /** Whether the word at j heads a crowd: protesters, "thousands", "thousands of people". */
    private static boolean crowd(Tokens t, int j) {
        String w = t.w(j);
        if (PROTESTERS.contains(w) || MANY.contains(w)) return true;
        return PEOPLE.contains(w) && t.wordIs(j - 1, "of") && (MANY.contains(t.w(j - 2)) || t.wordIs(j - 2, "thousand"));
    }

    /** A crowd's gathering at verb k: a celebration when the sentence tells of one, else a rally. */
    private static Triggers.Hit rally(Tokens t, int k, Triggers.Hit verb) {
        boolean festive = false;
        for (int j = k + 1; j < t.size && j <= k + 25 && !t.is(j, '.'); j++) festive |= FESTIVE.contains(t.w(j));
        String lemma = verb != null ? verb.lemma() : t.w(k);
        int object = verb == null ? -1 : verb.object();
        return festive ? new Triggers.Hit(EventKind.OTHER, 0.8, lemma, false, object)
                : new Triggers.Hit(EventKind.PROTEST, 0.85, lemma, false, object);
    }

    /**
     * A verb of office with an office or office-holder as object within ten words ("named 11 replacements",
     * "declared Bola Tinubu ... the winner", "became president") is an appointment; "became the owner of" a
     * purchase. Returns null when there is no such object.
     */
    static Triggers.Hit office(Triggers triggers, Tokens t, int k) {
        String v = t.w(k);
        if (DECLARE.contains(v) || v.startsWith("announce") || v.startsWith("decree")) {
            // "declared two days of national mourning", "declared a state of emergency": a decree
            for (int j = k + 1; j < t.size && j <= k + 7; j++) {
                if (!t.isWord(j) && !t.isNum(j)) break;
                if (DECREES.contains(t.w(j))) return new Triggers.Hit(EventKind.STATEMENT, 0.9, base(triggers, v), false, j);
                if (STOP.contains(t.w(j)) && !t.wordIs(j, "of")) break;
            }
        }
        if (DECLARE.contains(v) || v.startsWith("name")) {
            // "declared the singer Rihanna, who was born on the island, a national hero": an honour
            for (int j = k + 1; j < t.size && j <= k + 18 && !t.is(j, '.') && !t.is(j, ';'); j++) {
                if (HONOURS.contains(t.w(j)) && (t.wordIs(j - 1, "national") || t.wordIs(j - 1, "a"))) {
                    return new Triggers.Hit(EventKind.RECOGNITION, 0.85, base(triggers, v), false, j);
                }
            }
        }
        if (INDEPENDENCE_VERBS.contains(v) && (t.wordIs(k + 1, "independent") || t.wordIs(k + 1, "independence")
                || t.wordIs(k + 1, "its") && t.wordIs(k + 2, "independence"))) {
            return new Triggers.Hit(EventKind.RECOGNITION, 0.85, base(triggers, v), false, t.wordIs(k + 1, "its") ? k + 2 : k + 1);
        }
        if (!OFFICE_VERBS.containsKey(v)) return null;
        // "confirmed him as prime minister" is an appointment; "confirmed the president would attend" is not
        boolean onlyAs = v.startsWith("confirm");
        // "made Prime Minister Shavkat Mirziyoyev the country's interim president": making someone named something
        if (v.startsWith("mad") || v.startsWith("make")) {
            if (!t.isWord(k + 1) || !t.capitalised(k + 1)) return null;
        }
        boolean as = false;
        int limit = k + 12;
        for (int j = k + 1; j < t.size && j <= limit; j++) {
            if (!t.isWord(j)) {
                if (t.isNum(j) || t.is(j, '-') || t.is(j, '\'') || t.is(j, '\u2019')) continue;
                // "named Matthias Müller, the head of its Porsche division, as chief executive": past an aside
                int close = t.is(j, ',') && t.capitalised(j - 1) && APPOSITION.contains(t.w(j + 1)) ? t.closingComma(j, 26) : -1;
                if (close < 0) return null;
                limit += close - j;
                j = close;
                continue;
            }
            String w = t.lower[j];
            // "removed President Mohamed Bazoum from power": a removal from office
            if (w.equals("from") && v.startsWith("remov") && (t.wordIs(j + 1, "power") || t.wordIs(j + 1, "office"))) {
                return new Triggers.Hit(EventKind.APPOINTMENT, 0.85, "remove", false, j + 1);
            }
            if (STOP.contains(w)) return null;
            as |= w.equals("as");
            // "became the 32nd member of NATO", "became NATO's newest member": an accession
            if (v.startsWith("bec") && MEMBERS.contains(w)) return new Triggers.Hit(EventKind.AGREEMENT, 0.85, "become", false, j);
            if (v.startsWith("bec") && OWNERS.contains(w)) return new Triggers.Hit(EventKind.ECONOMIC, 0.8, base(triggers, v), false, j);
            boolean office = DECLARE.contains(v) ? WINNERS.contains(w) : OFFICES.contains(w);
            // ("made Prime Minister Shavkat Mirziyoyev the interim president": a capitalised office before a name is
            // whom it was done to; "became Prime Minister in March 1952", "elected President of Ghana": the office)
            boolean held = !t.capitalised(j) || t.wordIs(j - 1, "as") || !(t.isWord(j + 1) && t.capitalised(j + 1));
            if (office && (onlyAs ? as : held)) {
                return new Triggers.Hit(EventKind.APPOINTMENT, 0.85, base(triggers, v), false, j);
            }
        }
        return null;
    }

    private static final Set<String> APPOSITION = Set.of("the", "a", "an", "its", "his", "her", "their", "who");

    /** "Chileans", "Italians": a people, who vote as one. */
    private static boolean pluralDemonym(String w) {
        return w.endsWith("s") && Lexicon.get().isDemonym(w);
    }

    /** The base form of a verb for a title ("removed" is "remove"). */
    private static String base(Triggers triggers, String w) {
        String l = FORMS.get(w);
        if (l != null) return l;
        l = triggers.lemma(w);
        return l != null ? l : w;
    }

    /** Verbs that tell that a happening named before them took place ("the ceasefire took effect", "fires broke out"). */
    private static final Set<String> OCCUR = Set.of("happened", "happens", "occurred", "occurs", "took", "takes",
            "came", "comes", "went", "broke", "breaks", "began", "begins", "started", "starts", "ended", "ends",
            "erupted", "unfolded", "followed");
    private static final Set<String> VERBISH = Set.of("is", "are", "will", "would", "said", "says", "could", "can",
            "may", "must", "should", "did", "does", "not", "who", "as", "when", "while", "after", "before", "but", "or");
    private static final Set<String> OCCUR_FILLER = Set.of("between", "of", "and", "in", "on", "at", "the", "a", "an",
            "with", "near", "by", "against", "over", "that", "which", "has", "had", "have", "was", "were", "finally",
            "formally", "officially", "then");

    /**
     * "A ceasefire between Israel and Hezbollah took effect early on Wednesday", "The crush happened late on
     * Saturday": the verb after a happening noun that tells when it took place, or -1.
     */
    static int occurrence(Tokens t, int j, int b) {
        for (int v = j + 1; v < b && v <= j + 10; v++) {
            if (t.isNum(v) || t.is(v, '-') || t.is(v, '\'') || t.is(v, '\u2019')) continue;
            if (!t.isWord(v)) return -1;
            String w = t.lower[v];
            if (t.capitalised(v) || OCCUR_FILLER.contains(w) || w.equals("s")) continue;
            if (!OCCUR.contains(w)) {
                if (w.endsWith("ed") || w.endsWith("ing") || VERBISH.contains(w)) return -1; // another verb
                continue; // "between the two militias"
            }
            boolean ok = switch (w) {
                case "took", "takes" -> t.wordIs(v + 1, "effect") || t.wordIs(v + 1, "place");
                case "came", "comes", "went" -> t.wordIs(v + 1, "into") || t.wordIs(v + 1, "in");
                case "broke", "breaks" -> t.wordIs(v + 1, "out");
                default -> true;
            };
            return ok ? v : -1;
        }
        return -1;
    }
}
