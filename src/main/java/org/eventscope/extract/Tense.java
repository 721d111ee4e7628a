package org.eventscope.extract;

import java.util.Set;

/** Guesses the tense of the clause around a token from nearby auxiliaries and verb forms. */
final class Tense {
    private static final Set<String> FUTURE = Set.of("will", "shall", "upcoming", "tomorrow", "scheduled", "expected",
            "due", "plans", "planned", "intends", "forthcoming", "next", "ll", "won", "hopes", "aims", "await", "awaits");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "ago", "last", "yesterday", "said",
            "met", "held", "took", "made", "went", "came", "told", "saw", "gave", "began", "won", "lost", "sent",
            "fought", "left", "led", "spoke", "wrote", "struck", "shot", "hit", "put", "set", "cut", "brought",
            "bought", "sold", "paid", "became", "ran", "fell", "rose", "grew", "knew", "thought", "felt", "kept",
            "earlier", "previously", "former", "been", "quit", "fled", "upheld", "overthrew", "swore", "sworn");
    private static final Set<String> NOT_PAST = Set.of("united", "armed", "alleged", "hundred", "indeed", "limited",
            "based", "related", "concerned", "interested", "advanced", "supposed", "detailed", "red", "bed", "need",
            "speed", "seed", "feed", "breed", "proceed", "succeed", "exceed", "sacred", "naked", "wicked", "beloved",
            "embed", "shed", "wed", "reed", "weed", "deed", "creed", "greed", "heed", "so-called", "called",
            "skilled", "talented", "experienced", "qualified", "occupied", "disputed", "self-proclaimed",
            "proclaimed", "backed", "kremlin-backed", "moscow-backed", "planned", "expected", "scheduled");

    /** Articles and possessives before a noun: a past form right after one is an adjective ("a televised address"). */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "this", "these", "those");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this", "that", "these", "those", "my", "your", "some", "all", "both", "each", "every", "date", "be",
            "mid", "early", "late", "about", "around", "more", "less", "power", "office", "court", "war", "police",
            "prison", "jail", "hospital", "parliament", "reporters", "journalists", "death", "justice", "safety",
            "authorities", "investigators", "school", "work", "home");

    /** Past verbs whose infinitive happened: "began to fall", "managed to escape", "voted to remove". */
    private static final Set<String> DONE = Set.of("began", "started", "continued", "managed", "tried", "failed",
            "ceased", "stopped", "used", "came", "went", "helped", "rushed", "moved", "voted", "chose", "decided",
            "refused", "happened", "appeared", "seemed", "got", "had", "declined", "forced", "able", "unable");

    /** Verbs of wishing and planning: "to be" after them is still to come. */
    private static final Set<String> WISHED = Set.of("hoped", "hopes", "hope", "expected", "expects", "expect", "due", "set",
            "scheduled", "planned", "wants", "wanted", "likely", "going", "intends", "intended", "aims", "aimed");
    /** Present-tense verbs of going and meeting that put a date before them in the present. */
    private static final Set<String> PRESENT = Set.of("go", "goes", "meet", "meets", "vote", "votes", "begins",
            "opens", "starts", "takes", "is", "are", "am", "expires", "ends", "closes", "resumes", "finishes", "comes",
            "falls", "happens", "occurs");

    /** Words before a bare verb that make it no present tense ("agreed to meet again on Friday", "will meet"). */
    private static final Set<String> MODALS = Set.of("to", "will", "would", "could", "may", "might", "shall", "should",
            "must", "can", "ll", "not");

    /** The forms of "be" that make a participle after them passive ("was acquired by", "the final was held"). */
    static final Set<String> BE = Set.of("was", "were", "is", "are", "be", "been", "being");

    /** "the first to", "the last to", "the only one to": who did it, not what is to come. */
    private static final Set<String> RANK = Set.of("first", "last", "second", "third", "only", "one", "latest");

    /** Words that open another clause after a date: its verbs do not tell the date's tense. */
    private static final Set<String> OTHER_CLAUSE = Set.of("where", "which", "while", "whereas");

    /** Words after "last" that make it past: "last week", "last night", "last year's". */
    private static final Set<String> LAST_OF = Set.of("week", "weekend", "month", "year", "night", "time", "season",
            "summer", "winter", "spring", "autumn", "fall", "decade", "century", "term", "session");

    /** Words that open a date: "on Thursday", "in March", "late Friday". */
    private static final Set<String> DATE_OPENERS = Set.of("on", "in", "at", "by", "during", "late", "early");

    /** Particles between a verb and "to": "came back to", "went out to". */
    private static final Set<String> PARTICLES = Set.of("back", "up", "out", "down", "over", "away", "home");

    /**
     * Nouns of an attempt, a chance or an ability: "missed the chance to", "failed in a bid to", "lost its ability
     * to steer".
     */
    private static final Set<String> ATTEMPTS = Set.of("chance", "opportunity", "bid", "attempt", "effort", "try",
            "ability", "capacity",
            // "pulled out of talks to buy Lehman on Sunday": talks or a deal told in the past were then
            "talks", "negotiations", "deal", "offer", "plan", "plans", "agreement", "campaign",
            // "announced its intention to float on Nov. 3": the announcing is what the date tells
            "intention", "intent", "decision", "proposal");

    /** An "-ed" word of five letters or more that is no adjective or noun ("united", "need"): a past verb. */
    private static boolean regularPast(String w) {
        return w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w);
    }

    /** Whether a past verb stands in the three words before k (down to from): "had missed the", "failed in a". */
    private static boolean pastBefore(Tokens t, int k, int from) {
        for (int j = k; j >= from && j > k - 3; j--) {
            String w = t.w(j);
            if (PAST.contains(w) || regularPast(w) || Triggers.irregularPast(w)) return true;
        }
        return false;
    }

    /** Verbs that move something to a later date: the date after "until", "to" or "for" is still to come. */
    private static final Set<String> MOVED = Set.of("adjourned", "postponed", "deferred", "extended", "delayed",
            "rescheduled", "set", "slated", "scheduled", "back", "called", "convened", "planned", "fixed");

    /** Modals of a possibility: what they say may happen is still to come. */
    private static final Set<String> POSSIBLE = Set.of("could", "may", "might");

    /** The words that may mark a tense (see {@link #marker}); any other word marks none. */
    private static final WordList MARKERS = WordList.of(w -> w.equals("ll") || w.equals("won") || w.equals("going") || w.equals("would")
            || POSSIBLE.contains(w)
            || w.equals("to") || FUTURE.contains(w) || PRESENT.contains(w) || PAST.contains(w) || Triggers.irregularPast(w)
            || w.length() >= 5 && w.endsWith("ed"));

    private Tense() {
    }

    /** Words after "would" that make it no plan: "would have", "would often", "would later". */
    private static final Set<String> NOT_PLANNED = Set.of("have", "ve", "often", "usually", "later", "never",
            "always", "sometimes", "like", "rather", "say", "not", "been");

    /** "would take place", "would declare", "would be held", "would be sworn in": a plan for a day to come. */
    private static boolean wouldFuture(Tokens t, int k) {
        if (!t.isWord(k + 1) || t.capitalised(k + 1)) return false;
        String v = t.lower[k + 1];
        if (v.equals("be")) return t.isWord(k + 2) && (t.lower[k + 2].equals("held") || t.lower[k + 2].equals("sworn")
                || t.lower[k + 2].endsWith("ed") && !t.lower[k + 2].equals("needed")
                || PARTICIPLES.contains(t.lower[k + 2])); // "said the deal would be done by June 30"
        return !NOT_PLANNED.contains(v) && !v.endsWith("ed") && !adverb(v);
    }

    /** Irregular participles of things still to be done after "would be". */
    private static final Set<String> PARTICIPLES = Set.of("done", "given", "taken", "chosen", "written", "shown",
            "spent", "begun", "made", "paid", "sold", "built", "sent", "won", "flown", "drawn");

    /** Harms no one schedules: "Tuesday's explosion" was past. */
    private static final Set<String> UNFORESEEN = Set.of("explosion", "explosions", "blast", "blasts", "attack",
            "attacks", "earthquake", "quake", "crash", "collapse", "bombing", "bombings", "shooting", "derailment",
            "accident", "eruption", "killing", "killings", "assassination", "coup", "fire", "massacre", "stampede");

    /** Whether a harm no one schedules is named at k, after at most two adjectives ("Tuesday's deadly blast"). */
    static boolean unforeseen(Tokens t, int k) {
        for (int j = k; j < k + 3; j++) {
            if (!t.isWord(j) || t.capitalised(j)) return false;
            if (UNFORESEEN.contains(t.lower[j])) return true;
        }
        return false;
    }

    /** Verbs that end like an adverb ("would fly", "will reply"): not "would likely", "will only". */
    private static final Set<String> LY_VERBS = Set.of("fly", "rely", "apply", "reply", "supply", "comply", "imply",
            "multiply", "ally", "tally", "rally", "bully", "sully");

    /** Whether a lower-case word after a modal is an adverb ("likely", "only", "soon"), not a bare verb. */
    static boolean adverb(String w) {
        return w.endsWith("ly") && !LY_VERBS.contains(w);
    }

    /** A verb of wishing or planning just before "to" at k, or before its object: "expect the battery to be". */
    private static boolean wished(Tokens t, int k) {
        for (int j = k - 1; j >= k - 3; j--) {
            if (!t.isWord(j)) return false;
            if (WISHED.contains(t.lower[j])) return true;
        }
        return false;
    }

    /** Verbs of a schedule told in the present: "starts Monday", "opens on Friday", "meets on Tuesday". */
    private static final Set<String> SCHEDULED = Set.of("starts", "begins", "opens", "resumes", "ends", "closes",
            "meets", "meet", "goes", "go", "vote", "votes", "kicks", "travels", "arrives", "leaves", "comes", "falls",
            "happens", "occurs");

    /**
     * Whether the clause of the date at i is a match told in the present: a present verb of meeting or playing
     * opens it, within fourteen tokens before the date and no punctuation ("Argentina meet Belgium in the
     * semi-finals at the Azteca on Wednesday", "It meets Morocco on Saturday"), with no modal or "to" before it.
     */
    static boolean fixture(Tokens t, int i, int from) {
        for (int k = i - 1; k >= from && i - k <= 14; k--) {
            if (!t.isWord(k) && !t.isNum(k) && !t.isDash(k)) return false;
            if (t.isWord(k) && FIXTURES.contains(t.lower[k]) && !t.capitalised(k)) return !MODALS.contains(t.w(k - 1));
        }
        return false;
    }

    /** Present verbs of a journey: "flies to Paris on Sunday", "returns home on Monday". */
    private static final Set<String> TRAVELS = Set.of("flies", "travels", "heads", "returns", "visits", "leaves",
            "departs", "sails", "tours");

    /** Whether the word before k tells who travels: "he", "she", "it", or a capitalised word inside the sentence. */
    private static boolean travellerBefore(Tokens t, int k) {
        String p = t.w(k - 1);
        return p.equals("he") || p.equals("she") || p.equals("it")
                || t.isWord(k - 1) && t.capitalised(k - 1) && t.isWord(k - 2);
    }

    /**
     * Whether the date at i ends a journey told in the present in its clause: a present verb of travel after its
     * traveller, within sixteen tokens before it and no stop between ("He flies to Ho Chi Minh City, formerly
     * Saigon, on Sunday"); a plan, as a fixture is.
     */
    static boolean journey(Tokens t, int i, int from) {
        for (int k = i - 1; k >= from && i - k <= 16; k--) {
            if (t.is(k, '.') || t.is(k, ';') || t.is(k, ':')) return false;
            if (t.isWord(k) && TRAVELS.contains(t.lower[k])) return travellerBefore(t, k);
        }
        return false;
    }

    /**
     * Present verbs that tell a plan of a coming month ("holds elections in May", "leaves office in January"): those
     * of {@link #SCHEDULED} that are no nouns too ("a confidence vote in March", "a meet"), and a few more.
     */
    private static final Set<String> PLANS = Set.of("starts", "begins", "opens", "resumes", "ends", "closes",
            "meets", "goes", "votes", "travels", "arrives", "leaves", "comes", "falls", "holds", "hold", "takes",
            "expires", "finishes", "hands", "steps");

    /**
     * Whether the month at i closes a plan told in the present: a present verb of schedule before it in its clause,
     * within twelve tokens and no stop between, with no modal or "to" before that verb ("Suriname holds general
     * elections in May", "before Obama ... leaves office in January").
     */
    static boolean planned(Tokens t, int i, int from) {
        for (int k = i - 1; k >= from && i - k <= 12; k--) {
            if (t.is(k, '.') || t.is(k, ';') || t.is(k, ':')) return false;
            // (a count's noun is no verb: "upheld the verdict by four votes to three on Feb. 6")
            if (t.isWord(k) && PLANS.contains(t.lower[k]) && !t.capitalised(k) && !counted(t, k - 1)) {
                return !MODALS.contains(t.w(k - 1));
            }
        }
        return false;
    }

    /** Whether token j is a number, in figures or in words ("four votes", "1,200 votes"), or "the" before a noun. */
    private static boolean counted(Tokens t, int j) {
        return t.isNum(j) || DatePatterns.NUMBERS.containsKey(t.w(j)) || ARTICLES.contains(t.w(j));
    }

    /** Present verbs of a match between two sides. */
    private static final Set<String> FIXTURES = Set.of("meet", "meets", "play", "plays", "face", "faces");

    /** Whether a present verb of schedule stands just before the date at i ("starts Monday", "opens on Friday"). */
    static boolean scheduled(Tokens t, int i) {
        int v = t.wordIs(i - 1, "on") ? i - 2 : i - 1;
        if (t.wordIs(v, "off")) v--; // "kicks off on Saturday"
        return t.isWord(v) && SCHEDULED.contains(t.lower[v]);
    }

    /** The tense of the clause holding token {@code i}, looking within [from, to). */
    static Anchor.Tense at(Tokens t, int i, int from, int to) {
        String p = t.w(i - 1);
        if (p.equals("since")) return Anchor.Tense.PAST; // "the first time since Christmas", "closed since March"
        if (p.equals("until") || p.equals("till") || p.equals("to") || p.equals("for")) {
            for (int k = i - 2; k >= i - 9 && k >= from; k--) {
                // "adjourned the case to May 5", "has called an extraordinary summit of its leaders for Friday"
                // (a plan told in the past perfect, "the festivities had been set for July 5", was for a day near the
                // story's, which may have passed: the year is the anchor's)
                if (MOVED.contains(t.w(k))) {
                    boolean perfect = t.wordIs(k - 1, "had") || t.wordIs(k - 1, "been") && t.wordIs(k - 2, "had");
                    return perfect ? Anchor.Tense.PRESENT : Anchor.Tense.FUTURE;
                }
            }
        }
        if (p.equals("of") && t.wordIs(i - 2, "ahead")) return Anchor.Tense.FUTURE; // "ahead of Sunday's vote"
        // "Signs were turned around to confuse the invaders, and on Thursday a congress met in secret": a date
        // fronting a new clause after ", and" is that clause's; the verbs before it are another's
        int q = DATE_OPENERS.contains(p) ? i - 2 : i - 1;
        if ((t.wordIs(q, "and") || t.wordIs(q, "but")) && t.is(q - 1, ',') && q + 1 > from) from = q + 1;
        // "pressed Boric to broaden his team after Sunday's referendum": a date owned by a noun is not the
        // infinitive's, whose purpose is still to come
        boolean owned = t.isApostrophe(i + 1) && t.wordIs(i + 2, "s");
        // "the rage at Tuesday's explosion", "the rubble of Monday's earthquake": a harm no one schedules is past,
        // unless its sentence says it will come
        if (owned && unforeseen(t, i + 3)) {
            for (int k = i - 1; k >= from && k >= i - 12; k--) {
                if (t.wordIs(k, "will") || t.wordIs(k, "shall")) return Anchor.Tense.FUTURE;
            }
            return Anchor.Tense.PAST;
        }
        // the verb before a date governs it more often than the one after: look 6 back first
        for (int d = 1; d <= 6; d++) {
            Anchor.Tense a = marker(t, i - d, from, to, owned);
            if (a != null) return a;
        }
        // "Anyone who watched the final game of the rematch on Sunday afternoon will remember": a relative clause's
        // past verb before the date, not the main clause's future after it
        for (int d = 7; d <= 12 && i - d > from; d++) {
            if (t.is(i - d, ',') || t.is(i - d, ';')) break;
            if (t.wordIs(i - d - 1, "who") || t.wordIs(i - d - 1, "which") || t.wordIs(i - d - 1, "that")) {
                Anchor.Tense a = marker(t, i - d, from, to, owned);
                if (a == Anchor.Tense.PAST) return a;
            }
        }
        boolean ahead = true; // "on Jan. 26 and where some candidates have questioned ...": another clause's verb
        int reach = 10;
        for (int d = 1; d <= reach; d++) {
            // ("Sunday's referendum, in which six million Algerians voted": a clause about the day's own happening
            // tells its tense)
            boolean aboutOwn = owned && t.wordIs(i + d, "which") && d <= 7
                    && (t.is(i + d - 1, ',') || t.wordIs(i + d - 1, "in") && t.is(i + d - 2, ','));
            if (aboutOwn) reach = d + 8;
            ahead &= (!OTHER_CLAUSE.contains(t.w(i + d)) || aboutOwn) && !t.is(i + d, ';')
                    && !attribution(t, i + d, to);
            Anchor.Tense a = ahead ? marker(t, i + d, from, to, true) : null;
            if (a != null) return a;
            if (d + 6 <= 14) {
                a = marker(t, i - d - 6, from, to, owned);
                if (a != null) return a;
            }
        }
        // "The club will receive the trophy after its last home game of the season, against Everton on Saturday":
        // the sentence's future further back still governs a date no nearer word marks
        for (int k = i - 15; k >= from && k >= i - 30; k--) {
            if (t.is(k, ';')) break;
            if (t.wordIs(k, "will") || t.wordIs(k, "shall")) return Anchor.Tense.FUTURE;
        }
        return Anchor.Tense.PRESENT;
    }

    /** Verbs that close a sentence by naming its source: "..., ESA said.", "..., officials told reporters." */
    private static final Set<String> SOURCED = Set.of("said", "says", "told", "added", "reported", "announced", "stated");

    /**
     * Whether a comma at k opens the attribution that ends its sentence ("will present it at a news conference on
     * Thursday, ESA said"): the tense of the saying is not that of what was said.
     */
    private static boolean attribution(Tokens t, int k, int to) {
        if (!t.is(k, ',')) return false;
        for (int j = k + 1; j < to && j <= k + 5; j++) {
            if (!t.isWord(j)) return false;
            if (SOURCED.contains(t.lower[j])) {
                int end = j + 1;
                if (t.wordIs(end, "reporters") || t.wordIs(end, "journalists")) end++;
                return end >= to || t.is(end, '.');
            }
        }
        return false;
    }

    /** Words after which "to" is a preposition: "guilty to murder", "prior to the vote", "according to police". */
    private static final Set<String> TO_PREPOSITION = Set.of("guilty", "prior", "according", "thanks", "owing",
            "addition", "contrary", "compared", "similar", "next");

    /**
     * A noun of a body or a person that is no verb ("to government forces", "to party officials", "to police"; not
     * "to press", "to guard", which the CAMEO verb list holds).
     */
    private static boolean body(String w) {
        Lexicon lex = Lexicon.get();
        return (lex.orgWords.contains(w) || lex.personNouns.contains(w)) && !lex.cameo.containsKey(w);
    }

    /** A plural noun's look: a bare verb after "to" takes no -s ("to members", "to voters", not "to press"). */
    private static boolean plural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /**
     * The tense a word at k marks, or null. {@code purpose}: a "to" and a verb at k is no future and a present
     * verb no present, because the word follows the date ("poured into the streets on Tuesday to welcome",
     * "handed himself over on Wednesday to begin serving") or the date belongs to a noun ("pressed him to broaden
     * his team after Sunday's referendum").
     */
    private static Anchor.Tense marker(Tokens t, int k, int from, int to, boolean purpose) {
        if (k < from || k >= to || !t.in(k, MARKERS)) return null;
        String w = t.lower[k];
        if (w.equals("ll") && t.isApostrophe(k - 1)) return Anchor.Tense.FUTURE;
        if (w.equals("won") && t.isApostrophe(k + 1)) return Anchor.Tense.FUTURE;
        if (w.equals("going") && t.wordIs(k + 1, "to")) return Anchor.Tense.FUTURE;
        // "officials said the ceremony would take place on Friday", "said it would declare mourning starting on
        // Monday": the future seen from the day of the report; not "would have", "would often"
        if (w.equals("would")) return wouldFuture(t, k) ? Anchor.Tense.FUTURE : null;
        // "a trip to Moscow could take place in June", "may be held in March": a possibility still to come (not
        // "could have", "could not")
        if (POSSIBLE.contains(w)) return wouldFuture(t, k) && !t.wordIs(k + 1, "not") ? Anchor.Tense.FUTURE : null;
        // "the injured were to be flown abroad on Monday": a plan told in the past, still to come
        if (w.equals("to") && t.wordIs(k + 1, "be") && (t.wordIs(k - 1, "was") || t.wordIs(k - 1, "were"))
                && !t.wordIs(k + 2, "found") && !t.wordIs(k + 2, "seen")) {
            return Anchor.Tense.FUTURE;
        }
        if (w.equals("to") && (t.wordIs(k + 1, "be") || t.wordIs(k - 1, "is") || t.wordIs(k - 1, "are")))
            return t.wordIs(k - 1, "is") || t.wordIs(k - 1, "are") || t.wordIs(k + 2, "held")
                    || wished(t, k) ? Anchor.Tense.FUTURE : null; // "hoped to be sworn in on Monday"
        // ("the next morning", "the next day": the day after the one told, however long ago; "next week" is ahead)
        if (w.equals("next") && t.wordIs(k - 1, "the")) return null;
        if (FUTURE.contains(w) && !w.equals("ll") && !w.equals("won")) {
            // "had been due to carry aid to victims of Monday's quake", "were due to fly": a plan of the past
            boolean past = t.wordIs(k - 1, "been") && t.wordIs(k - 2, "had")
                    || w.equals("due") && (t.wordIs(k - 1, "was") || t.wordIs(k - 1, "were"));
            return past ? Anchor.Tense.PAST : Anchor.Tense.FUTURE;
        }
        if (w.equals("to") && RANK.contains(t.w(k - 1))) return null; // "became the last to ratify"
        // "pleaded guilty to murder on Monday", "prior to talks": a preposition, no infinitive
        if (w.equals("to") && TO_PREPOSITION.contains(t.w(k - 1))) return null;
        // ("by four votes to three", "from two to three": a number, no verb)
        if (w.equals("to") && t.isWord(k + 1) && !t.capitalised(k + 1) && !DETERMINERS.contains(t.lower[k + 1])
                && !t.lower[k + 1].endsWith("ed") && !t.lower[k + 1].endsWith("ing")
                && !DatePatterns.NUMBERS.containsKey(t.lower[k + 1])
                && !plural(t.lower[k + 1]) // "presented to members at meetings on Saturday": a noun, no verb
                && !body(t.lower[k + 1])) { // "surrendered the town to government forces on Tuesday": nor a body
            if (DONE.contains(t.w(k - 1))) return Anchor.Tense.PAST; // "began to fall on April 29": it did
            // "came back to life with steam explosions on April 2", "went back to work": a movement, no infinitive
            if (PARTICLES.contains(t.w(k - 1)) && DONE.contains(t.w(k - 2))) return Anchor.Tense.PAST;
            // "had missed the chance to clinch the title on Sunday": an attempt told in the past is past
            if (ATTEMPTS.contains(t.w(k - 1)) && pastBefore(t, k - 2, from)) return Anchor.Tense.PAST;
            if (!purpose) return Anchor.Tense.FUTURE; // "agreed to meet again in June": the meeting is still to come
            return null;
        }
        // "Voters go to the polls on 18 May, ... because the government lost": a present verb just before the date
        if (!purpose && PRESENT.contains(w) && !MODALS.contains(t.w(k - 1))) return Anchor.Tense.PRESENT;
        // "He flies to Ho Chi Minh City on Sunday": a journey told in the present after its traveller
        if (!purpose && TRAVELS.contains(w) && travellerBefore(t, k)) return Anchor.Tense.PRESENT;
        String prev = t.w(k - 1);
        boolean passive = prev.equals("be") || prev.equals("being") || prev.equals("is") || prev.equals("are")
                || prev.equals("been") && !t.wordIs(k - 2, "had");
        if (passive && !w.equals("was") && !w.equals("were")) return null;
        // "its last home game of the season": an adjective of order, not "last week"
        if (w.equals("last") && !LAST_OF.contains(t.w(k + 1)) && !t.capitalised(k + 1)) return null;
        if (PAST.contains(w)) return Anchor.Tense.PAST;
        // "in a televised address on Monday night", "the lost city": a participle after a determiner is an adjective
        if (ARTICLES.contains(t.w(k - 1)) && t.isWord(k + 1) && !t.capitalised(k + 1)) return null;
        if (Triggers.irregularPast(w)) return Anchor.Tense.PAST; // "who beat him in December"
        if (regularPast(w) && !t.capitalised(k)) return Anchor.Tense.PAST;
        return null;
    }
}
