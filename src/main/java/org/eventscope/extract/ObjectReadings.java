package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.eventscope.extract.Triggers.Hit;

import java.util.Set;

/**
 * Trigger verbs read by what they act on or what changes (see {@link TriggerPhrases}): decides whether a signing,
 * lifting or dropping is a legal act, a contest won, a change of office or a plan dropped ("signed the bill into
 * law", "lifted the curfew", "scrapped the tax"), and whether a rise or fall is a business event ("prices rose 4
 * percent"), a collapse ("the roof fell in") or no happening of its own ("the death toll rose").
 */
final class ObjectReadings {
    private ObjectReadings() {
    }

    /** Verbs read by their object: what is signed, lifted or dropped when it is a law, a measure or a plan. */
    static final Set<String> BY_OBJECT = Set.of("sign", "signs", "signed", "lift", "lifts", "lifted",
            "abandon", "abandons", "abandoned",
            "scrap", "scraps", "scrapped", "shelve", "shelves", "shelved", "drop", "drops", "dropped");

    /** Verbs of change, a business event only when what changes is money or trade, or a number is given. */
    static final Set<String> CHANGE = Set.of("rise", "rises", "rose", "risen", "fall", "falls", "fell",
            "fallen", "grow", "grows", "grew", "increase", "increases", "increased", "decline", "declines", "declined");

    /**
     * "signed a decree declaring a state of emergency", "signed the bill into law": a legal act, not an agreement
     * ("signed her abdication": a change of office);
     * "abandoned the proposed constitutional changes", "scrapped the tax": a plan dropped. Null otherwise (a
     * signing keeps its own entry; "dropped" alone names nothing).
     */
    static Hit byObject(Tokens t, int i, String w) {
        // "Hope lifted off on a Japanese rocket": a launch into space
        if (w.startsWith("lift") && t.wordIs(i + 1, "off")) return new Hit(EventKind.OTHER, 0.85, "lift off", false);
        boolean sign = w.startsWith("sign");
        // "a sign that the prince wanted his own men", "signs of recovery": a token of something, no signing
        if (sign && (w.equals("sign") || w.equals("signs")) && (t.wordIs(i + 1, "that") || t.wordIs(i + 1, "of"))
                && (t.capitalised(i) || t.wordIs(i - 1, "a") || t.wordIs(i - 1, "the") || t.wordIs(i - 1, "no")
                || t.wordIs(i - 1, "any") || t.wordIs(i - 1, "few") || t.wordIs(i - 1, "more")
                || t.isWord(i - 1) && t.lower[i - 1].endsWith("est") || t.wordIs(i - 1, "clear") || t.wordIs(i - 1, "first"))) {
            return TriggerPhrases.NONE;
        }
        if (w.startsWith("lift")) { // "lifted martial law", "lifts the curfew", "lifted sanctions on"
            for (int j = i + 1; j <= i + 5 && j < t.size && (t.isWord(j) || t.isApostrophe(j)); j++) {
                if (MEASURES.contains(t.w(j))) return new Hit(EventKind.LEGAL, 0.8, "lift", false, j);
                // "lifted football's World Cup", "lifts the trophy": a contest won
                if (Triggers.CONTESTS.contains(t.w(j)) && !t.wordIs(j, "open")) return new Hit(EventKind.OTHER, 0.85, "lift", false, j);
            }
            return TriggerPhrases.NONE;
        }
        for (int j = i + 1; j <= i + 5 && j < t.size && (t.isWord(j) || t.is(j, '-')); j++) {
            if (sign && LAWS.contains(t.w(j)) && !t.wordIs(j + 1, "of")) return new Hit(EventKind.LEGAL, 0.85, "sign", false, j);
            // "signed her abdication", "signed his resignation": the change of office is the happening
            if (sign && OFFICE_ENDS.contains(t.w(j))) return new Hit(EventKind.APPOINTMENT, 0.9, "sign", false, j);
            if (!sign && (PLANS.contains(t.w(j)) || LAWS.contains(t.w(j)))) return new Hit(EventKind.OTHER, 0.8, "abandon", false, j);
        }
        return sign ? null : TriggerPhrases.NONE;
    }

    /** Verbs that set a figure: a business event when the figure is money, a rate, a rating or jobs. */
    static final Set<String> ADJUST = Set.of("cut", "cuts", "raise", "raises", "raised", "hike", "hikes", "hiked",
            "lower", "lowers", "lowered", "slash", "slashes", "slashed", "trim", "trims", "trimmed");

    /**
     * "S&P cut Italy's credit rating by two notches", "the central bank raised interest rates": a business event.
     * Null otherwise (the verb keeps its own reading: "cut ties", "raised the flag").
     */
    static Hit adjusted(Tokens t, int i) {
        for (int j = i + 1; j <= i + 6 && j < t.size && (t.isWord(j) || t.isApostrophe(j) || t.isNum(j)); j++) {
            if (TIES.contains(t.w(j))) return null; // "cut diplomatic and trade ties": relations, not business
            if (ECONOMY.contains(t.w(j)) || FIGURES.contains(t.w(j))) {
                for (int k = j + 1; k <= j + 3 && k < t.size && t.isWord(k); k++) if (TIES.contains(t.w(k))) return null;
                return new Hit(EventKind.ECONOMIC, 0.8, adjustLemma(t.lower[i]), false, j);
            }
        }
        return null;
    }

    /** The base form of a verb of {@link #ADJUST}: "raised" is "raise", not "cut" ("the bank raised rates"). */
    private static String adjustLemma(String w) {
        return switch (w) {
            case "raise", "raises", "raised" -> "raise";
            case "hike", "hikes", "hiked" -> "hike";
            case "lower", "lowers", "lowered" -> "lower";
            case "slash", "slashes", "slashed" -> "slash";
            case "trim", "trims", "trimmed" -> "trim";
            default -> "cut";
        };
    }

    /** Relations a country cuts: no business, whatever words stand before them. */
    private static final Set<String> TIES = Set.of("ties", "relations", "links", "contacts", "contact");

    /** What a cut or a raise sets besides the economy's own figures. */
    private static final Set<String> FIGURES = Set.of("rating", "ratings", "jobs", "forecast", "forecasts", "outlook",
            "dividend", "payroll", "workforce", "fares", "fees", "taxes", "tax", "salaries", "pensions");

    /** Words of a death toll. */
    private static final Set<String> DEATHS = Set.of("died", "dead", "deaths", "killed", "toll", "casualties",
            "victims", "fatalities", "injured", "missing");

    /**
     * "prices rose 4 percent", "exports fell": a business event; "the roof fell in": an accident; "the death toll
     * rose", "tensions grew": no happening of its own.
     */
    static Hit change(Tokens t, int i, String w) {
        // "the number of people known to have died rose to 20": a toll counted, with or without its figure
        for (int j = i - 1; j >= 0 && j >= i - 9 && (t.isWord(j) || t.isNum(j)); j--) if (DEATHS.contains(t.w(j))) return TriggerPhrases.NONE;
        for (int j = i + 1; j <= i + 3 && j < t.size; j++) {
            // (not a date's day or year: "Saigon fell on April 30, 1975")
            if (t.isNum(j) && !t.in(j - 1, Lexicon.get().monthWords) && !t.wordIs(j - 1, "in") && !t.is(j - 1, ',')
                    || t.wordIs(j, "percent") || t.is(j, '%')) {
                return null; // "rose 4 percent"
            }
        }
        // "the 12.8 percent fall of Oct. 28, 1929", "a 3% decline": a change by its figure
        if (t.wordIs(i - 1, "percent") || t.is(i - 1, '%') || t.wordIs(i - 1, "point") && t.isDash(i - 2)) return null;
        for (int j = i - 1; j >= 0 && j >= i - 9 && (t.isWord(j) || t.isNum(j) || t.is(j, '\'')); j--) {
            String x = t.w(j);
            if (ECONOMY.contains(x)) return null;
            if (w.startsWith("f") && TriggerPhrases.STRUCTURES.contains(x)) return new Hit(EventKind.DISASTER, 0.9, "fall", false);
        }
        // "Kabul fell to the Taliban", "Srebrenica fell in July": a town taken by force
        if (w.startsWith("f") && (t.wordIs(i + 1, "to") && (t.wordIs(i + 2, "the") || t.capitalised(i + 2)
                || FORCES.contains(t.w(i + 2))) || i > 0 && t.capitalised(i - 1)
                && Lexicon.get().places.containsKey(t.lower[i - 1]) && !Lexicon.get().isDemonym(t.lower[i - 1]))) {
            return new Hit(EventKind.MILITARY, 0.8, "fall", false);
        }
        return TriggerPhrases.NONE;
    }

    /** Those a town falls to: "fell to rebels". */
    private static final Set<String> FORCES = Set.of("rebels", "insurgents", "militants", "troops", "forces", "jihadists");

    private static final Set<String> ECONOMY = Set.of("prices", "price", "shares", "stocks", "stock", "index",
            "inflation", "gdp", "economy", "sales", "exports", "imports", "profit", "profits", "revenue", "revenues",
            "output", "production", "unemployment", "rate", "rates", "yields", "currency", "dollar", "euro", "yen",
            "oil", "gold", "bitcoin", "market", "markets", "earnings", "spending", "investment", "debt", "deficit",
            "growth", "demand", "trade", "turnover", "income", "wages", "costs", "tariffs", "surplus", "reserves",
            "bonds", "futures", "crude", "peso", "rupee", "pound", "ruble", "rouble", "lira", "real", "rand");
    /** Measures a government imposes and lifts. */
    private static final Set<String> MEASURES = Set.of("law", "curfew", "emergency", "ban", "bans", "sanctions",
            "embargo", "restrictions", "lockdown", "blockade", "moratorium", "siege", "suspension", "tariffs");
    /** Acts a head of state or a parliament signs into force. */
    private static final Set<String> LAWS = Set.of("decree", "decrees", "law", "laws", "bill", "bills", "legislation",
            "ordinance", "budget", "amendment", "amendments");
    /** Ends of office that are signed: "signed her abdication". */
    private static final Set<String> OFFICE_ENDS = Set.of("abdication", "resignation");
    private static final Set<String> PLANS = Set.of("plan", "plans", "proposal", "proposals", "changes", "reform",
            "reforms", "project", "tax", "taxes", "policy", "scheme", "idea", "bid", "charges", "case", "lawsuit");
}
