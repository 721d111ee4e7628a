package org.eventscope.extract;

import org.eventscope.model.TimexType;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which happening a date of a sentence belongs to when the sentence tells it indirectly: an occasion that owns it
 * ("at yesterday's ceremony"), a saying whose content it does not date ("said on Monday that he would"), and
 * sentences with no date of their own that follow a dated one closely ("shortly afterwards").
 */
final class NarrativeDates {
    private NarrativeDates() {
    }

    /** Occasions at which a happening takes place: their date is the happening's ("at yesterday's ceremony"). */
    private static final Set<String> OCCASIONS = Set.of("ceremony", "session", "summit", "meeting",
            "talks", "vote", "election", "elections", "poll", "final", "match", "game", "race", "parade", "rally",
            "hearing", "judgment", "judgement", "ruling", "verdict", "referendum", "runoff", "congress", "conference",
            "event", "funeral", "inauguration", "sitting", "debate", "attack", "raid", "strike", "protest", "protests",
            "visit", "signing", "speech", "address", "celebrations", "service",
            // market moves, disasters, acts and results a day owns as well ("Friday's slide on Wall Street",
            // "Monday's earthquake", "Wednesday's ban", "Sunday's victory")
            "slide", "plunge", "slump", "crash", "collapse", "sell-off", "selloff", "earthquake", "quake", "storm",
            "blast", "explosion", "bombing", "shooting", "fire", "accident", "massacre", "coup", "invasion",
            "crackdown", "launch", "landing", "announcement", "decision", "ban", "deal", "agreement", "accord",
            "inferno", "blaze", "flood", "floods", "eruption", "ambush", "assault", "derailment", "stampede",
            "victory", "defeat", "win", "draw", "walkout", "resignation", "arrest", "debut", "listing", "opening",
            "closing", "meltdown", "blackout", "outage", "trial", "semi-final", "semifinal", "showdown",
            // ("Thursday's killings", "Monday's tsunami")
            "tremor", "aftershock", "tsunami", "landslide", "mudslide", "avalanche", "cyclone", "hurricane",
            "typhoon", "tornado", "sinking", "shelling", "bombardment", "attacks", "raids", "riot",
            "riots", "clashes", "uprising", "revolt", "demonstration", "demonstrations", "march", "killing", "killings",
            "murder", "murders", "assassination", "kidnapping", "abduction", "hijacking", "massacres");

    /**
     * How much less a date with a possessive dates the sentence's trigger: "this year's conference" dates its
     * noun, not the verb (0.4); "signed the accord at yesterday's ceremony", "lost Wednesday's election": an
     * occasion's date is its happening's (0.1). {@code apostrophe}: the token after the date.
     */
    static double ownerPenalty(Tokens t, int apostrophe) {
        return occasion(t, apostrophe, false) >= 0 ? 0.1 : 0.4;
    }

    /**
     * The occasion noun a date owns when an apostrophe follows it at {@code apostrophe} ("Wednesday's ceremony",
     * "Sunday's final"), within two plain words; else -1.
     */
    static int occasionAfter(Tokens t, int apostrophe) {
        return t.isApostrophe(apostrophe) ? occasion(t, apostrophe, true) : -1;
    }

    /** The occasion noun within two words after the possessive at {@code apostrophe} (past plain words only), or -1. */
    private static int occasion(Tokens t, int apostrophe, boolean plainOnly) {
        int noun = t.wordIs(apostrophe + 1, "s") ? apostrophe + 2 : apostrophe + 1;
        for (int j = noun; j < t.size && j <= noun + 2 && t.isWord(j) && !(plainOnly && t.capitalised(j)); j++) {
            if (OCCASIONS.contains(t.lower[j])) return j;
        }
        return -1;
    }

    private static final Set<String> MODAL = Set.of("would", "could", "might", "will", "may",
            "should", "must", "shall", "to");
    private static final Set<String> SAYING = Set.of("said", "says", "told", "stated", "added",
            "warned", "claimed", "insisted", "argued", "wrote", "tweeted");
    private static final WordList SAYING_WORDS = WordList.of(SAYING);
    /** Verbs whose "that" clause is what is made known, a happening of that day unless it is only intended. */
    private static final Set<String> ANNOUNCING = Set.of("announced", "announces", "confirmed",
            "confirms", "revealed", "disclosed");
    /** Verbs whose "that" clause is a claim, as a saying's is: "declared in June 2020 that it had defeated the virus". */
    private static final Set<String> CLAIMING = Set.of("declared", "declares", "proclaimed", "asserted");

    /**
     * Whether a "that" after a verb of saying lies between {@code from} and a trigger at {@code k}: what was said
     * is not dated by the saying's date ("said on Monday that he would arrest X", "said on Tuesday night that the
     * protest had been hijacked"); what was announced is, unless it is only intended ("announced on Monday that it
     * had acquired" is the purchase).
     */
    static boolean reportedAfter(Tokens t, int a, int from, int k) {
        boolean modal = MODAL.contains(t.w(k - 1)) || MODAL.contains(t.w(k - 2));
        // "On Monday, the National Guard said 18 people had died": the verb of saying between them
        for (int j = from; j < k; j++) {
            if (t.in(j, SAYING_WORDS) && !t.wordIs(j + 1, "on") && !t.is(j + 1, ',')) return true;
        }
        for (int j = from; j < k; j++) {
            if (!t.wordIs(j, "that")) continue;
            for (int v = j - 1; v >= a && j - v <= 10; v--) {
                if (!t.isWord(v)) continue;
                if (SAYING.contains(t.lower[v]) || CLAIMING.contains(t.lower[v])) return true;
                if (ANNOUNCING.contains(t.lower[v])) return modal; // "announced ... that it had bought": the purchase
            }
            return false;
        }
        return false;
    }

    /**
     * Whether the date [from, to) follows a verb of saying and opens what was said, with no "that" ("said on
     * Wednesday he would not sign the bill", "told reporters on Monday the troops had left"): what follows is not
     * dated by the saying's date; a verb of announcing only when what follows is intended ("announced on Monday he
     * would resign").
     */
    static boolean saidBefore(Tokens t, int a, int from, int to, int k) {
        int v = from - 1;
        if (t.wordIs(v, "on") || t.wordIs(v, "late") || t.wordIs(v, "early")) v--;
        // ("told reporters on Monday"): the saying's object between
        if (v > a && t.isWord(v) && !t.capitalised(v) && (t.wordIs(v - 1, "told") || t.wordIs(v - 1, "tells"))) v--;
        if (v < a || !t.isWord(v) || !(SAYING.contains(t.lower[v]) || ANNOUNCING.contains(t.lower[v]))) return false;
        if (!t.isWord(to) || !REPORTED_SUBJECTS.contains(t.lower[to])) return false;
        boolean modal = MODAL.contains(t.w(k - 1)) || MODAL.contains(t.w(k - 2));
        return SAYING.contains(t.lower[v]) || modal;
    }

    /** Words that open the subject of a clause said without "that": "said on Wednesday he would", "the troops". */
    private static final Set<String> REPORTED_SUBJECTS = Set.of("he", "she", "it", "they", "we", "i", "the", "his",
            "her", "their", "its", "there");

    private static final Set<String> SOON = Set.of("shortly", "soon", "immediately", "moments",
            "minutes", "hours", "long", "later");
    private static final WordList SOON_WORDS = WordList.of(SOON);

    /**
     * "Zúñiga was arrested shortly afterwards", "Hours later, ... signed", "moments after": a sentence with no date
     * of its own that follows the happening of the day before it closely; that day, told vaguely. Null when the
     * sentence has no such words.
     */
    static TemporalTagger.Found soonAfter(Tokens t, int a, int b, LocalDate day) {
        for (int j = a; j + 1 < b; j++) {
            if (!t.in(j, SOON_WORDS)) continue;
            String x = t.lower[j];
            // "Later in the morning, Plenkovic welcomed ...", "Later that evening", "Later, ...": the same day
            if (x.equals("later")) {
                if (j == a && (t.wordIs(j + 1, "in") || t.wordIs(j + 1, "that") || t.wordIs(j + 1, "on")
                        || t.is(j + 1, ','))) {
                    return new TemporalTagger.Found(j, j + 1, day.toString(), TimexType.DATE, false, true);
                }
                continue;
            }
            if (x.equals("long") && !t.wordIs(j - 1, "not")) continue;
            int n = j + 1;
            boolean close = t.wordIs(n, "afterwards") || t.wordIs(n, "afterward") || t.wordIs(n, "thereafter")
                    || t.wordIs(n, "later") && !x.equals("long") && !x.equals("immediately")
                    || t.wordIs(n, "after") && !t.isWord(n + 1) // "soon after," not "soon after the election"
                    // "Hours after the ruling, the United States paused its funding": the happening just told
                    || t.wordIs(n, "after") && (x.equals("hours") || x.equals("minutes") || x.equals("moments"))
                    && j == a && (t.wordIs(n + 1, "the") || t.wordIs(n + 1, "that") || t.wordIs(n + 1, "this"));
            if (close) {
                int from = x.equals("long") ? j - 1 : j;
                int to = n + 1;
                // "Hours after the ruling,": the happening named after it is the earlier one, part of the date
                if (t.wordIs(n, "after") && t.isWord(n + 1)) {
                    int c = n + 1;
                    while (c < b && c - n <= 5 && !t.is(c, ',')) c++;
                    if (t.is(c, ',')) to = c;
                }
                return new TemporalTagger.Found(from, to, day.toString(), TimexType.DATE, false, true);
            }
        }
        return null;
    }

    /**
     * "Moscow's foreign ministry, in contrast, accused the judges", "Beijing, for its part, said": a sentence
     * answering the one just before, which told a day, tells that day's reaction; that day, told vaguely, or null.
     */
    static TemporalTagger.Found inReply(Tokens t, int a, int b, LocalDate day) {
        for (int j = a; j + 2 < b && j - a <= 12; j++) {
            boolean contrast = t.wordIs(j, "in") && (t.wordIs(j + 1, "contrast") || t.wordIs(j + 1, "response"));
            boolean part = t.wordIs(j, "for") && t.isWord(j + 1) && OWNERS.contains(t.lower[j + 1]) && t.wordIs(j + 2, "part");
            if (contrast || part) {
                return new TemporalTagger.Found(j, j + (part ? 3 : 2), day.toString(), TimexType.DATE, false, true);
            }
        }
        return null;
    }

    /**
     * "He also transferred his powers to the vice-president", "The two men then led the crowd in the anthem": the
     * sentence right after one that told a day goes on with that day's happenings when "also" or "then" stands
     * before its past-tense verb; that day, told vaguely (the word is its text), or null.
     */
    static TemporalTagger.Found alsoThen(Tokens t, int a, int b, LocalDate day) {
        for (int j = a + 1; j + 1 < b && j - a <= 12; j++) {
            if (t.is(j, ',') || t.is(j, ';')) return null; // the cue must stand in the main clause's opening
            if (!t.wordIs(j, "also") && !t.wordIs(j, "then")) continue;
            if (t.wordIs(j - 1, "had") || t.wordIs(j - 1, "has") || t.wordIs(j - 1, "have") || t.wordIs(j - 1, "will")
                    || t.wordIs(j - 1, "would")) {
                return null; // "had also", "will then": background or a plan
            }
            int v = j + 1;
            if (t.isWord(v) && !t.capitalised(v) && Triggers.pastForm(t.lower[v]) && !t.lower[v].equals("had")) {
                return new TemporalTagger.Found(j, j + 1, day.toString(), TimexType.DATE, false, true);
            }
            return null;
        }
        return null;
    }

    /** Words before a past form that make it background, a plan, a clause of its own or an adjective. */
    private static final Set<String> NOT_MAIN = Set.of("had", "has", "have", "would", "will", "could", "should",
            "might", "may", "who", "which", "that", "when", "after", "before", "since", "if", "the", "a", "an", "been",
            "not", "never", "being", "to");

    /**
     * "Prime Minister Benjamin Netanyahu said Israel's commitment was unwavering", "In Manila, Foreign Secretary
     * Perfecto Yasay welcomed the decision": a sentence with no date of its own, close after one that told the
     * article's day, whose main clause opens on a name and a verb in the simple past, tells another happening of
     * that day; that day, told vaguely (the verb is its text), or null.
     */
    static TemporalTagger.Found sameDayGoesOn(Tokens t, int a, int b, LocalDate day, boolean[] inMention) {
        // (past a relative clause about the name first; failing a main verb after it, the clause's own: "Arthur
        // Robinson, who was freed earlier with a bullet wound, was recovering in hospital")
        TemporalTagger.Found main = sameDayGoesOn(t, a, b, day, inMention, true);
        return main != null ? main : sameDayGoesOn(t, a, b, day, inMention, false);
    }

    private static TemporalTagger.Found sameDayGoesOn(Tokens t, int a, int b, LocalDate day, boolean[] inMention,
                                                      boolean pastRelative) {
        boolean named = false;
        int skipped = 0;
        for (int j = a; j < b && j - a - skipped <= 16; j++) {
            // ("The Sudanese Professionals Association, which has led the demonstrations, called it a coup": past a
            // relative clause about the name, whose verb is no main clause's)
            if (pastRelative && named && t.is(j, ',') && (t.wordIs(j + 1, "which") || t.wordIs(j + 1, "who"))) {
                int c = t.closingComma(j, 24);
                if (c > j) {
                    skipped += c - j;
                    j = c;
                    continue;
                }
            }
            if (t.is(j, '"') || t.is(j, '\u201c') || t.is(j, ';') || t.is(j, ':')) return null; // a quotation
            // a capital opening the sentence is a name only when the recogniser took it for one ("Tokyo fell")
            if (t.isWord(j) && t.capitalised(j) && (j > a || inMention[j])) named = true;
            if (!t.isWord(j) || t.capitalised(j)) continue;
            String w = t.lower[j];
            if (!Triggers.pastForm(w) || w.equals("had") || w.equals("was") || w.equals("were")) {
                if (w.equals("had") || w.equals("has") || w.equals("have") || w.equals("would") || w.equals("will")
                        || w.equals("could") || w.equals("is") || w.equals("are")) {
                    return null; // the main clause is background, a state or a plan
                }
                continue;
            }
            // ("Shultz, looking exhausted, told reporters": a participle's complement is no verb)
            if (t.is(j - 2, ',') && presentParticiple(t, j - 1)) continue;
            if (NOT_MAIN.contains(t.w(j - 1)) || !named || t.is(j - 1, ',') && !afterNamesAside(t, a, j - 1)) return null;
            return new TemporalTagger.Found(j, j + 1, day.toString(), TimexType.DATE, false, true);
        }
        return null;
    }

    /** Whether the word at i is a present participle ("looking", "seeming"). */
    private static boolean presentParticiple(Tokens t, int i) {
        return t.isWord(i) && !t.capitalised(i) && t.len(i) > 4 && t.lower[i].endsWith("ing");
    }

    /**
     * Whether the comma at c closes an aside about the name before it ("Prime Minister Jacinda Ardern, speaking in
     * Wellington, said"): an opening comma within twelve tokens after a capitalised word, no verb of its own between;
     * or a relative clause within 24 (", which has led the demonstrations,").
     */
    private static boolean afterNamesAside(Tokens t, int a, int c) {
        boolean verb = false;
        for (int o = c - 1; o > a && c - o <= 24; o--) {
            // (a relative clause about the name has verbs of its own: ", which has led the demonstrations,")
            // (or the aside is the name: "The coup's military leader, General Milans del Bosch in Valencia, gave in")
            if (t.is(o, ',')) {
                return (t.isWord(o - 1) && t.capitalised(o - 1) || t.isWord(o + 1) && t.capitalised(o + 1))
                        && (!verb && c - o <= 12 || t.wordIs(o + 1, "which") || t.wordIs(o + 1, "who"));
            }
            if (t.isWord(o) && !t.capitalised(o) && Triggers.pastForm(t.lower[o]) && !presentParticiple(t, o - 1)) verb = true;
        }
        return false;
    }

    /**
     * "They had opened their talks there on Saturday morning.": a date told in the past perfect steps back from the
     * narrative to what came before; the story goes on from the day it left, not from this one. Whether the date f
     * of the sentence from a to b is told so: "had" and a past participle before it in its clause (no verb of a
     * clause of its own between), or right after a date opening the sentence ("On Saturday they had opened").
     */
    static boolean flashback(Tokens t, int a, int b, TemporalTagger.Found f) {
        for (int j = f.from() - 1; j >= a && f.from() - j <= 24; j--) {
            if (t.is(j, ';') || t.is(j, ':') || t.is(j, '"')) return false;
            if (!t.isWord(j) || t.capitalised(j) && j > a) continue;
            String w = t.lower[j];
            if (w.equals("had")) return perfect(t, j, b);
            // a verb of its own, not the participle of a "had" just before it: another clause's
            if (Triggers.pastForm(w) && !t.wordIs(j - 1, "had") && !t.wordIs(j - 1, "been") && !t.wordIs(j - 2, "had")
                    || w.equals("was") || w.equals("were") || w.equals("said") || w.equals("is") || w.equals("are")) {
                return false;
            }
        }
        if (f.from() > a + 1) return false;
        for (int j = f.to(); j < b && j - f.to() <= 6; j++) if (t.wordIs(j, "had")) return perfect(t, j, b);
        return false;
    }

    /** Whether the "had" at j is an auxiliary: a past participle or "been" next, past an adverb. */
    private static boolean perfect(Tokens t, int j, int b) {
        int v = j + 1;
        if (t.wordIs(v, "also") || t.wordIs(v, "already") || t.wordIs(v, "just") || t.wordIs(v, "first")) v++;
        return v < b && t.isWord(v) && !t.capitalised(v) && (t.wordIs(v, "been") || Triggers.pastForm(t.lower[v]));
    }

    /**
     * "Saturday had been the most dangerous day of the crisis.", "Monday was the bloodiest day of the protests.": a
     * sentence that opens on a day and says what kind of day it was introduces that day's happenings, told next
     * with no date of their own. Whether the sentence from a to b is such a one for its only date d.
     */
    static boolean dayIntroduced(Tokens t, int a, int b, TemporalTagger.Found d) {
        if (d.from() != a) return false;
        int v = d.to();
        if (t.wordIs(v, "had") || t.wordIs(v, "has")) v++;
        if (!(t.wordIs(v, "was") || t.wordIs(v, "been") || t.wordIs(v, "is"))) return false;
        for (int j = v + 1; j < b && j - v <= 8; j++) {
            if (t.wordIs(j, "day") || t.wordIs(j, "night")) return true;
            if (t.is(j, ',') || t.is(j, ';')) return false;
        }
        return false;
    }

    private static final Set<String> DURING = Set.of("during", "at", "after");
    private static final Set<String> OWNERS = Set.of("the", "his", "her", "its", "their", "that");
    /**
     * "During the ceremony, Mottley declared Rihanna a national hero", "At the summit, the leaders agreed": a
     * sentence opening on the occasion told just before happened on its day; that day, told vaguely, or null.
     */
    static TemporalTagger.Found atTheOccasion(Tokens t, int a, int b, LocalDate day) {
        if (a + 3 >= b || !DURING.contains(t.w(a)) || !OWNERS.contains(t.w(a + 1))) return null;
        int n = a + 2;
        if (t.isWord(n) && !OCCASIONS.contains(t.w(n)) && t.isWord(n + 1) && !t.capitalised(n)) n++; // "the swearing-in ceremony"
        if (!OCCASIONS.contains(t.w(n)) || !t.is(n + 1, ',')) return null;
        return new TemporalTagger.Found(a, n + 1, day.toString(), TimexType.DATE, false, true);
    }

    /**
     * Whether token k lies in a clause opened by ", who", ", whose", ", whom" or ", which", or in an aside about a
     * person opened by a participle (", born in Gwangju in 1970,", ", elected in 2018,"), with no comma between them.
     */
    static boolean inRelative(Tokens t, int a, int k) {
        for (int j = k - 1; j >= a && k - j <= 20; j--) {
            if (t.is(j, ',')) {
                return t.wordIs(j + 1, "who") || t.wordIs(j + 1, "which") || t.wordIs(j + 1, "whose")
                        || t.wordIs(j + 1, "whom") || ASIDES.contains(t.w(j + 1));
            }
        }
        return false;
    }

    /** Participles that open an aside about a person or a body: its date is the aside's, not the main verb's. */
    private static final java.util.Set<String> ASIDES = java.util.Set.of("born", "elected", "founded", "aged",
            "appointed", "re-elected", "established");
}
