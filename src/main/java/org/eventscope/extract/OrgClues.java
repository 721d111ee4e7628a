package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisation evidence around a name: a company's business verbs ("Grab acquired", "Grab announced the
 * acquisition", "Uber posted a loss"), "it" or "its" after its speech ("Grab said on Monday it would"), its shares
 * ("Grab's shares", "Grab shares fell"), a group noun after it that makes it a modifier ("Mato Grosso farmers",
 * "Filipino supporters"), the place a possessive belongs to ("Novi Sad's railway station").
 */
class OrgClues extends PersonClues {

    /** Verbs only companies and institutions take as subjects: "Grab acquired Uber's business". */
    static final Set<String> BUSINESS_VERBS = Set.of("acquired", "acquires", "acquire", "merged", "merges",
            "divested", "divests", "invested", "invests", "listed", "delisted", "shipped", "ships", "recalled",
            "recalls", "manufactures", "manufactured", "hired", "laid", "reported", "reports", "posted", "posts",
            "launched", "launches", "unveiled", "unveils", "raised", "raises", "cut", "cuts", "sold", "sells",
            "bought", "buys", "announced", "announces", "agreed", "agrees", "signed", "signs");

    /** Objects that make a business verb the business of a company: "announced the acquisition", "posted a loss". */
    static final Set<String> DEALS = Set.of("acquisition", "acquisitions", "merger", "deal", "purchase", "sale",
            "takeover", "buyout", "stake", "investment", "profit", "profits", "loss", "losses", "revenue", "revenues",
            "earnings", "results", "dividend", "shares", "jobs", "prices", "fares", "operations", "business", "unit",
            "subsidiary", "plant", "factory", "factories", "flights", "routes", "stores", "branches", "outlets",
            "output", "production", "ipo", "bonds", "workforce");

    /** Verbs that say a company's deal without an object ("Grab acquired ..."). */
    static final Set<String> DEAL_VERBS = Set.of("acquired", "acquires", "acquire", "merged", "merges", "divested",
            "divests", "delisted", "manufactures", "manufactured");

    /** Nouns right before a name that say it is a company or club: "regional rival Grab", "ride-hailing firm Grab". */
    static final Set<String> ORG_BEFORE = Set.of("rival", "rivals", "firm", "company", "startup", "start-up", "giant",
            "carrier", "airline", "lender", "insurer", "retailer", "automaker", "carmaker", "maker", "operator",
            "conglomerate", "chain", "broadcaster", "developer", "miner", "supplier", "subsidiary", "competitor",
            "brand", "platform", "club", "outfit", "champions", "side", "app", "unicorn", "manufacturer");

    /** Nouns after a possessive that belong to a company: "Grab's board", "Grab's co-founder". */
    static final Set<String> ORG_OWNED = Set.of("board", "shares", "stock", "co-founder", "founder", "founders",
            "chief", "ceo", "chairman", "headquarters", "offices", "employees", "staff", "subsidiary", "app",
            "platform", "customers", "investors", "shareholders", "valuation", "brand", "products", "users",
            "executives", "management", "owners", "parent", "acquisition", "takeover", "share", "revenue", "profit",
            "profits", "earnings", "stake", "unit", "fleet", "workforce", "squad", "manager", "coach");

    /** Nouns after a possessive that belong to a place: "Novi Sad's railway station", "Kharkiv's outskirts". */
    static final Set<String> PLACE_OWNED = Set.of("station", "airport", "outskirts", "suburbs", "suburb", "residents",
            "mayor", "streets", "downtown", "port", "harbour", "harbor", "centre", "center", "neighbourhoods",
            "neighborhoods", "districts", "waterfront", "skyline", "hospitals", "inhabitants", "municipality");

    /**
     * A company's business right after a name: a deal verb, a business verb with a deal as its object ("announced
     * the acquisition", "posted a record loss", "cut 1,000 jobs"), its shares ("X's shares", "X shares fell"), or a
     * speech verb followed within a few words by "it" or "its" and no he or she ("Grab said on Monday it would"),
     * a company's noun before it ("regional rival Grab"), a company's part after its possessive ("Grab's board").
     */
    boolean orgActs(Tokens t, Sentences s, int b, int e) {
        int k = e;
        if (ORG_BEFORE.contains(t.w(b - 1)) && !t.capitalised(b - 1)) return true;
        if (t.isApostrophe(k) && t.wordIs(k + 1, "s")) return ORG_OWNED.contains(t.w(k + 2));
        if (t.wordIs(k, "shares") && !t.capitalised(k)) return true;
        if (t.wordIs(k, "also") || t.wordIs(k, "has") || t.wordIs(k, "had") || t.wordIs(k, "on")) k++;
        String v = t.w(k);
        if (DEAL_VERBS.contains(v)) return true;
        if (BUSINESS_VERBS.contains(v)) {
            for (int q = k + 1; q < k + 5 && q < t.size && s.of[q] == s.of[b]; q++) {
                if (DEALS.contains(t.w(q))) return true;
                if (t.is(q, '.') || t.is(q, ',') || t.capitalised(q)) break;
            }
        }
        return speaksOfItself(t, s, b, e);
    }

    /** "X said on Monday it would ...", "X said its profit ...": organisations speak of themselves as "it". */
    boolean speaksOfItself(Tokens t, Sentences s, int b, int e) {
        if (!speechAfter(t, e)) return false;
        int k = SPEECH.contains(t.w(e)) ? e + 1 : e + 2;
        int sen = s.of[b];
        for (int n = 0; n < 6 && k < t.size && s.of[k] == sen; n++, k++) {
            String w = t.w(k);
            if (w.equals("it") || w.equals("its")) return true;
            if (w.equals("he") || w.equals("she") || w.equals("his") || w.equals("her")) return false;
        }
        return false;
    }

    /** A lower-case group noun right after the name: "Filipino supporters rallied", "Mato Grosso farmers". */
    static boolean groupAfter(Tokens t, int e) {
        return !t.capitalised(e) && t.in(e, GROUP_NOUN_WORDS);
    }

    /** "Novi Sad's railway station": a possessive whose next few lower-case words end in a place's part. */
    static boolean placePossessive(Tokens t, int e) {
        if (!t.isApostrophe(e) || !t.wordIs(e + 1, "s")) return false;
        for (int k = e + 2; k < e + 5 && t.isWord(k) && !t.capitalised(k); k++) {
            if (PLACE_OWNED.contains(t.lower[k])) return true;
        }
        return false;
    }

    /** Words that open sentences and speak for people, never a company: "Many said it was", "Two said it". */
    static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "all", "both", "few", "several", "none",
            "each", "either", "neither", "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "one",
            "two", "three", "four", "five", "others", "another", "such", "what", "which", "who", "whoever");

    /**
     * A capitalised common word doing a company's business ("Grab announced the acquisition", "Apple said it"),
     * unless it is a plural, a quantifier or an adverb ("Analysts said it was", "Many said it", "Later it said").
     */
    boolean commonWordActs(Tokens t, Sentences s, int b, int e) {
        String w = t.lower[b];
        return !(w.endsWith("s") && !w.endsWith("ss")) && !QUANTIFIERS.contains(w) && !OPENING_WORDS.contains(w)
                && !w.endsWith("ly") && !lex.personNouns.contains(w) && orgActs(t, s, b, e);
    }

    /** What a company owns and a person does not: "X's shares", "Its chief executive", "X's board". */
    static final Set<String> BUSINESS_OWNED = Set.of("shares", "stock", "board", "headquarters", "employees",
            "workforce", "shareholders", "investors", "subsidiary", "subsidiaries", "ceo", "revenue", "revenues", "profit",
            "profits", "earnings", "valuation", "customers", "members", "clinics", "hospitals", "stores", "plants",
            "factories", "fleet", "squad", "chairman", "chairwoman", "executives");
    /** Nouns a text uses to refer back to an organisation: "the club did not", "the firm expects", "the union's". */
    static final Set<String> ORG_ANAPHORS = Set.of("club", "company", "firm", "group", "union", "hospital", "bank",
            "team", "carrier", "airline", "insurer", "lender", "retailer", "automaker", "carmaker", "miner", "operator",
            "conglomerate", "broadcaster", "manufacturer", "trust", "charity", "foundation", "network", "chain",
            "utility", "provider", "franchise", "exporter", "producer", "shipper", "startup", "corporation", "developer",
            "supplier", "federation", "association", "league", "university");

    /** Of those, the businesses a sentence opens with ("The firm did not say"; a coach speaks of "the club"). */
    static final Set<String> BUSINESS_ANAPHORS = Set.of("company", "firm", "bank", "carrier", "airline", "insurer",
            "lender", "retailer", "automaker", "carmaker", "miner", "conglomerate", "manufacturer", "utility", "exporter",
            "shipper", "startup", "corporation", "developer", "supplier");

    /**
     * People that are organisations by what the text says of them ("Kaiser Permanente said ... . Its chief
     * executive ...", "Hapag Lloyd said its ships ...", "Tottenham Hotspur said ... . The club's chairman ...").
     * Looked at: names of two or more words without a title whose person evidence is at most a speech verb after
     * them, at every mention. Sure organisation evidence at any mention ("X said its", "X, which", "X's shares",
     * "X's chief executive", the next sentence opening "Its board"/"Its chief executive", "chief executive of X")
     * makes all of them an organisation; weaker evidence ("X said their coach", a later "the club's chairman", "the
     * firm's shares", a sentence opening "The firm did not") does so only when the first word is no known given name ("Daniel Farke" stays a person), and
     * a later use of the last word alone makes a person of it ("Toyoda, 66, will become chairman").
     */
    void organisationsByEvidence(Tokens t, Sentences s, List<EntityRecognizer.Mention> out) {
        // first the evidence alone, with no name keys: most texts have none
        int[] lastAnaphor = {-2};
        boolean any = false;
        for (EntityRecognizer.Mention m : out) {
            if (candidate(m) && organisationClue(t, s, m, lastAnaphor) > 0) {
                any = true;
                break;
            }
        }
        if (!any) return;
        Map<String, Integer> verdict = new HashMap<>(); // name key -> 1 sure organisation, 2 likely one, -1 a person
        for (EntityRecognizer.Mention m : out) {
            if (!candidate(m)) continue;
            String key = Names.key(Coreference.surface(t, m));
            if (personEvidence(t, s, m.from, m.to, true) || speaksOfSelf(t, s, m.from, m.to)) {
                verdict.put(key, -1);
            } else if (verdict.getOrDefault(key, 0) >= 0) {
                int v = organisationClue(t, s, m, lastAnaphor);
                if (v > 0) verdict.merge(key, v, Math::min);
            }
        }
        // a later mention of the last word alone is how news refers to a person ("Toyoda, 66, will become chairman");
        // companies are shortened to their first word ("Northrop said")
        Map<String, Integer> lastAlone = new HashMap<>();
        for (EntityRecognizer.Mention m : out) {
            if (m.to - m.from == 1 && t.isWord(m.from)) lastAlone.merge(t.lower[m.from], m.from, Math::max);
        }
        for (EntityRecognizer.Mention m : out) {
            if (m.kind == ParticipantKind.PERSON && m.to - m.from >= 2 && t.isWord(m.to - 1)
                    && lastAlone.getOrDefault(t.lower[m.to - 1], -1) > m.from) {
                verdict.put(Names.key(Coreference.surface(t, m)), -1);
            }
        }
        for (EntityRecognizer.Mention m : out) {
            if (candidate(m) && verdict.getOrDefault(Names.key(Coreference.surface(t, m)), 0) > 0) {
                m.kind = ParticipantKind.ORGANIZATION;
                m.weak = true;
                m.tentative = false;
            }
        }
    }

    /** An untitled person of two or more words. */
    private static boolean candidate(EntityRecognizer.Mention m) {
        return m.kind == ParticipantKind.PERSON && m.title == null && !m.inTitle && m.to - m.from >= 2;
    }

    /** 1: sure organisation evidence at this mention; 2: likely (no known given name first); 0: none. */
    private int organisationClue(Tokens t, Sentences s, EntityRecognizer.Mention m, int[] lastAnaphor) {
        if (sureOrganisation(t, s, m.from, m.to)) return 1;
        if (cls(t, m.from) == F) return 0;
        if (ownsAfterSpeech(t, m.to, "their")) return 2;
        if (lastAnaphor[0] == -2) lastAnaphor[0] = lastAnaphor(t, s);
        return lastAnaphor[0] > m.to ? 2 : 0;
    }

    /** "X said its", "X, which", "X's shares", "X's chief executive", "... . Its board", "chief executive of X". */
    private boolean sureOrganisation(Tokens t, Sentences s, int b, int e) {
        if (ownsAfterSpeech(t, e, "its")) return true;
        if (t.is(e, ',') && t.wordIs(e + 1, "which")) return true;
        if (t.isApostrophe(e) && t.wordIs(e + 1, "s") && ownedByCompany(t, e + 2)) return true;
        if (t.wordIs(b - 1, "of") && !t.capitalised(b - 1) && LEADS.contains(t.w(b - 2)) && !t.capitalised(b - 2)) {
            return true;
        }
        // the next sentence opens with "Its" and a company's part: "Its chief executive Greg Adams said"
        int sen = s.of[e - 1];
        if (sen + 1 >= s.count) return false;
        int k = s.first[sen + 1];
        for (int q = e; q < k; q++) { // no one else named in between
            if (t.isWord(q) && t.capitalised(q) && (cls(t, q) == N || cls(t, q) == F)) return false;
        }
        return t.wordIs(k, "its") && ownedByCompany(t, k + 1);
    }

    private static boolean ownedByCompany(Tokens t, int k) {
        return BUSINESS_OWNED.contains(t.w(k)) || t.wordIs(k, "chief") && t.wordIs(k + 1, "executive");
    }

    /** "X said (on Monday) (that) its ...", "X said in a statement their ...": the speaker's own word right after. */
    private static boolean ownsAfterSpeech(Tokens t, int e, String own) {
        if (!speechAfter(t, e)) return false;
        int k = SPEECH.contains(t.w(e)) ? e + 1 : e + 2;
        if (t.wordIs(k, "on") && t.capitalised(k + 1)) k += 2;
        if (t.wordIs(k, "in") && t.wordIs(k + 1, "a") && (t.wordIs(k + 2, "statement") || t.wordIs(k + 2, "filing"))) {
            k += 3;
        }
        if (t.wordIs(k, "that")) k++;
        return t.wordIs(k, own);
    }

    /**
     * The last "the club's chairman", "the firm's shares", "the hospital group's chief executive", or a sentence
     * opening "The firm did not say": an organisation the text refers back to ("The club is third" is said of the
     * club a coach speaks of).
     */
    private static int lastAnaphor(Tokens t, Sentences s) {
        int last = -1;
        for (int k = 0; k + 2 < t.size; k++) {
            if (!t.wordIs(k, "the") || !ORG_ANAPHORS.contains(t.w(k + 1))) continue;
            int n = ORG_ANAPHORS.contains(t.w(k + 2)) ? k + 3 : k + 2; // "the hospital group's"
            if (t.isApostrophe(n) && t.wordIs(n + 1, "s") && (ownedByCompany(t, n + 2) || LEADS.contains(t.w(n + 2)))
                    || k == s.first[s.of[k]] && BUSINESS_ANAPHORS.contains(t.w(k + 1)) && t.isWord(n) && !t.capitalised(n)) {
                last = k;
            }
        }
        return last;
    }
}
