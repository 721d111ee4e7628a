package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.List;
import java.util.Set;

/**
 * Person evidence around a run of capitalised words: speech and person verbs after it ("X said", "X met", "X was
 * sworn in", "X won silver"), speech before it ("said X", "according to X"), an apposition (", who", ", a trader"),
 * he or she next, a country's possessive before it, a single name that speaks of itself or is quoted.
 */
class PersonClues extends NameShapes {

    /** "X said", "X has said", "X also told": a speech verb right after a name. */
    static boolean speechAfter(Tokens t, int e) {
        int k = e;
        if (t.is(k, ',')) return false;
        if (t.wordIs(k, "also") || t.wordIs(k, "has") || t.wordIs(k, "had")) k++;
        return SPEECH.contains(t.w(k));
    }

    static final Set<String> PERSON_VERBS = Set.of("met", "visited", "died", "wrote", "urged", "vowed",
            "resigned", "married", "thanked", "praised", "criticised", "criticized", "accused", "denied", "insisted",
            "recalled", "admitted", "tweeted", "posted", "smiled", "arrived", "flew", "travelled", "traveled",
            "spoke", "speaks", "meets", "visits", "thanks", "urges", "promised", "pledged", "himself", "herself",
            "believes", "believed", "thinks", "thought", "hopes", "hoped", "feels", "felt", "fears", "feared",
            "knows", "knew", "recalls", "remembers", "remembered", "smiles", "laughed", "wept", "complained",
            "scored", "scores", "bowled", "batted", "netted", "homered", "pitched", "sprinted", "equalised",
            "equalized", "served", "conceded", "resigns", "retired", "retires", "apologised", "apologized", "testified",
            "testifies");

    /** "said X", "says X", "added X", "according to X": speech right before a name introduces a speaker. */
    static boolean speechBefore(Tokens t, int b) {
        String w = t.w(b - 1);
        if (w.equals("to") && t.wordIs(b - 2, "according")) return true;
        return !t.capitalised(b - 1) && (w.equals("said") || w.equals("says") || w.equals("added")
                || w.equals("wrote") || w.equals("explained") || w.equals("asked") || w.equals("warned"));
    }

    /**
     * "X arrived in Accra. He said ...", "X thinks so, she said": he or she opening the next sentence, or after a
     * comma later in the same sentence, with no other capitalised word in between.
     */
    boolean pronounAfter(Tokens t, Sentences s, int e) {
        if (e >= t.size) return false;
        int sen = s.of[e - 1];
        for (int k = e; k < t.size && k - e < 40; k++) {
            if (s.of[k] != sen) {
                return s.of[k] == sen + 1 && k == s.first[s.of[k]] && (t.wordIs(k, "he") || t.wordIs(k, "she"));
            }
            if (t.isWord(k) && t.capitalised(k)) return false;
            if ((t.wordIs(k, "he") || t.wordIs(k, "she")) && t.is(k - 1, ',')) return true;
        }
        return false;
    }

    static final Set<String> BUSINESS = Set.of("profit", "profits", "sales", "revenue", "revenues", "earnings",
            "output", "orders", "shipments", "deliveries", "shares", "investors", "shareholders", "dividend",
            "dividends", "production", "bookings", "margins", "turnover", "clients", "customers", "employees",
            "staff", "suppliers", "lenders", "creditors", "bondholders", "losses", "loss");

    /** "X said profits rose", "X told investors": a speech verb whose first word is the company's business. */
    static boolean businessReport(Tokens t, int e) {
        int k = e;
        if (t.wordIs(k, "also") || t.wordIs(k, "has") || t.wordIs(k, "had")) k++;
        if (!SPEECH.contains(t.w(k))) return false;
        k++;
        if (t.wordIs(k, "that") || t.wordIs(k, "its") || t.wordIs(k, "quarterly") || t.wordIs(k, "annual")) k++;
        if (t.wordIs(k, "net") || t.wordIs(k, "quarterly") || t.wordIs(k, "annual")) k++;
        return BUSINESS.contains(t.w(k));
    }

    static final Set<String> PERSON_PASSIVES = Set.of("quoted", "born", "sworn", "arrested", "detained", "jailed",
            "imprisoned", "sentenced", "convicted", "acquitted", "pardoned", "freed", "released", "killed", "murdered",
            "assassinated", "stabbed", "shot", "wounded", "injured", "kidnapped", "abducted", "elected", "re-elected",
            "appointed", "inaugurated", "disqualified", "hospitalised", "hospitalized", "buried", "exiled", "deported");
    static final Set<String> MEDALS = Set.of("gold", "silver", "bronze");
    static final Set<String> ORDINAL = Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "last", "runner-up");
    /** Verbs whose object is a person: "endorsed X", "congratulated X". */
    static final Set<String> PERSON_OBJECT = Set.of("endorsed", "endorses", "endorsing", "congratulated",
            "congratulates", "interviewed", "arrested", "detained", "nominated", "succeeding", "replacing",
            "appointed", "appoints", "sacked", "pardoned", "married");

    /** "endorsed X", "succeeding X": a verb right before the name that takes a person as its object. */
    static boolean personObject(Tokens t, int b) {
        return !t.capitalised(b - 1) && PERSON_OBJECT.contains(t.w(b - 1));
    }

    /** "X met", "X visited", "X urged": verbs that take people as subjects. */
    static boolean personVerbAfter(Tokens t, int e) {
        int k = e;
        if (t.wordIs(k, "also") || t.wordIs(k, "has") || t.wordIs(k, "had") || t.wordIs(k, "later")) k++;
        // "X was sworn in", "X has been arrested": things done to people
        if ((t.wordIs(k, "was") || t.wordIs(k, "is") || t.wordIs(k, "been")) && PERSON_PASSIVES.contains(t.w(k + 1))) {
            return true;
        }
        // sport: "X won silver", "X finished sixth"
        if ((t.wordIs(k, "won") || t.wordIs(k, "wins") || t.wordIs(k, "took")) && MEDALS.contains(t.w(k + 1))) return true;
        // "X won the women's title": a contest of one sex is a person's
        if ((t.wordIs(k, "won") || t.wordIs(k, "wins")) && t.wordIs(k + 1, "the") && (t.wordIs(k + 2, "women")
                || t.wordIs(k + 2, "men")) && t.isApostrophe(k + 3)) {
            return true;
        }
        // "X won re-election": parties win elections, people are re-elected
        if ((t.wordIs(k, "won") || t.wordIs(k, "wins")) && (t.wordIs(k + 1, "reelection")
                || t.wordIs(k + 1, "re") && t.isDash(k + 2) && t.wordIs(k + 3, "election"))) {
            return true;
        }
        if ((t.wordIs(k, "finished") || t.wordIs(k, "finishes") || t.wordIs(k, "placed")) && ORDINAL.contains(t.w(k + 1))) {
            return true;
        }
        // "X hit his 50th home run", "X thanked her supporters": a verb whose object is the subject's own
        if (t.isWord(k) && !t.capitalised(k) && t.len(k) > 2 && (t.wordIs(k + 1, "his") || t.wordIs(k + 1, "her"))) {
            return true;
        }
        return PERSON_VERBS.contains(t.w(k));
    }

    /** ", who", ", the/a/an <title>" or ", 45," after a name: a person. */
    boolean appositive(Tokens t, int e) {
        if (!t.is(e, ',')) return false;
        String w = t.w(e + 1);
        if (w.equals("who")) return true;
        if (t.isNum(e + 1) && t.is(e + 2, ',')) return true;
        int k = w.equals("the") || w.equals("a") || w.equals("an") ? e + 2 : e + 1;
        // ", a 41-year-old teacher", ", 34-year-old"
        if (t.isNum(k) && t.isDash(k + 1) && t.wordIs(k + 2, "year") && t.isDash(k + 3) && t.wordIs(k + 4, "old")) {
            return true;
        }
        // four words, a possessive's "'s" counting for none (", the world's richest person")
        for (int q = k, words = 0; words < 4 && q < t.size; q++) {
            if (t.isApostrophe(q) && t.glued(q) && t.wordIs(q + 1, "s")) {
                q++;
                continue;
            }
            if (HEAD.contains(t.w(q)) || lex.personNouns.contains(t.w(q)) || APPOSED_PERSON.contains(t.w(q))) return true;
            words++;
        }
        return false;
    }

    /**
     * Person evidence right around a name at [b, e): an honorific, a speech verb before it or after it, a person
     * verb or apposition after it, a verb taking a person as object, he or she next. {@code strict} leaves out a
     * speech verb after the name, which companies and teams have too ("Adani Green said").
     */
    boolean personEvidence(Tokens t, Sentences s, int b, int e, boolean strict) {
        return !strict && (speechAfter(t, e) || countryPossessive(t, b, e)) || appositive(t, e) || personVerbAfter(t, e)
                || honorific(t, b - 1) || speechBefore(t, b) || personObject(t, b) || pronounAfter(t, s, e)
                || roleBefore(t, s, b, e);
    }

    /**
     * "The speaker of parliament, Harmoko, had called", "the armed forces commander, Wiranto,": a name set off by
     * commas right after a role that opens on a determiner or an owner's "'s" and ends within six words on a
     * lower-case title of office ("the world's largest carmaker, Toyota," names none; "his wife, Nusrat," is kin).
     */
    boolean roleBefore(Tokens t, Sentences s, int b, int e) {
        if (!t.is(b - 1, ',') || !(t.is(e, ',') || t.is(e, '.')) || b < 2) return false;
        int sen = s.of[b];
        boolean role = false;
        for (int k = b - 2, words = 0; k >= 0 && words < 6 && s.of[k] == sen; k--) {
            if (t.isApostrophe(k) && t.wordIs(k + 1, "s")) return role; // "Indonesia's top Muslim leader"
            if (!t.isWord(k)) return false;
            words++;
            String w = t.lower[k];
            // (an office, not a kinship: "his daughter, Benazir," names one of a family the text names otherwise)
            if (!t.capitalised(k) && lex.titles.contains(w) && !APPOSED_PERSON.contains(w)) role = true;
            else if (!t.capitalised(k) && Triggers.pastForm(w)) return false; // "met the minister, X": a clause
            if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its") || w.equals("his")
                    || w.equals("her") || w.equals("their")) {
                return role;
            }
        }
        return false;
    }

    /**
     * "Brazil's Tarcisio Freitas", "Ethiopia's Abiy Ahmed": a country's or region's possessive right before, unless
     * a company's first word opens the name or its business follows ("Russia's Gazprom Neft raised output").
     */
    boolean countryPossessive(Tokens t, int b, int e) {
        return t.wordIs(b - 1, "s") && t.isApostrophe(b - 2) && t.glued(b - 2) && t.isWord(b - 3)
                && ownPlaceName(t.lower[b - 3]) && !lex.companyStarts.contains(t.lower[b])
                && !BUSINESS.contains(t.w(e + 1)) && !BUSINESS.contains(t.w(e + 2));
    }

    /** A surname the actor dictionaries know, alone, with a speech or person verb around it: "said Putin would". */
    boolean knownSurnameActs(Tokens t, int b, int e) {
        if (!lex.isSurname(t.lower[b]) || camel(t, b) || t.allCaps(b) || lex.companies.contains(t.lower[b])) return false;
        return speechAfter(t, e) || personVerbAfter(t, e) || speechBefore(t, b) || SPEECH.contains(t.w(b - 1))
                && MODALS.contains(t.w(e));
    }

    /**
     * A single name that speaks right after a quotation ("...," Sheinbaum said) or tells reporters ("Obi told
     * reporters"): companies issue statements, people are quoted.
     */
    boolean quotedSpeaker(Tokens t, int b, int e) {
        if (camel(t, b) || t.allCaps(b) || lex.companies.contains(t.w(b))) return false;
        boolean quote = (t.is(b - 1, '"') || t.is(b - 1, '\u201D')) && t.is(b - 2, ',');
        if (quote && speechAfter(t, e)) return true;
        return t.wordIs(e, "told") && (t.wordIs(e + 1, "reporters") || t.wordIs(e + 1, "journalists"));
    }

    /**
     * "Jokowi said on Friday he would not run", "Prabowo said his government ...": a single name whose speech verb
     * is followed within a few words by he, she, his or her speaks of itself; organisations say "it" and "its".
     */
    boolean speaksOfSelf(Tokens t, Sentences s, int b, int e) {
        if (camel(t, b) || t.allCaps(b) || lex.companies.contains(t.lower[b]) || !speechAfter(t, e)) return false;
        int k = SPEECH.contains(t.w(e)) ? e + 1 : e + 2;
        int sen = s.of[b];
        for (int n = 0; n < 5 && k < t.size && s.of[k] == sen; n++, k++) {
            String w = t.w(k);
            if (w.equals("he") || w.equals("she") || w.equals("his") || w.equals("her")) return true;
            if (!t.isWord(k) || t.capitalised(k) && cls(t, k) != M) return false;
        }
        return false;
    }

    /** Words for a person that an apposition may give instead of a role: ", the world's richest person". */
    private static final Set<String> APPOSED_PERSON = Set.of("person", "man", "woman", "son", "daughter", "father",
            "mother", "wife", "husband", "widow", "widower", "grandson", "granddaughter");

    /** Words that open an apposition after a name: "X, the UFC chief executive,", "X, its founder,". */
    private static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an", "its", "his", "her", "their");
    /** Words that end the role of an apposition: "X, chief executive of Y", "X, a fisherman from Manta". */
    private static final Set<String> ROLE_ENDS = Set.of("of", "for", "at", "in", "from", "with", "to", "and", "who",
            "said", "says", "told", "on");

    /** Heads of institutions: "chief executive of X", "head of X", "president of X" (not "an aide of X", "son of X"). */
    static final Set<String> LEADS = Set.of("president", "chairman", "chairwoman", "chairperson", "chair", "chief",
            "executive", "ceo", "cfo", "coo", "cto", "director", "head", "founder", "co-founder", "governor", "manager",
            "coach", "leader", "commander", "owner", "secretary", "boss");

    /**
     * "Dana White, the UFC chief executive, said", "Ana Lopez, the country's health minister,", "X, a spokesman for
     * Y", "X, chief executive of Banco Andino,", "X, 52, a fisherman": a role given after a person's name becomes
     * the person's title, as a title before the name does ("UFC chief executive", "health minister", "chief executive
     * of Banco Andino"). The role ends in a title or occupation word, right before a comma, the sentence's end or a
     * preposition; a name after "of" or "at" belongs to it. Names inside the role are part of who the person is.
     */
    void appositionTitles(Tokens t, Sentences s, List<EntityRecognizer.Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            EntityRecognizer.Mention m = out.get(i);
            if (m.kind != ParticipantKind.PERSON || m.title != null || m.inTitle) continue;
            int[] span = appositionRole(t, s, m.to);
            if (span == null) continue;
            m.title = t.text.substring(t.start[span[0]], t.end[span[1] - 1]);
            for (int j = i + 1; j < out.size() && out.get(j).from < span[1]; j++) {
                EntityRecognizer.Mention o = out.get(j);
                if (o.kind == ParticipantKind.PERSON && o.title == null) {
                    o.kind = ParticipantKind.ORGANIZATION; // "chief executive of Banco Andino"
                    o.weak = true;
                    o.tentative = false;
                }
                o.inTitle = true;
                o.acting = false;
            }
        }
    }

    /** The tokens [from, to) of the role in an apposition after a name ending at e, or null. */
    private int[] appositionRole(Tokens t, Sentences s, int e) {
        if (!t.is(e, ',')) return null;
        int k = e + 1;
        if (t.isNum(k) && t.is(k + 1, ',')) k += 2; // ", 52, a fisherman"
        boolean opened = APPOSITION_OPENERS.contains(t.w(k)) && !t.capitalised(k);
        if (opened) k++;
        // "the country's health minister": a lower-case owner is left out; "Kazakhstan's energy minister" keeps it
        if (t.isWord(k) && !t.capitalised(k) && t.isApostrophe(k + 1) && t.wordIs(k + 2, "s")) k += 3;
        int from = k;
        int sen = s.of[e];
        int end = -1;
        for (int n = 0; n < 7 && k < t.size && s.of[k] == sen; n++, k++) {
            if (t.isApostrophe(k) && t.wordIs(k + 1, "s") && k > from && t.capitalised(k - 1)) {
                k++;
                continue;
            }
            if (!t.isWord(k) && !t.isDash(k)) break;
            String w = t.w(k);
            if (t.isWord(k) && !t.capitalised(k) && ROLE_ENDS.contains(w)) break;
            if (APPOSITION_OPENERS.contains(w)) return null; // "X, also met the envoy": a clause, not a role
            // the role's own words are lower case, as news writes titles after a name ("Amit Shah and ..." is a name)
            if (t.isWord(k) && !t.capitalised(k)
                    && (lex.titles.contains(w) && !MODIFIERS.contains(w) || lex.personNouns.contains(w))) {
                end = k + 1;
            } else if (t.isWord(k) && !t.capitalised(k) && !lex.titles.contains(w)) {
                // "the health trust": the role must end in a title or occupation; without an article it opens
                // with one or with a name ("chief executive of Y", "UFC president"), not with a verb ("met ...")
                if (!opened && k == from) return null;
                end = -1;
            }
        }
        if (end < 0 || end != k) return null;
        // "chief executive of Banco Andino", "head of the Swedish Migration Agency": the organisation it heads
        if ((t.wordIs(k, "of") || t.wordIs(k, "at")) && s.of[k] == sen && LEADS.contains(t.lower[end - 1])) {
            int q = t.wordIs(k + 1, "the") ? k + 2 : k + 1;
            int r = q;
            while (r < t.size && s.of[r] == sen && (t.isWord(r) && (t.capitalised(r) || CONNECTORS.contains(t.lower[r])
                    && t.capitalised(r + 1)) || t.isDash(r) && t.glued(r) && t.capitalised(r + 1))) {
                r++;
            }
            if (r > q) end = r;
        }
        return new int[]{from, end};
    }

    /** Adverbs and connectives that open sentences and do not end in -ly ("Later Paul said"). */
    static final Set<String> OPENING_WORDS = Set.of("later", "earlier", "still", "then", "instead", "again",
            "afterwards", "soon", "once", "even", "next", "first", "last", "thus", "hence", "here", "there", "yet",
            "elsewhere", "overall", "together", "nevertheless", "nonetheless", "otherwise", "besides", "therefore",
            "moreover", "furthermore", "anyway", "indeed", "perhaps", "maybe", "sometimes", "often", "now", "so",
            "well", "already", "finally", "only", "just", "thereafter", "afterward", "unlike", "like", "with");

    /**
     * "Rich Paul, the agent of ...", "Young Kim, who ...": an English word opening a sentence before a given name or a
     * known surname is the person's given name when an apposition, he/she or a person verb follows ("Young Kim won
     * re-election"; not after an adverb: "Later Putin met").
     */
    boolean wordGivenName(Tokens t, Sentences s, int b, int e) {
        return e == b + 2 && cls(t, b) == G && !t.lower[b].endsWith("ly") && !OPENING_WORDS.contains(t.lower[b])
                && t.isWord(b + 1)
                && (cls(t, b + 1) == F || lex.isSurname(t.lower[b + 1]))
                && (appositive(t, e) || pronounAfter(t, s, e) || personVerbAfter(t, e));
    }

    static final Set<String> MODALS = Set.of("would", "will", "could", "should", "might", "may", "must",
            "had", "has", "was", "is", "did", "does");

    /** A country's or region's own name ("Jordan", "Georgia"), not a city standing for its country. */
    boolean ownPlaceName(String w) {
        Lexicon.Place pl = lex.places.get(w);
        return pl != null && !pl.demonym() && pl.canonical().equalsIgnoreCase(w) && !lex.countryOf.containsKey(w);
    }
}
