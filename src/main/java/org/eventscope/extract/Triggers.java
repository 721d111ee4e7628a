package org.eventscope.extract;

import org.eventscope.model.EventKind;

import java.util.Map;

/** Looks up event trigger words: the hand-written lexicon first, then CAMEO verbs, through simple inflections. */
final class Triggers {
    /**
     * A trigger at a token: its kind, strength, lemma and whether it is a noun. Strength 0 marks a light verb
     * ("took", "filed") that names a happening only with its object (see {@link #withObject}).
     */
    record Hit(EventKind kind, double strength, String lemma, boolean noun, int object) {
        Hit(EventKind kind, double strength, String lemma, boolean noun) {
            this(kind, strength, lemma, noun, -1);
        }
    }

    /**
     * Verbs that name a happening through their object ("won an order", "filed a lawsuit", "gave a keynote",
     * "launched an attack", "held talks", "posted a profit"): surface form to lemma.
     */
    private static final Map<String, String> LIGHT = light("win wins won winning|lose loses lost losing|file files filed"
            + "|give gives gave|hold holds held|take takes took|receive receives received|make makes made"
            + "|launch launches launched|stage stages staged|conduct conducts conducted|reach reaches reached"
            + "|place places placed|post posts posted|report reports reported|suffer suffers suffered"
            + "|seal seals sealed|complete completes completed|carry carries carried|announce announces announced"
            + "|order orders ordered|issue issues issued|draw draws drew drawn");

    /** "lemma form form|lemma form ...": each form to its group's first word. */
    private static Map<String, String> light(String groups) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String g : groups.split("\\|")) {
            String[] f = g.split(" ");
            for (String x : f) m.put(x, f[0]);
        }
        return Map.copyOf(m);
    }

    /** "fought pancreatic cancer", "battling an illness": a fight that is no military action. */
    private static final java.util.Set<String> ILLNESS = java.util.Set.of("cancer", "disease", "illness", "leukemia",
            "leukaemia", "tumour", "tumor", "infection", "addiction", "depression", "covid", "virus", "malaria",
            "tuberculosis", "aids", "hiv", "fire", "fires", "wildfire", "wildfires", "flames", "corruption", "poverty",
            "blaze", "blazes", "flood", "floods", "floodwaters", "inflation", "drought");

    private static final java.util.Set<String> OBJECT_STOP = java.util.Set.of("has", "have", "had", "was", "were", "is",
            "are", "will", "would", "to", "for", "from", "with", "in", "on",
            "at", "by", "of", "that", "which", "who", "and", "or", "but", "as", "after", "before", "over", "into",
            "against", "while", "when", "because", "since", "than");

    /**
     * A verb with the happening noun it takes as object within a few words ("signed the agreement", "won a $15bn
     * order", "gave his annual keynote") is one trigger at the verb; a light verb takes the noun's kind, a verb
     * that names a happening itself keeps its own. Returns null when there is no such object.
     */
    Hit withObject(Tokens t, int k, Hit verb) {
        if (verb == null || !t.isWord(k)) return null;
        if (verb.strength() == 0) verb = null; // a light verb only: its kind comes from its object
        else if (verb.noun()) return null;
        if (verb != null && verb.kind() == EventKind.MILITARY) {
            for (int j = k + 1; j <= k + 3 && j < t.size; j++) {
                if (!ILLNESS.contains(t.w(j))) continue;
                // "firefighters battled the blazes": part of the disaster, told more weakly than what is done
                String x = t.w(j);
                boolean disaster = x.startsWith("fire") || x.startsWith("wildfire") || x.startsWith("blaze")
                        || x.startsWith("flood") || x.equals("flames") || x.equals("drought");
                // "promising to fight corruption": a policy, no happening; "fought pancreatic cancer" is told as one
                boolean policy = x.equals("corruption") || x.equals("poverty") || x.equals("inflation");
                double strength = disaster || policy ? 0.5 : verb.strength();
                return new Hit(EventKind.OTHER, strength, verb.lemma(), false, j);
            }
        }
        String lemma = verb != null ? verb.lemma() : LIGHT.get(t.lower[k]);
        // "won 4-2 on penalties", "lost 3-1", "drew 1-1 with United": a score names a contest
        if (("win".equals(lemma) || "lose".equals(lemma) || "draw".equals(lemma)) && (t.isNum(k + 1) && t.isDash(k + 2) && t.isNum(k + 3)
                || t.wordIs(k + 1, "on") && t.wordIs(k + 2, "penalties"))) {
            return new Hit(EventKind.OTHER, 0.85, lemma, false, k + 1);
        }
        // "after losing to Australia in 2015": a contest lost to a side
        if ("lose".equals(lemma) && t.wordIs(k + 1, "to") && t.capitalised(k + 2)) return new Hit(EventKind.OTHER, 0.8, lemma, false, k + 2);
        // "Chelsea drew with Tottenham": a contest drawn with a side
        if ("draw".equals(lemma) && t.wordIs(k + 1, "with") && t.capitalised(k + 2)) return new Hit(EventKind.OTHER, 0.8, lemma, false, k + 2);
        // "won the Nobel Peace Prize", "was awarded the International Booker prize", "received the medal of
        // honour": an honour given, whoever gives it
        if (lemma != null && PRIZE_VERBS.contains(lemma)) {
            for (int j = k + 1; j < t.size && j <= k + 7; j++) {
                if (!t.isWord(j)) {
                    if (t.is(j, '-') || t.is(j, '\'') || t.is(j, '\u2019')) continue;
                    break;
                }
                if (PRIZES.contains(t.lower[j])) return new Hit(EventKind.RECOGNITION, 0.85, lemma, false, j);
                if (j > k + 1 && OBJECT_STOP.contains(t.lower[j])) break;
            }
            // "the prize was awarded to Han Kang": the honour named before
            if (t.wordIs(k + 1, "to")) {
                for (int j = k - 1; j >= 0 && j >= k - 6 && t.isWord(j); j--) {
                    if (PRIZES.contains(t.lower[j])) return new Hit(EventKind.RECOGNITION, 0.85, lemma, false, j);
                }
            }
        }
        boolean beat = "beat".equals(lemma) || "defeat".equals(lemma);
        if ("win".equals(lemma) || "lose".equals(lemma) || beat) {
            // what is won names the happening: a contest ("won the World Cup", "lost the final") or an election
            // ("beat him at the polls", "defeated the incumbent in the run-off")
            for (int j = k + 1; j < t.size && j <= k + 6; j++) {
                if (!t.isWord(j)) {
                    if (t.is(j, '-') || t.is(j, '\'') || t.is(j, '\u2019')) continue;
                    break;
                }
                if (CONTESTS.contains(t.lower[j]) && !beat) return new Hit(EventKind.OTHER, 0.85, lemma, false, j);
                if (ELECTIONS.contains(t.lower[j])) return new Hit(EventKind.APPOINTMENT, 0.85, lemma, false, j);
            }
        }
        for (int j = k + 1; j < t.size && j <= k + 6; j++) {
            if (!t.isWord(j)) {
                if (t.isNum(j)) continue;
                char c = t.text.charAt(t.start[j]);
                if (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == '"') return null;
                continue;
            }
            if (t.capitalised(j)) continue;
            if (OBJECT_STOP.contains(t.lower[j])) return null;
            Hit o = at(t, j);
            if (o == null) continue;
            if (o.strength() == 0) return null; // another verb
            String before = t.w(j - 1);
            boolean nominal = o.noun() || t.isNum(j - 1) || DETERMINERS.contains(before) || before.equals("percent");
            if (!nominal) return null;
            Hit head = at(t, j + 1); // "a trade pact": the compound's last noun
            if (head != null && head.noun() && head.strength() > 0 && t.isWord(j + 1) && !t.capitalised(j + 1)) {
                o = head;
                j++;
            }
            // "joined the protests" is the protest: joining takes the kind of what is joined
            // ... and a weak verb of CAMEO's takes the kind of the happening it names ("switched recognition to")
            // ("attended the funeral" is the funeral, "attended the inauguration" the inauguration, told as surely
            // as attending is)
            if (verb != null && verb.lemma().equals("attend")) return new Hit(o.kind(), verb.strength(), verb.lemma(), false, j);
            if (verb == null || LIGHT.containsKey(t.lower[k]) || verb.lemma().equals("join") || verb.lemma().equals("order")
                    || verb.strength() < 0.5 && o.strength() >= 0.8) {
                return new Hit(o.kind(), Math.max(o.strength(), verb == null ? 0.6 : verb.strength()), lemma, false, j);
            }
            return new Hit(verb.kind(), verb.strength(), verb.lemma(), false, j);
        }
        return null;
    }

    static final java.util.Set<String> CONTESTS = java.util.Set.of("cup", "title", "titles", "championship",
            "championships", "final", "finals", "match", "game", "tournament", "trophy", "medal", "gold", "silver",
            "bronze", "race", "league", "series", "open", "slam", "prix", "derby", "semifinal", "semi-final", "bout",
            "marathon", "marathons", "tour", "stage", "regatta", "triathlon",
            "decathlon", "heptathlon", "belt");
    /** Honours given for work: what is won, awarded or received as a prize, not as a contest or an office. */
    static final java.util.Set<String> PRIZES = java.util.Set.of("prize", "prizes", "award", "awards", "nobel",
            "laureate", "oscar", "oscars", "grammy", "grammys", "emmy", "emmys", "pulitzer", "booker", "honour", "honor",
            "honours", "honors", "knighthood", "decoration", "fellowship");
    private static final java.util.Set<String> PRIZE_VERBS = java.util.Set.of("win", "receive", "award", "give",
            "accept", "collect", "announce", "present", "bestow", "confer", "grant", "share");
    private static final java.util.Set<String> ELECTIONS = java.util.Set.of("election", "elections", "vote", "votes",
            "seat", "seats", "presidency", "majority", "nomination", "primary", "runoff", "run-off", "referendum",
            "mandate", "term", "ballot", "poll", "polls", "mayoralty", "governorship", "premiership", "leadership");

    /** Whether a word is an irregular past form ("fled", "met", "took"). */
    static boolean irregularPast(String w) {
        return IrregularVerbs.PAST.containsKey(w) && !w.endsWith("s");
    }

    /** Whether a lower-case word looks like a past form: "-ed" after at least three letters, or irregular. */
    static boolean pastForm(String w) {
        return w.length() > 4 && w.endsWith("ed") || irregularPast(w);
    }

    /** Verbs too general to name a happening on their own, whatever CAMEO files them under. */
    private static final java.util.Set<String> GENERAL = java.util.Set.of("leave", "come", "go", "get", "take", "make",
            "give", "have", "put", "set", "face", "see", "keep", "bring", "run", "call", "find", "show", "look",
            "want", "need", "use", "work", "try", "ask", "become", "seem", "feel", "begin", "start", "end",
            "continue", "remain", "stay", "include", "allow", "expect", "plan", "hope", "think", "know", "believe",
            "consider", "move", "turn", "play", "pay", "lead", "follow", "reach", "open", "close", "build", "add",
            "hold", "mark", "note", "tell", "say", "let", "mean", "seek", "help", "change", "return", "receive",
            "create", "draw", "spend", "cover", "push", "pull", "raise", "hit", "cut", "fall",
            "rise", "grow", "increase", "reduce", "report", "launch", "test", "drop",
            // CAMEO files these by a rare sense: "before dawn", "Kodak engineers"
            "dawn", "engineer");

    private final Lexicon lex = Lexicon.get();

    private static final Hit NONE = TriggerPhrases.NONE;
    private static final Memo<Hit> CACHE = new Memo<>(200_000);
    /** Words of a phrase, and words that may name a happening on their own: bits of the tokens. */
    private static final WordList PHRASAL_WORDS = WordList.of(TriggerPhrases.PHRASAL);
    private static final WordList MAY_TRIGGER = WordList.of(w -> new Triggers().lookupOrNone(w) != NONE);

    Hit at(Tokens t, int i) {
        if (!t.isWord(i)) return null;
        String w = t.lower[i];
        // (a word of two letters names a happening only in a phrase: "can go ahead", "may go down")
        if (w.length() < 3 && !t.in(i, PHRASAL_WORDS) || w.equals("according")) return null;
        // "co-hosts Australia", "co-founders Page and Brin": a role held together, not a verb
        if (t.isDash(i - 1) && t.glued(i - 1) && t.glued(i) && t.wordIs(i - 2, "co") && w.endsWith("s")
                && (t.capitalised(i + 1) || t.wordIs(i + 1, "of"))) {
            return null;
        }
        // "an offer of 80 million pounds", "a 500-pound bomb": a sum or a weight, no shelling
        if ((w.equals("pounds") || w.equals("pound")) && (t.isNum(i - 1) || t.isDash(i - 1) && t.isNum(i - 2)
                || AMOUNTS.contains(t.w(i - 1)))) {
            return null;
        }
        // "urged the president on Monday to resign": what is asked for has not happened
        if (t.wordIs(i - 1, "to") && TriggerPhrases.askedBefore(t, i - 1)) return null;
        if (t.in(i, PHRASAL_WORDS)) {
            Hit c = TriggerPhrases.reading(t, i, w);
            // "did not sign the bill", "would never resign", "refused to sign": what did not happen is no happening
            // (the saying or the refusal is)
            if (c != null) return c == TriggerPhrases.NONE || notDone(t, i) ? null : c;
        }
        if (!t.in(i, MAY_TRIGGER) || notDone(t, i)) return null;
        // "the target would be met", "demands were met", "was met with protests": a passive "met" fulfils or
        // greets, it tells no meeting ("was met by the prime minister at the airport" still does)
        if (w.equals("met") && PASSIVE_BE.contains(t.w(i - 1)) && !t.wordIs(i + 1, "by")) return null;
        Hit h = CACHE.get(w, lookupOrNone);
        if (h.strength() < 0.5 && h.lemma().equals(w) && nounContext(t, i)) return null;
        // "ended their summit without an agreement", "broke up with no deal": an agreement not made is no happening
        // of its own (the summit's or the talks' verb tells what happened)
        if (h.kind() == EventKind.AGREEMENT && h.noun() && negated(t, i)) return null;
        // "announced a judicial inquiry into the disaster", "an investigation into the crash": what is looked into
        // happened before; the inquiry is the sentence's happening
        if (h.noun() && investigated(t, i)) return null;
        // "raising fears of a meltdown", "the risk of a default": what is feared has not happened
        if (h.noun() && feared(t, i)) return null;
        return h;
    }

    /** Whether the noun at i is what is feared or risked: "fears of a meltdown", "the threat of a new war". */
    private static boolean feared(Tokens t, int i) {
        int j = i - 1;
        // (past an article and up to two modifiers: "fears of a full-blown meltdown")
        while (j > 0 && i - j <= 4 && t.isWord(j) && !t.wordIs(j, "of") && !t.capitalised(j)) j--;
        return t.wordIs(j, "of") && t.in(j - 1, FEARED);
    }

    private static final WordList FEARED = WordList.of(java.util.Set.of("fear", "fears", "risk", "risks", "danger",
            "dangers", "threat", "threats", "prospect", "prospects", "possibility", "spectre", "specter", "likelihood",
            "warnings", "warning", "brink", "verge"));

    /** Whether the noun at i is what an inquiry looks into: "inquiry into the disaster", "probe into Monday's crash". */
    private static boolean investigated(Tokens t, int i) {
        int j = i - 1;
        while (j > 0 && i - j <= 3 && t.isWord(j) && !t.wordIs(j, "into")) j--;
        return t.wordIs(j, "into") && t.in(j - 1, INQUIRIES);
    }

    private static final WordList INQUIRIES = WordList.of(java.util.Set.of("inquiry", "inquiries", "enquiry",
            "investigation", "investigations", "probe", "probes", "review", "inquest"));

    /**
     * Whether the verb at i is said not to happen: "not" or "never" before it, past auxiliaries and adverbs ("did not
     * sign", "has not yet resigned", "would never be sworn in", "didn't attend"), or a verb of refusing or failing
     * before its "to" ("refused to sign", "failed to agree"); not "was not signed until Monday", which tells when.
     */
    static boolean notDone(Tokens t, int i) {
        // ("found not guilty": a verdict)
        if (!t.isWord(i) || t.capitalised(i) || VERDICTS.contains(t.lower[i])) return false;
        int j = i - 1;
        // ("refused on Wednesday to sign": the refusing verb a few words before "to", in its clause)
        if (t.wordIs(j, "to")) {
            for (int q = j - 1; q >= 0 && j - q <= 6 && !t.is(q, ','); q--) if (REFUSING.contains(t.w(q))) return true;
        }
        while (j > 0 && i - j <= 3 && t.isWord(j) && (NOT_AUX.contains(t.lower[j]) || t.lower[j].endsWith("ly"))) j--;
        boolean not = t.wordIs(j, "not") || t.wordIs(j, "never")
                || t.wordIs(j, "t") && t.isApostrophe(j - 1) && t.glued(j) && t.glued(j - 1);
        if (!not) return false;
        for (int k = i + 1; k < t.size && k - i <= 8; k++) {
            if (t.is(k, '.') || t.is(k, ';')) break;
            if (t.wordIs(k, "until") || t.wordIs(k, "till")) return false;
        }
        return true;
    }

    /** Adjectives a verdict finds someone: "found him guilty", "declared her not guilty". */
    static final java.util.Set<String> VERDICTS = java.util.Set.of("guilty", "innocent");

    /** Words between "not" and its verb: "not yet signed", "not be sworn", "never been". */
    private static final java.util.Set<String> NOT_AUX = java.util.Set.of("yet", "be", "been", "being", "have", "has",
            "even", "formally", "officially");

    /** Verbs of refusing or failing before "to": what they refuse did not happen. */
    private static final java.util.Set<String> REFUSING = java.util.Set.of("refused", "refuses", "refuse", "declined",
            "declines", "decline", "failed", "fails", "fail");

    /** Whether the noun at i is said not to be: "without an agreement", "with no deal", "without any accord". */
    private static boolean negated(Tokens t, int i) {
        int j = i - 1;
        if (t.wordIs(j, "a") || t.wordIs(j, "an") || t.wordIs(j, "any")) j--;
        return t.wordIs(j, "without") || t.wordIs(j, "no") && (t.wordIs(j - 1, "with") || t.wordIs(j - 1, "but"));
    }


    /** Words of a number before a unit: "80 million pounds", "a few hundred pounds". */
    private static final java.util.Set<String> AMOUNTS = java.util.Set.of("million", "billion", "thousand", "hundred",
            "trillion", "bn", "m", "mn", "few", "several", "many", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twenty", "fifty", "dozen");

    private static final java.util.Set<String> PASSIVE_BE = java.util.Set.of("be", "been", "being", "was", "were",
            "is", "are");

    static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that", "its",
            "their", "his", "her", "our", "my", "your", "most", "every", "each", "no", "any", "some");
    private static final WordList DETERMINER_WORDS = WordList.of(DETERMINERS);

    /** Words of order or sameness before a noun: "the same prize", "its first test". */
    private static final java.util.Set<String> ORDINALS = java.util.Set.of("same", "other", "first", "second",
            "third", "next", "last", "whole", "entire", "very");

    /** "the most serious challenge": a CAMEO verb's bare form after a determiner or an adjective is a noun. */
    private static boolean nounContext(Tokens t, int i) {
        String p = t.w(i - 1);
        if (t.is(i - 1, '\'') || t.is(i - 1, '\u2019') || p.equals("s") && (t.is(i - 2, '\'') || t.is(i - 2, '\u2019'))) {
            return true; // "the Beatles' label", "Apple's launch"
        }
        // ("the finance bill", "a peace deal": a determiner and a word of a compound before it)
        return t.in(i - 1, DETERMINER_WORDS) || ORDINALS.contains(p) || p.endsWith("ous") || p.endsWith("ful")
                || p.endsWith("ive") || p.endsWith("al") && p.length() > 3 || p.endsWith("est")
                || t.in(i - 2, DETERMINER_WORDS) && t.isWord(i - 1) && !t.capitalised(i - 1) && !t.glued(i);
    }

    /** {@link #lookup} with NONE for no trigger (a memo holds no null), made once, not at every token. */
    private final java.util.function.Function<String, Hit> lookupOrNone = this::lookupOrNone;

    private Hit lookupOrNone(String w) {
        Hit h = lookup(w);
        return h == null ? NONE : h;
    }

    private Hit lookup(String w) {
        Lexicon.Trigger tr = lex.triggers.get(w);
        if (tr != null) {
            String lemma = lemma(w);
            if (lemma == null || lemma.equals(w)) lemma = dictionaryBase(w); // "collided" → "collide"
            return new Hit(tr.kind(), tr.strength(), lemma, isNoun(w, lemma));
        }
        String lemma = lemma(w);
        if (lemma != null && NOUN_ONLY.contains(lemma) && (w.endsWith("ed") || w.endsWith("ing"))) return null;
        if (lemma != null) {
            tr = lex.triggers.get(lemma);
            if (tr != null) return new Hit(tr.kind(), tr.strength(), lemma, false);
            Integer code = lex.cameo.get(lemma);
            if (code != null && !GENERAL.contains(lemma)) {
                EventKind k = cameoKind(code);
                if (k != null) return new Hit(k, 0.4, lemma, false);
            }
        }
        String light = LIGHT.get(w);
        return light == null ? null : new Hit(EventKind.OTHER, 0, light, false); // a light verb, named by its object
    }

    /** Happenings named by a noun whose verb forms mean something else ("crushed the revolt", "stormed the palace"). */
    private static final java.util.Set<String> NOUN_ONLY = java.util.Set.of("crush", "storm", "blaze");

    private static boolean isNoun(String w, String lemma) {
        return isNounLemma(w) || w.endsWith("ers") || w.endsWith("ors") || w.endsWith("ists") || w.endsWith("ings");
    }

    private static boolean isNounLemma(String w) {
        return w.endsWith("tion") || w.endsWith("ment") || w.endsWith("ance") || w.endsWith("ence") || w.endsWith("ing")
                || w.endsWith("ty") || w.endsWith("ism") || w.endsWith("al") && !w.equals("deal") || w.endsWith("sion") || w.endsWith("ship")
                || switch (w) {
                    case "talks", "talk", "summit", "conference", "session", "dialogue", "forum", "trip", "tour",
                            "treaty", "accord", "deal", "pact", "ceasefire", "truce", "protocol", "contract",
                            "memorandum", "offensive", "war", "battle", "raid", "airstrike", "blast", "explosion",
                            "invasion", "attack", "attacks", "strike", "strikes", "clash", "clashes", "trial", "ruling",
                            "sanctions", "threat", "threats", "ultimatum", "embargo", "ban", "aid", "loan", "loans",
                            "protest", "protests", "rally", "rallies", "boycott", "referendum", "election",
                            "elections", "vote", "visit", "visits", "speech", "statement", "remarks", "sale", "merger",
                            "purchase", "order", "acquisition", "profit", "revenue", "assault", "meeting", "meetings",
                            "rockets", "rocket", "arrival", "withdrawal", "deployment", "assistance", "cooperation",
                            "support", "agreement", "agreements", "deals", "treaties", "accords", "summits",
                            "conferences", "sessions", "trips", "discussions", "discussion", "negotiations",
                            "consultations", "demonstration", "demonstrations", "recognition", "appointment",
                            "nomination", "inauguration", "resignation", "investigation", "declaration",
                            "announcement", "donation", "funding", "investment", "bombing", "bombings", "shelling",
                            "fighting", "keynote", "lawsuit", "lawsuits", "verdict", "verdicts", "earnings",
                            "bankruptcy", "delivery", "deliveries", "takeover", "earthquake", "quake", "flood", "floods",
                            "hurricane", "typhoon", "cyclone", "wildfire", "layoffs", "crash", "collapse", "defeat",
                            "appeal", "death", "launch", "coup", "crush", "fire", "fires", "storm", "storms", "blaze", "stampede", "accident", "accidents",
                            "disaster", "disasters", "outbreak", "epidemic", "tsunami", "landslide", "landslides",
                            "mudslide", "mudslides", "avalanche", "drought", "famine", "heatwave", "tornado",
                            "blizzard", "aftershock", "aftershocks", "tremor", "shipwreck", "quakes", "earthquakes", "advisory",
                            "advisories", "oath", "oaths", "lunch", "luncheon", "dinner", "breakfast", "banquet", "handshake",
                            "slide", "plunge", "slump", "sell-off", "selloff", "inferno", "infernos", "landfall", "meltdown", "blackout",
                            "outage", "debut", "inquiry", "enquiry", "inquest" -> true;
                    default -> false;
                };
    }

    /** The lemma of an inflected verb or plural noun, if the lexicon or CAMEO knows it. */
    String lemma(String w) {
        String irr = IrregularVerbs.PAST.get(w);
        if (irr != null) return irr;
        String[] cands = baseCandidates(w);
        if (cands != null) for (String c : cands) if (c != null && known(c)) return c;
        return known(w) ? w : null;
    }

    /**
     * The base form of a lexicon word whose base the lexicon does not list ("collided", "capsized"): the first
     * candidate that is an English word, so a title says "collides", not "collideds"; the word itself otherwise.
     */
    /** The base form of a past-tense verb for a title ("switched" → "switch", "fled" → "flee"). */
    String base(String w) {
        String irr = IrregularVerbs.PAST.get(w);
        return irr != null ? irr : dictionaryBase(w);
    }

    private String dictionaryBase(String w) {
        String[] cands = w.endsWith("ed") ? baseCandidates(w) : null;
        if (cands != null) for (String c : cands) if (c != null && lex.common.contains(c)) return c;
        // a past the word list does not know, by its spelling: "apologised" is "apologise", "nationalized" is "nationalize"
        if (w.length() > 6 && (w.endsWith("ised") || w.endsWith("ized") || w.endsWith("ysed") || w.endsWith("yzed")
                || w.endsWith("ated"))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Possible base forms of an inflected word, most likely first; null when it does not look inflected. */
    private static String[] baseCandidates(String w) {
        if (w.endsWith("ied") || w.endsWith("ies")) return new String[]{w.substring(0, w.length() - 3) + "y"};
        if (w.endsWith("ed")) {
            String b = w.substring(0, w.length() - 2);
            return new String[]{b, w.substring(0, w.length() - 1), undouble(b)};
        }
        if (w.endsWith("ing")) {
            String b = w.substring(0, w.length() - 3);
            return new String[]{b, b + "e", undouble(b)};
        }
        if (w.endsWith("es")) return new String[]{w.substring(0, w.length() - 2), w.substring(0, w.length() - 1)};
        if (w.endsWith("s") && !w.endsWith("ss")) return new String[]{w.substring(0, w.length() - 1)};
        return null;
    }

    private boolean known(String w) {
        return lex.triggers.containsKey(w) || lex.cameo.containsKey(w);
    }

    private static String undouble(String b) {
        int n = b.length();
        return n >= 2 && b.charAt(n - 1) == b.charAt(n - 2) ? b.substring(0, n - 1) : null;
    }

    /** CAMEO top-level codes to our kinds. */
    static EventKind cameoKind(int code) {
        // a verb known only to CAMEO's public statements (01) or humanitarian aid (07) is a weak sign of its kind:
        // PETRARCH files "feed" and "publish" there by the actors around them, so alone they name some other
        // happening
        return switch (code) {
            case 2, 11, 12 -> EventKind.STATEMENT;
            case 1, 7 -> EventKind.OTHER;
            case 3, 6 -> EventKind.AID;
            case 4 -> EventKind.MEETING;
            case 5 -> EventKind.AGREEMENT;
            case 9 -> EventKind.LEGAL;
            case 10, 14 -> EventKind.PROTEST;
            case 13, 17 -> EventKind.THREAT;
            // reducing relations (16) is told by the strong words of the lexicon ("cut ties", "expelled"); the verbs
            // CAMEO alone files there ("pick", "choose", "walk") name some other happening
            case 16 -> EventKind.OTHER;
            case 15, 18, 19, 20 -> EventKind.MILITARY;
            default -> null;
        };
    }
}
