package org.eventscope.extract;

import org.eventscope.extract.Triggers.Hit;
import org.eventscope.model.EventKind;

import java.util.Set;

/**
 * More trigger words read by their neighbours (see {@link TriggerPhrases}): a launch into space, a suspension of
 * trading, the crime a person is charged with, a promise of words rather than money, a legislature's vote, a law
 * passed, tear gas fired at a crowd, a jet that slammed into a mountain, money paid, years of rule ended, a
 * company or an office taken over.
 */
final class TriggerReadings {
    private TriggerReadings() {
    }

    /** Words of spaceflight: a launch or a rocket near one is a mission, not a product or a weapon. */
    private static final Set<String> SPACE = Set.of("space", "spacecraft", "orbit", "orbital", "astronaut",
            "astronauts", "cosmonauts", "satellite", "satellites", "moon", "lunar", "mars", "capsule", "probe",
            "lander", "rover", "nasa", "isro", "spacex", "esa", "roscosmos", "launchpad", "liftoff", "lift-off",
            "observatory", "telescope", "mission", "interplanetary", "planet", "comet", "comets", "asteroid",
            "mothership", "cosmonaut", "spaceflight");
    /** What is suspended or halted as business: trading, production, flights. */
    private static final Set<String> BUSINESS = Set.of("trading", "shares", "stock", "production", "output",
            "advertising", "ads", "sales", "flights", "operations", "exports", "imports", "payments", "deliveries",
            "shipments", "services", "dividend", "dividends", "listing");
    /** Before a crime: the charge, not the happening ("charged with murder", "convicted of fraud"). */
    private static final Set<String> CHARGED = Set.of("with", "of", "for");
    private static final Set<String> CRIMES = Set.of("murder", "murders", "manslaughter", "rape", "fraud", "corruption",
            "homicide", "treason", "terrorism", "bribery", "embezzlement", "kidnapping", "sedition", "espionage",
            "genocide", "assault", "plunder");
    private static final Set<String> RULING = Set.of("to", "will", "would", "could", "may", "might", "can", "court",
            "courts", "judge", "judges", "tribunal", "panel", "justices");
    private static final Set<String> CROWDS = Set.of("protesters", "demonstrators", "marchers", "crowd", "crowds",
            "rioters", "students", "mourners");
    /** Acts a legislature passes. */
    private static final Set<String> ACTS = Set.of("bill", "bills", "law", "laws", "budget", "amendment",
            "amendments", "resolution", "motion", "legislation", "constitution", "reform", "reforms");
    private static final Set<String> LEGISLATE = Set.of("overturn", "lift", "reject", "repeal", "block", "suspend",
            "pass", "annul", "revoke", "scrap", "extend", "ban", "abolish", "amend", "override", "adopt");
    /** What a counted vote does that fills or empties an office: "voted 52-48 to confirm the nominee". */
    private static final Set<String> OFFICE_VOTES = Set.of("confirm", "elect", "appoint", "remove", "impeach", "oust",
            "dismiss", "name", "install", "re-elect", "reelect");
    private static final Set<String> JOIN = Set.of("join", "approve", "ratify", "accept", "endorse", "back");

    /** Who a host welcomes when the welcome names whose they are: "the Commission's president". */
    private static final Set<String> VISITORS = Set.of("president", "prime", "premier", "minister", "leader", "chief",
            "head", "king", "queen", "envoy", "delegation", "chancellor", "secretary-general", "emir", "crown");

    /** Verbs of harm that a storm, a quake or a blaze does as well as an army: form to lemma. */
    static final java.util.Map<String, String> HARM = java.util.Map.ofEntries(
            java.util.Map.entry("destroyed", "destroy"), java.util.Map.entry("destroys", "destroy"),
            java.util.Map.entry("damaged", "damage"), java.util.Map.entry("damages", "damage"),
            java.util.Map.entry("killed", "kill"), java.util.Map.entry("kills", "kill"), java.util.Map.entry("killing", "kill"),
            java.util.Map.entry("flattened", "flatten"), java.util.Map.entry("razed", "raze"),
            java.util.Map.entry("ravaged", "ravage"), java.util.Map.entry("devastated", "devastate"),
            java.util.Map.entry("wrecked", "wreck"), java.util.Map.entry("pounded", "pound"),
            java.util.Map.entry("struck", "strike"), java.util.Map.entry("hit", "hit"), java.util.Map.entry("hits", "hit"));
    /** Forces of nature and blazes: the subject that makes a harm a disaster. */
    private static final Set<String> FORCES = Set.of("hurricane", "storm", "typhoon", "cyclone", "tornado",
            "twister", "quake", "earthquake", "tremor", "aftershock", "tsunami", "flood", "floods", "floodwaters",
            "flooding", "landslide", "mudslide", "avalanche", "eruption", "volcano", "lava", "fire", "fires", "blaze",
            "wildfire", "wildfires", "flames", "inferno", "heatwave", "winds", "rains", "waves", "surge", "downpours");
    /** Before "fire": gunfire, not a blaze ("opened fire, killing 19"). */
    private static final Set<String> GUNFIRE = Set.of("opened", "open", "opening", "exchanged", "exchange",
            "returned", "under", "of", "heavy", "live");

    /**
     * "Hurricane Ivan damaged or destroyed nine out of ten homes", "forest fires kill 20": harm done by a force of
     * nature or a blaze named within ten words and numbers before, in its sentence ("Monday's quake, which the
     * agency put at magnitude 7.6, struck"), is a disaster; null otherwise (the entry's military reading applies).
     */
    static Hit harm(Tokens t, int i, String w) {
        for (int j = i - 1, n = 0; j >= 0 && n <= 10 && !(t.is(j, '.') && !(t.isNum(j - 1) && t.isNum(j + 1)))
                && !t.is(j, ';'); j--) {
            if (t.isWord(j) || t.isNum(j) && !t.is(j - 1, '.')) n++;
            if (!t.isWord(j) || !FORCES.contains(t.lower[j])) continue;
            if (t.lower[j].startsWith("fire") && GUNFIRE.contains(t.w(j - 1))) return null;
            return new Hit(EventKind.DISASTER, 0.96, HARM.get(w), false);
        }
        // "the aircraft destroyed in Tuesday's collision", "killed by the quake": harm done in an accident or by a
        // force of nature named right after
        if (t.wordIs(i + 1, "in") || t.wordIs(i + 1, "by")) {
            for (int j = i + 2; j < t.size && j <= i + 6 && (t.isWord(j) || t.isApostrophe(j) || t.isNum(j)); j++) {
                if (t.isWord(j) && (FORCES.contains(t.lower[j]) && !t.lower[j].startsWith("fire")
                        || ACCIDENTS.contains(t.lower[j]))) {
                    return new Hit(EventKind.DISASTER, 0.96, HARM.get(w), false);
                }
            }
        }
        return null;
    }

    /** Accidents harm is done in: "destroyed in Tuesday's collision", "killed in the crash". */
    private static final Set<String> ACCIDENTS = Set.of("collision", "crash", "accident", "derailment", "stampede",
            "collapse", "shipwreck");

    /** The reading of the word at i in its context, {@link TriggerPhrases#NONE}, or null when its entry applies. */
    static Hit read(Tokens t, int i, String w) {
        if (HARM.containsKey(w)) return harm(t, i, w);
        // "the Hope probe", "a 27-minute braking burn": a spacecraft and its manoeuvre, not an inquiry or a fire
        if (w.startsWith("probe")) return spaceNear(t, i) ? TriggerPhrases.NONE : null;
        if (w.equals("burn")) return spaceNear(t, i) ? new Hit(EventKind.OTHER, 0.8, "burn", true) : null;
        if (w.startsWith("welcom")) {
            // "welcomed Vladimir Putin in Samarkand": a host receiving a visitor, not words about a decision
            // ("welcomed the visiting Chinese premier"; not "welcomed the decision", "welcomed Putin's decision")
            // ("welcomed the European Commission's president": the visitor is the one who holds an office there)
            int j = t.wordIs(i + 1, "the") ? i + 2 : i + 1;
            if (j == i + 2 && t.isWord(j) && !t.capitalised(j)) j++;
            if (!t.isWord(j) || !t.capitalised(j) || t.allCaps(j) || t.wordIs(i - 1, "the")) return null;
            int end = j;
            while (end + 1 < t.size && end - j < 4 && t.isWord(end + 1) && t.capitalised(end + 1)) end++;
            boolean owner = t.isApostrophe(end + 1);
            if (j == i + 2 && !owner) return null; // "welcomed the European decision"
            return owner && !VISITORS.contains(t.w(end + 3)) ? null : new Hit(EventKind.MEETING, 0.85, "welcome", false, j);
        }
        if (w.startsWith("erupt") && !w.startsWith("eruption")) return erupted(t, i);
        // "the capsule docked with the space station": a manoeuvre in space, not a meeting
        if (w.startsWith("dock")) return spaceNear(t, i) ? new Hit(EventKind.OTHER, 0.85, "dock", w.equals("docking")) : null;
        if (w.equals("attack") || w.equals("attacks")) {
            // "launched a rambling attack on the judge", "a scathing attack on his critics": words, not force
            for (int j = i - 1; j >= 0 && j >= i - 2 && t.isWord(j); j--) {
                if (VERBAL.contains(t.lower[j])) return new Hit(EventKind.STATEMENT, 0.8, "attack", true);
            }
            return null;
        }
        if (w.startsWith("launch") || w.startsWith("rocket")) {
            if (w.startsWith("rocket") && carried(t, i)) return TriggerPhrases.NONE; // the launch is the happening
            return spaceNear(t, i) ? new Hit(EventKind.OTHER, 0.85, "launch", w.startsWith("rocket")) : null;
        }
        if (w.startsWith("suspend") || w.startsWith("halt") || w.startsWith("paus")) {
            for (int j = i + 1; j <= i + 4 && j < t.size && t.isWord(j); j++) {
                if (BUSINESS.contains(t.w(j))) return new Hit(EventKind.ECONOMIC, 0.8, "suspend", false, j);
            }
            // "Twitter's shares were suspended": what was suspended stands before
            if (Tense.BE.contains(t.w(i - 1)) && BUSINESS.contains(t.w(i - 2))) return new Hit(EventKind.ECONOMIC, 0.8, "suspend", false);
            return null;
        }
        if (CRIMES.contains(w)) {
            // "charged with third-degree murder", "convicted of fraud", "arrested for corruption", "pleaded guilty
            // to murder"
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                if (CHARGED.contains(t.w(j)) || t.wordIs(j, "to") && t.wordIs(j - 1, "guilty")) {
                    return charge(t, j) ? TriggerPhrases.NONE : null;
                }
                if (!t.isWord(j) && !t.isDash(j)) break;
            }
            return null;
        }
        if (w.startsWith("promis") || w.startsWith("pledg") || w.startsWith("vow")) {
            // "promised on Monday night that the cathedral would be rebuilt", "vowed to rebuild": words, not aid
            for (int j = i + 1; j < t.size && j <= i + 6 && t.isWord(j); j++) {
                boolean words = t.wordIs(j, "that") || t.wordIs(j, "to") && t.isWord(j + 1) && !t.capitalised(j + 1)
                        && !Triggers.DETERMINERS.contains(t.w(j + 1));
                if (words) return new Hit(EventKind.STATEMENT, 0.6, w.startsWith("promis") ? "promise"
                        : w.startsWith("pledg") ? "pledge" : "vow", false);
            }
            return null;
        }
        if (t.wordIs(i + 1, "into") && (w.startsWith("sla") || w.startsWith("sma") || w.startsWith("plo"))) {
            return new Hit(EventKind.DISASTER, 0.85, "crash", false); // "one of its jets slammed into a mountain"
        }
        if ((w.equals("paid") || w.equals("pays")) && (t.is(i + 1, '$') || t.is(i + 1, '\u20AC') || t.is(i + 1, '\u00A3') || t.isNum(i + 1))) {
            return new Hit(EventKind.ECONOMIC, 0.7, "pay", false); // "had paid $130,000 to"
        }
        if (w.equals("rule") || w.equals("rules")) {
            // "nine years of conservative rule", "the rule of law", "did not rule out": no ruling; "the court will
            // rule on Monday" is one
            String p = t.w(i - 1);
            if (RULING.contains(p) && !t.wordIs(i + 1, "out")) return null;
            // "ended nearly nine years of conservative rule": a change of power
            for (int j = i - 1; j >= 0 && i - j <= 6 && (t.isWord(j) || t.isNum(j)); j--) {
                if (t.wordIs(j, "ended") || t.wordIs(j, "ending") || t.wordIs(j, "ends")) {
                    return new Hit(EventKind.APPOINTMENT, 0.8, "end rule", false);
                }
            }
            return TriggerPhrases.NONE;
        }
        if (w.equals("gas")) { // "riot police fired tear gas at protesters": a protest broken up
            return t.wordIs(i - 1, "tear") || t.isDash(i - 1) && t.wordIs(i - 2, "tear")
                    ? new Hit(EventKind.PROTEST, 0.85, "tear gas", true) : TriggerPhrases.NONE;
        }
        if (w.equals("fired")) { // "police fired tear gas at protesters", "fired on demonstrators": a protest broken up
            for (int j = i + 1; j < t.size && j <= i + 8 && !t.is(j, '.') && !t.is(j, ','); j++) {
                if (t.wordIs(j, "tear") || CROWDS.contains(t.w(j))) return new Hit(EventKind.PROTEST, 0.9, "fire", false, j);
            }
            return null;
        }
        if (w.equals("passed")) {
            // "passed away on Sunday": a death; "parliament passed the budget": a law made
            if (t.wordIs(i + 1, "away")) return new Hit(EventKind.OTHER, 0.8, "die", false);
            for (int j = i + 1; j <= i + 4 && j < t.size && t.isWord(j); j++) {
                if (ACTS.contains(t.w(j))) return new Hit(EventKind.LEGAL, 0.85, "pass", false, j);
            }
            return null;
        }
        // "The volcano had woken in July 1995", "the volcano awoke": an eruption's start
        if (w.equals("woke") || w.equals("woken") || w.equals("awoke") || w.equals("awoken") || w.equals("stirred")) {
            return volcanoBefore(t, i) ? new Hit(EventKind.DISASTER, 0.8, "awake", false) : null;
        }
        if (w.startsWith("spew") || w.startsWith("belch") || w.equals("blew")) {
            // "Mount Pinatubo blew out a column of ash", "the volcano spewed lava": an eruption
            return volcanoBefore(t, i) && (!w.equals("blew") || t.wordIs(i + 1, "out") || t.wordIs(i + 1, "up"))
                    ? new Hit(EventKind.DISASTER, 0.85, w.startsWith("spew") ? "spew" : w.startsWith("belch") ? "belch"
                    : "blow", false) : null;
        }
        if (w.equals("crowned")) { // "was crowned emperor on November 2, 1930": a monarch's accession (not "champions")
            for (int j = i + 1; j < t.size && j <= i + 3 && t.isWord(j); j++) {
                if (MONARCHS.contains(t.lower[j])) return new Hit(EventKind.APPOINTMENT, 0.85, "crown", false, j);
            }
            return null;
        }
        if (w.equals("served") && t.wordIs(i + 1, "as")) { // "served as prime minister from 2010 to 2015"
            return new Hit(EventKind.APPOINTMENT, 0.6, "serve", false);
        }
        if (w.equals("voted")) { // "voted on Tuesday to join the coalition"
            // (past a tally and a time: "voted 190-0 shortly after 1 a.m. on Wednesday to demand")
            boolean tally = false;
            for (int j = i + 1; j < t.size && j <= (tally ? i + 16 : i + 5) && !t.is(j, ',') && !t.is(j, ';'); j++) {
                tally |= t.isDash(j) && t.isNum(j - 1) && t.isNum(j + 1) && j <= i + 3;
                if (!t.isWord(j) && !t.isNum(j) && !t.isDash(j) && !tally) break;
                if (!t.wordIs(j, "to")) continue;
                if (JOIN.contains(t.w(j + 1))) return new Hit(EventKind.AGREEMENT, 0.85, "vote", false, j + 1);
                // "the National Assembly voted to overturn the order": a legislature's act, not an election
                if (LEGISLATE.contains(t.w(j + 1))) return new Hit(EventKind.LEGAL, 0.85, "vote", false, j + 1);
                // ... as is a vote counted in members on a motion ("voted 190-0 to demand"), unless it fills an office
                return tally && !OFFICE_VOTES.contains(t.w(j + 1)) ? new Hit(EventKind.LEGAL, 0.85, "vote", false) : null;
            }
        }
        return null;
    }

    /**
     * "took over from co-founder Travis Kalanick", "took over as chief executive", "took over the presidential powers",
     * "when he took over in the middle of a recession": an office; "took over the company": a purchase. Null otherwise.
     */
    static Hit takeOver(Tokens t, int i) {
        if (!t.wordIs(i + 1, "over")) return null;
        if (t.wordIs(i + 2, "from") || t.wordIs(i + 2, "as")) return new Hit(EventKind.APPOINTMENT, 0.85, "take over", false);
        if (!t.isWord(i + 2) || INTRANSITIVE_END.contains(t.w(i + 2))) return new Hit(EventKind.APPOINTMENT, 0.8, "take over", false);
        for (int j = i + 2; j <= i + 5 && j < t.size && t.isWord(j) && !t.capitalised(j); j++) {
            if (FIRMS.contains(t.w(j))) return new Hit(EventKind.ECONOMIC, 0.85, "take over", false, j);
            if (POWERS.contains(t.w(j))) return new Hit(EventKind.APPOINTMENT, 0.85, "take over", false, j);
        }
        return null;
    }

    /** Words after an intransitive "took over": a time, a place or the clause's end. */
    private static final Set<String> INTRANSITIVE_END = Set.of("in", "on", "at", "after", "when", "last", "this",
            "following", "amid", "and", "but", "yesterday", "today");
    /** What is taken over as a business. */
    private static final Set<String> FIRMS = Set.of("company", "firm", "group", "business", "bank", "airline",
            "carrier", "platform", "club", "stake", "operations", "maker", "chain");
    /** What is taken over as an office. */
    private static final Set<String> POWERS = Set.of("powers", "presidency", "premiership", "leadership",
            "government", "post", "role", "helm", "chairmanship", "duties");

    /** Whether a volcano is named just before token i: "the volcano", "Mount Etna", "Nevado del Ruiz". */
    private static boolean volcanoBefore(Tokens t, int i) {
        for (int j = i - 1; j >= 0 && i - j <= 5 && (t.isWord(j) || t.isDash(j)); j--) {
            if (t.wordIs(j, "volcano") || t.wordIs(j, "crater")) return true;
            if (t.capitalised(j) && (t.wordIs(j, "mount") || t.wordIs(j, "mt") || t.wordIs(j, "volcan")
                    || t.wordIs(j, "nevado"))) {
                return true;
            }
        }
        return false;
    }

    /** Whom a crowning makes: a monarch. */
    private static final Set<String> MONARCHS = Set.of("king", "queen", "emperor", "empress", "monarch", "tsar",
            "czar", "shah", "sultan", "pharaoh", "sovereign");

    /** Adjectives that make an attack one of words. */
    private static final Set<String> VERBAL = Set.of("verbal", "rambling", "scathing", "blistering", "personal",
            "stinging", "withering", "furious", "angry", "written", "public");
    /** What erupts besides a volcano: unrest is a protest, violence a fight, a row no happening of its own. */
    private static final Set<String> UNREST = Set.of("unrest", "protests", "protest", "riots", "rioting", "demonstrations");
    private static final Set<String> VIOLENCE = Set.of("violence", "fighting", "clashes", "war", "gunfire", "battle");
    private static final Set<String> QUARRELS = Set.of("row", "dispute", "scandal", "crisis", "controversy", "feud",
            "debate", "argument", "anger", "outrage", "panic", "chaos", "celebrations", "cheers", "applause");

    /**
     * "protests erupted in the capital", "violence erupted", "a row erupted": what erupts gives the kind; a volcano
     * or nothing named keeps the entry's eruption (null).
     */
    private static Hit erupted(Tokens t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3 && t.isWord(j); j--) {
            String x = t.lower[j];
            if (UNREST.contains(x)) return new Hit(EventKind.PROTEST, 0.85, "erupt", false);
            if (VIOLENCE.contains(x)) return new Hit(EventKind.MILITARY, 0.85, "erupt", false);
            if (QUARRELS.contains(x)) return TriggerPhrases.NONE;
        }
        return null;
    }

    /**
     * Whether the word before "with", "of", "for" or "to" at j makes what follows a charge ("charged with", "acquitted
     * of", "guilty to").
     */
    private static boolean charge(Tokens t, int j) {
        String b = t.w(j - 1);
        return b.startsWith("charg") || b.startsWith("convict") || b.startsWith("accus") || b.equals("guilty")
                || b.startsWith("arrest") || b.startsWith("indict") || b.startsWith("jail") || b.startsWith("sentenc")
                || b.startsWith("investigat") || b.equals("tried") || b.equals("suspicion") || b.startsWith("acquit")
                || b.equals("cleared") || b.equals("innocent");
    }

    /** Whether a word of spaceflight stands within twelve words of i in its sentence. */
    private static boolean spaceNear(Tokens t, int i) {
        for (int j = i - 1; j >= 0 && i - j <= 20 && !t.is(j, '.'); j--) if (spaceWord(t, j)) return true;
        for (int j = i + 1; j < t.size && j - i <= 20 && !t.is(j, '.'); j++) if (spaceWord(t, j)) return true;
        return false;
    }

    private static boolean spaceWord(Tokens t, int j) {
        return t.isWord(j) && (SPACE.contains(t.lower[j]) || (t.lower[j].startsWith("lift") || t.lower[j].startsWith("blast"))
                && t.wordIs(j + 1, "off")
                || t.lower[j].startsWith("rocket") && carried(t, j));
    }

    /** "on an Ariane 5 rocket", "aboard a Soyuz rocket": a rocket that carries something, not one fired. */
    private static boolean carried(Tokens t, int j) {
        for (int k = j - 1; k >= 0 && k >= j - 5; k--) {
            if (t.wordIs(k, "on") || t.wordIs(k, "aboard") || t.wordIs(k, "atop")) return true;
            if (t.is(k, ',') || t.is(k, '.')) return false;
        }
        return false;
    }

    /**
     * Readings by who does it: "Trump landed in Singapore that evening" (a person who lands arrives, a visit; a
     * craft that lands keeps the landing's own kind); "the museum was inaugurated by Macron" (a building or an
     * institution inaugurated opens: no one takes office).
     */
    static Hit bySubject(Hit h, EntityRecognizer.Mention subject) {
        if (h.noun() || subject == null) return h;
        boolean person = subject.kind == org.eventscope.model.ParticipantKind.PERSON;
        if (person && "land".equals(h.lemma())) return new Hit(EventKind.VISIT, h.strength(), h.lemma(), false, h.object());
        if (!person && "inaugurate".equals(h.lemma()) && !subject.demonym) {
            return new Hit(EventKind.OTHER, h.strength(), h.lemma(), false, h.object());
        }
        return h;
    }
}
