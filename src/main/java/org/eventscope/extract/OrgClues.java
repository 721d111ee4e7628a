package org.eventscope.extract;

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
        return t.isWord(e) && !t.capitalised(e) && GROUP_NOUNS.contains(t.lower[e]);
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
}
