package org.eventscope.extract;

import java.util.Set;

/**
 * A sentence with a date and no known trigger may still tell a happening in a plain past-tense verb ("Solomon
 * Islands switched recognition to China in September 2019", "the anger spilled over yesterday"): the nearest such
 * verb to the date, which the extractor keeps as an event of undecided kind and low confidence when a named actor
 * does it (failing one, the actors of its sentence).
 */
final class PlainVerbs {
    /** Past forms that tell no happening of their own: states, reporting and auxiliaries. */
    private static final Set<String> NOT_HAPPENINGS = Set.of("was", "were", "had", "did", "said", "told", "seemed",
            "appeared", "remained", "stayed", "looked", "felt", "wanted", "needed", "liked", "used", "based",
            "called", "named", "expected", "planned", "scheduled", "related", "concerned", "added", "noted",
            "asked", "owned", "lived", "worked", "continued", "included", "involved", "showed", "reported", "estimated",
            "believed", "thought", "knew", "meant", "got", "became", "hoped", "tried", "failed", "allowed", "followed",
            "compared", "lasted"); // "up 20 percent compared with 2019": a comparison, no happening
    private static final int REACH = 15;
    /** How far before the only date of its sentence a verb may lie. */
    private static final int LONE_REACH = 25;
    /** "became the first ...", "the youngest ...": ranks that make a becoming a record. */
    private static final Set<String> RANKS = Set.of("first", "youngest", "oldest", "fastest", "only", "last");
    /** "50th", "21st" as a number and its glued ending. */
    private static final Set<String> ORDINAL_ENDS = Set.of("st", "nd", "rd", "th");

    private PlainVerbs() {
    }

    /**
     * The index of the plain past-tense verb nearest to the date [from, to) within fifteen tokens in [a, b), or -1.
     * {@code inMention[j]}, {@code inDate[j - a]}: whether token j is part of a name or of a date; {@code used[j - a]}
     * (when not null): whether another event of the sentence took it. When the date is the only one its sentence
     * tells ({@code lone}), a verb before it may lie further, past a long object ("Manchester United accepted a
     * world-record offer of 80 million pounds ($131 million) from Real Madrid for Cristiano Ronaldo on Thursday").
     */
    static int near(Tokens t, int a, int b, int from, int to, boolean[] inMention, boolean[] inDate, boolean[] used,
                    boolean lone) {
        int best = -1;
        int bestDist = Integer.MAX_VALUE;
        // "the schoolgirls released by Boko Haram on Saturday were received": the date is the participle's
        // ("At 11:52 on November 1, the heavy concrete canopy above the entrance of the station broke away": a date
        // opening its sentence dates the main clause, past a long subject)
        int end = ClauseDates.reducedRelative(t, a, from, to) ? from : to + (opening(t, a, from, to, inDate) ? LONE_REACH : REACH);
        for (int j = Math.max(a + 1, from - (lone ? LONE_REACH : REACH)); j < b && j < end; j++) {
            if (j >= from && j < to || inMention[j] || inDate[j - a] || used != null && used[j - a] || !happening(t, j)) continue;
            if (j >= to && ownDateAfterAnd(t, a, b, to, j, inDate)) continue;
            // "Lomu, who had run in four tries in the semi-final last Sunday, was smothered": past the comma closing
            // the date's relative clause lies the main clause, which the date does not tell
            if (j >= to && closesRelative(t, a, from, to, j)) continue;
            int dist = j < from ? from - j : j - to + 1;
            if (dist < bestDist) {
                best = j;
                bestDist = dist;
            }
        }
        // "Ali took a 12-round decision in a non-title rematch in New York in January 1974, and regained ...": the
        // verb of the date's own clause, further back, when none nearer may take it
        // (not past a clause's start: ", and", a relative pronoun, "since")
        if (best < 0 && !lone) {
            for (int j = from - 1; j > a && j >= from - LONE_REACH; j--) {
                if (t.is(j, ';') || commaAnd(t, j) || t.isWord(j) && CLAUSE_START.contains(t.lower[j])) {
                    break;
                }
                if (j >= from - REACH || inMention[j] || inDate[j - a] || used != null && used[j - a] || !happening(t, j)) {
                    continue;
                }
                return j;
            }
        }
        return best;
    }

    /** Whether the date at from lies in a ", who" or ", which" clause closed by a comma in [to, j). */
    private static boolean closesRelative(Tokens t, int a, int from, int to, int j) {
        boolean comma = false;
        for (int k = to; k < j && !comma; k++) comma = t.is(k, ',');
        return comma && NarrativeDates.inRelative(t, a, from);
    }

    /** Whether the date [from, to) opens its sentence, after other dates and prepositions only, closed by a comma. */
    private static boolean opening(Tokens t, int a, int from, int to, boolean[] inDate) {
        return t.is(to, ',') && ClauseDates.opensSentence(t, a, a, from, inDate);
    }

    /**
     * "... in January 1974, and regained the title ... on Oct. 30, 1974": a verb past ", and" after the date, whose
     * own clause tells a date of its own, is that date's.
     */
    private static boolean ownDateAfterAnd(Tokens t, int a, int b, int to, int j, boolean[] inDate) {
        boolean and = false;
        for (int k = to; k < j; k++) and |= commaAnd(t, k);
        if (!and) return false;
        for (int k = j + 1; k < b; k++) {
            if (t.is(k, ';') || commaAnd(t, k)) return false;
            if (inDate[k - a]) return true;
        }
        return false;
    }

    /** Whether a comma at k opens a coordinated clause: ", and", ", but". */
    private static boolean commaAnd(Tokens t, int k) {
        return t.is(k, ',') && (t.wordIs(k + 1, "and") || t.wordIs(k + 1, "but"));
    }

    private static final Set<String> CLAUSE_START = Set.of("who", "which", "that", "whose", "whom", "where", "when",
            "since", "while", "because", "although");

    /** Bare verbs after "will" or "to" that tell no happening of their own. */
    private static final Set<String> NOT_PLANNED = Set.of("be", "have", "do", "say", "tell", "remain", "stay", "keep",
            "continue", "need", "want", "try", "seek", "help", "allow", "make", "take", "get", "see", "know", "show",
            "include", "become", "ensure", "consider", "discuss", "decide", "use", "give", "go", "come", "not", "also");

    /** "will hold", "to leave": a bare verb of a plan, the happening still to come. */
    static boolean planned(Tokens t, int j) {
        String p = t.w(j - 1);
        if (!p.equals("will") && !p.equals("to") && !p.equals("would")) return false;
        String w = t.lower[j];
        return t.isWord(j) && !t.capitalised(j) && w.length() >= 3 && !NOT_PLANNED.contains(w) && !w.endsWith("ed")
                && !w.endsWith("ing") && !Tense.adverb(w) && !Triggers.DETERMINERS.contains(w);
    }

    /** Whether the word at j is a plain past-tense verb that tells a happening (not a state, a saying, a modifier). */
    static boolean happening(Tokens t, int j) {
        if (!t.isWord(j) || t.capitalised(j) || t.glued(j) && t.isDash(j - 1) && !ClauseDates.verbPrefix(t, j - 2)) return false;
        String w = t.lower[j];
        // "became the first man to run a marathon in under two hours": a record set is a happening
        // ("became the world's youngest democracy", "became the country's first woman president": a rank within)
        if (w.equals("became") && t.wordIs(j + 1, "the")) {
            int r = t.isWord(j + 2) && !t.capitalised(j + 2) && t.isApostrophe(j + 3) && t.wordIs(j + 4, "s") ? j + 5 : j + 2;
            // ("became the 50th state", "became the second woman to"): an ordinal ranks too
            if (t.isWord(r) && (RANKS.contains(t.lower[r]) || PersonClues.ORDINAL.contains(t.lower[r]))
                    || t.isNum(r) && t.isWord(r + 1) && t.glued(r + 1) && ORDINAL_ENDS.contains(t.lower[r + 1])) {
                return true;
            }
        }
        if (NOT_HAPPENINGS.contains(w)) return false;
        // "did not sign the law", "would never attend": what did not happen, and its auxiliary, are no happening
        if ((w.equals("did") || w.equals("does")) && (t.wordIs(j + 1, "not") || t.wordIs(j + 1, "never")
                || t.wordIs(j + 1, "n"))) {
            return false;
        }
        if (planned(t, j)) return !Triggers.notDone(t, j);
        if (!Triggers.pastForm(w)) return false;
        String p = t.w(j - 1);
        // "the injured", "a disputed border", "has been charged": an adjective or a participle, not the verb
        return !Triggers.DETERMINERS.contains(p) && !p.equals("been") && !p.equals("being") && !p.equals("having")
                && !Triggers.notDone(t, j);
    }
}
