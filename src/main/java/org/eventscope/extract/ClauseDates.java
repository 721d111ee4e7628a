package org.eventscope.extract;

import org.eventscope.model.TimeValue;
import org.eventscope.model.TimexType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which date of a sentence can date which of its triggers, beyond distance: a dateline's date dates the article,
 * not its first sentence's happening; "X fled on Wednesday and resigned on Thursday" gives each verb of the
 * coordination its own date; "landed on Thursday, a day after Tokayev asked for help" dates the asking by the
 * landing; a past participle before a noun ("over flooded areas") names no happening of its own.
 */
final class ClauseDates {
    private static final Set<String> BEFORE_PARTICIPLE = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "these", "those", "over", "in", "into", "of", "from", "across", "through", "near", "around",
            "under", "with", "for", "newly", "recently");
    private static final Set<String> NOT_NOUN = Set.of("by", "to", "in", "on", "at", "from", "with", "as", "for", "of",
            "and", "or", "that", "the", "a", "an", "his", "her", "its", "their", "after", "before", "since", "during",
            "over", "into", "up", "down", "out", "off", "back", "himself", "herself", "themselves", "itself", "him",
            "them", "it", "this", "these", "those", "last", "earlier", "late", "early");
    private static final Set<String> AFTER_AND = Set.of("then", "later", "also", "subsequently", "was", "were", "has",
            "had", "promptly", "quickly", "formally");
    private static final int[] NONE = new int[0];

    private ClauseDates() {
    }

    /** "over flooded areas", "the ousted president": a participle used as an adjective before its noun. */
    static boolean participle(Tokens t, int k) {
        String w = t.lower[k];
        if (!w.endsWith("ed") && !w.equals("held")) return false;
        if (t.isDash(k - 1) && t.glued(k) && t.isWord(k - 2)) return true; // "government-held areas"
        if (!BEFORE_PARTICIPLE.contains(t.w(k - 1))) return false;
        return t.isWord(k + 1) && !t.capitalised(k + 1) && !NOT_NOUN.contains(t.lower[k + 1]) && !t.lower[k + 1].endsWith("ly");
    }

    /** Nouns a happening noun may modify ("coup leader", "quake zone", "crash site", "war monitor"). */
    private static final Set<String> HEADS = Set.of("leader", "leaders", "zone", "zones", "site", "sites", "victims",
            "survivors", "monitor", "plotters", "anniversary", "toll", "helicopter", "helicopters", "crimes", "criminals",
            "commission", "committee", "officials", "observers", "correspondent", "reporter", "headquarters", "museum",
            "memorial", "veterans", "veteran", "refugees", "debris", "wreckage");

    /** Whether the happening noun at k only modifies the noun after it ("the coup leader"). */
    static boolean modifier(Tokens t, int k) {
        return t.isWord(k + 1) && HEADS.contains(t.lower[k + 1]);
    }

    private static final Set<String> ENDING = Set.of("ending", "ended", "ends", "end", "halting", "halted", "halt",
            "stopping", "stopped", "after", "since");
    private static final Set<String> SPELLS = Set.of("days", "weeks", "months", "years", "decades", "hours", "year",
            "decade", "month", "week");

    /**
     * "halting more than a year of fighting", "ending weeks of fighting": a happening noun that is ended or spans a
     * stretch of time is background to the sentence's date, not dated by it.
     */
    static boolean background(Tokens t, int k) {
        if (t.wordIs(k - 1, "of") && SPELLS.contains(t.w(k - 2))) return true;
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            if (!t.isWord(j) && !t.isNum(j)) return false;
            if (ENDING.contains(t.w(j))) return true;
        }
        return false;
    }

    /**
     * Whether the date is a dateline's ("DAR ES SALAAM, Nov 6, 2022 (Reuters) -", "Oct 13 (Reuters) -"): only
     * capitalised words before it in its sentence, then an agency in brackets or a dash.
     */
    static boolean dateline(Tokens t, int a, TemporalTagger.Found d) {
        if (d.from() - a > 12) return false;
        for (int j = a; j < d.from(); j++) if (t.isWord(j) && !t.capitalised(j)) return false;
        int j = d.to();
        if (t.is(j, '(')) {
            int c = j + 1;
            while (c < t.size && c - j < 10 && !t.is(c, ')')) c++;
            if (!t.is(c, ')')) return false;
            j = c + 1;
        }
        return t.isDash(j) || t.is(j, '/');
    }

    /** Positions of "and" that coordinate a second verb ("fled ... and resigned", "and was sworn in"). */
    static int[] andVerbs(Tokens t, int a, int b) {
        int[] out = NONE;
        int n = 0;
        for (int j = a; j < b; j++) {
            if (!t.wordIs(j, "and")) continue;
            int v = j + 1;
            while (v < b && v - j <= 3 && AFTER_AND.contains(t.w(v))) v++;
            if (v >= b || !t.isWord(v) || t.capitalised(v)) continue;
            String w = t.lower[v];
            if (w.length() > 4 && w.endsWith("ed") || Triggers.irregularPast(w)) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, Math.max(2, n * 2));
                out[n++] = j;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Whether one of the coordinating "and"s lies in [from, to). */
    static boolean coordinated(int[] ands, int from, int to) {
        for (int j : ands) if (j >= from && j < to) return true;
        return false;
    }

    /**
     * "on Thursday, a day after X asked", "on Monday, two days before the vote": a date told by its
     * distance from an earlier day date of the sentence, for the trigger that follows it. Added to {@code dates};
     * returns how many of the dates (at the end) are such derived ones.
     */
    static int derive(Tokens t, int a, int b, List<TemporalTagger.Found> dates) {
        int added = 0;
        int nd = dates.size();
        for (int j = a + 2; j < b; j++) {
            boolean after = t.wordIs(j, "after");
            if (!after && !t.wordIs(j, "before")) continue;
            String unit = t.w(j - 1);
            int n = count(t, j - 2);
            if (n < 1) continue; // "hours after" is the same day: the sentence's own date serves
            int days = switch (unit) {
                case "day", "days" -> n;
                case "week", "weeks" -> 7 * n;
                default -> -1;
            };
            if (days < 0 || days > 60) continue;
            int from = j - 2;
            TemporalTagger.Found base = null;
            for (int q = 0; q < nd; q++) {
                TemporalTagger.Found d = dates.get(q);
                if (d.to() <= from && from - d.to() <= 6) base = d;
            }
            if (base == null || !(base.calendar().orElse(null) instanceof TimeValue.Day day)) continue;
            LocalDate at = after ? day.date().minusDays(days) : day.date().plusDays(days);
            dates.add(new TemporalTagger.Found(from, j + 1, at.toString(), TimexType.DATE, false, false));
            added++;
        }
        return added;
    }

    private static int count(Tokens t, int j) {
        String w = t.w(j);
        return switch (w) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> {
                if (!t.isNum(j)) yield -1;
                String s = t.text.substring(t.start[j], t.end[j]);
                yield s.length() <= 2 && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(s.length() - 1))
                        ? Integer.parseInt(s) : -1;
            }
        };
    }
}
