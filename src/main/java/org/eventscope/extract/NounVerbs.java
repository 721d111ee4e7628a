package org.eventscope.extract;

import java.util.Set;

/**
 * Decides which verb a happening noun belongs to when no name acts next to it, so that the verb's subject can
 * stand for the noun's owner: the verb whose manner the noun tells ("said in a joint statement"), the verb whose
 * object it is ("has called an extraordinary summit"), or the verb whose scene it sets ("won a third term in an
 * October election"). Static; reads a few words before the noun.
 */
final class NounVerbs {
    private NounVerbs() {
    }

    private static final Set<String> MANNER = Set.of("in", "at", "during", "through", "via");

    /**
     * "said in a joint statement", "announced at a news conference": the verb whose manner a happening noun
     * tells (its subject is the noun's owner), or -1.
     */
    static int governing(Tokens t, int a, int k) {
        for (int j = k - 1; j > a && k - j <= 4; j--) {
            if (!t.isWord(j) || t.capitalised(j)) return -1;
            if (MANNER.contains(t.lower[j])) {
                String v = t.w(j - 1);
                return v.equals("said") || v.equals("says") || v.endsWith("ed") && !t.capitalised(j - 1) ? j - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "NATO aircraft began bombing Bosnian Serb positions", "resumed shelling": the verb of aspect whose gerund the
     * happening noun at k is, or -1; its subject does the happening.
     */
    static int aspectOf(Tokens t, int a, int k) {
        if (k - 1 <= a || !t.lower[k].endsWith("ing") || !t.isWord(k - 1) || t.capitalised(k - 1)) return -1;
        return ASPECT.contains(t.lower[k - 1]) ? k - 1 : -1;
    }

    private static final Set<String> ASPECT = Set.of("began", "begun", "begin", "begins", "started", "start",
            "starts", "continued", "continue", "continues", "resumed", "resume", "resumes", "stopped", "kept");

    /**
     * "has called an extraordinary summit", "announced a new deal": the past-tense verb whose object the happening
     * noun at k is (a determiner or a preposition it takes, and at most two modifiers between), or -1.
     */
    static int objectOf(Tokens t, int a, int k) {
        int j = k - 1;
        // the modifiers may be names and numbers: "missed a Eurobond payment", "filed for Chapter 11 bankruptcy"
        while (j > a && k - j <= 3 && (t.isWord(j) || t.isNum(j)) && !Subjects.DETERMINER.contains(t.w(j))
                && !PARTICLES.contains(t.w(j))) {
            j--;
        }
        if (!t.isWord(j) || j - 1 <= a) return -1;
        if (!Subjects.DETERMINER.contains(t.lower[j]) && !PARTICLES.contains(t.lower[j])) return -1;
        String v = t.w(j - 1);
        return !t.capitalised(j - 1) && Triggers.pastForm(v) ? j - 1 : -1;
    }

    /** Prepositions a verb takes its happening noun with: "filed for bankruptcy", "defaulted on a payment". */
    private static final Set<String> PARTICLES = Set.of("for", "on", "into");

    private static final Set<String> SETTING = Set.of("in", "at", "during", "with", "through", "via", "after");

    /**
     * "He pushed through a new constitution in a referendum", "won a third term in an October 2020 election": the
     * past-tense verb of the clause a happening noun after a preposition sets the scene for (its object of at most
     * five words between, no clause boundary), or -1. Words of a date before the noun are skipped.
     */
    static int settingOf(Tokens t, int a, int k, boolean[] inDate) {
        int j = k - 1;
        // (past a day's possessive: "voted for independence in Sunday's referendum")
        while (j > a && k - j <= 5 && (inDate[j - a] || t.isApostrophe(j) || t.isWord(j) && !t.capitalised(j)
                && !Subjects.DETERMINER.contains(t.lower[j]) && !SETTING.contains(t.lower[j]))) {
            j--;
        }
        if (t.isWord(j) && Subjects.DETERMINER.contains(t.lower[j])) j--;
        if (j <= a || !t.isWord(j) || !SETTING.contains(t.lower[j])) return -1;
        for (int v = j - 1; v > a && j - v <= 6; v--) {
            if (!t.isWord(v) && !t.isNum(v) && !t.is(v, '-') || t.capitalised(v)) return -1;
            String w = t.w(v);
            if (w.equals("that") || w.equals("which") || w.equals("who") || w.equals("when")) return -1;
            if (Triggers.pastForm(w) && !Subjects.DETERMINER.contains(t.w(v - 1))) return v;
        }
        return -1;
    }
}
