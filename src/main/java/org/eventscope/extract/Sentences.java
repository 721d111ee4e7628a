package org.eventscope.extract;

import java.util.Arrays;
import java.util.Set;

/**
 * Sentence boundaries over {@link Tokens}: after . ! ? (and closing quotes) before a capital, a digit or a
 * quote, unless the period ends an abbreviation (Mr., Gen., U.S., S. Ossetian); at blank lines; at line
 * breaks after end punctuation or after a short line (a title, a dateline).
 */
final class Sentences {
    private static final Set<String> TITLE_ABBREV = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt",
            "capt", "maj", "adm", "rev", "st", "sen", "rep", "gov", "fr", "mt", "ft", "messrs", "hon", "pres", "supt",
            "cmdr", "cpl", "pvt", "brig", "lieut", "no", "nos", "vs", "v", "approx", "dept", "fig", "ca", "cf");
    private static final Set<String> OTHER_ABBREV = Set.of("jr", "sr", "inc", "corp", "co", "ltd", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "etc", "al", "est", "bros", "plc", "llc");
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "in",
            "on", "but", "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "as", "at",
            "after", "before", "when", "while", "according", "meanwhile", "however", "also", "if", "for", "by", "some",
            "many", "one", "two", "officials", "both");

    final int count;
    /** First token of each sentence. */
    final int[] first;
    /** One past the last token of each sentence. */
    final int[] last;
    /** Sentence index of each token. */
    final int[] of;

    Sentences(Tokens t) {
        int[] f = new int[Math.max(4, t.size / 12)];
        int n = 0;
        of = new int[Math.max(1, t.size)];
        int cur = 0;
        for (int i = 0; i < t.size; i++) {
            if (i > 0 && boundaryBefore(t, i)) {
                if (n == f.length) f = Arrays.copyOf(f, n * 2);
                f[n++] = cur;
                cur = i;
            }
            of[i] = n;
        }
        if (t.size > 0) {
            if (n == f.length) f = Arrays.copyOf(f, n + 1);
            f[n++] = cur;
        }
        count = n;
        first = Arrays.copyOf(f, n);
        last = new int[n];
        for (int k = 0; k < n; k++) last[k] = k + 1 < n ? first[k + 1] : t.size;
    }

    private static boolean boundaryBefore(Tokens t, int i) {
        if (t.newlineBefore(i)) {
            if (t.blankLineBefore(i)) return true;
            if (endPunct(t, i - 1) || t.is(i - 1, '|') || t.is(i - 1, ':')) return true;
            if (lineLength(t, i - 1) < 70 || !t.isWord(i - 1) && !t.is(i - 1, ',')) return true;
            // a line that opens with a date or a label ("Published: 23 September 1985"), or follows a title-case
            // line (a headline), starts anew
            boolean dateLine = t.isNum(i) || t.capitalised(i) && DATE_WORDS.contains(t.w(i));
            boolean label = t.capitalised(i) && t.is(i + 1, ':') && !t.newlineBefore(i + 1);
            return dateLine || label || titleCaseLine(t, i - 1);
        }
        if (t.type[i - 1] != Tokens.PUNCT) return false; // no end punctuation nor closer before i
        int p = i - 1;
        // closing quotes or brackets after the end punctuation belong to the sentence before
        if (isCloser(t, i)) return false;
        while (p > 0 && isCloser(t, p)) p--;
        if (!endPunct(t, p)) return false;
        if (t.glued(p + 1 == i ? i : p + 1) && p + 1 == i && t.isWord(i)) return false; // "civil.ge", "U.S"
        if (p + 1 == i && t.glued(i) && t.glued(p) && t.isNum(p - 1) && t.isNum(i)) return false; // "7.8", "2.5"
        boolean next = t.capitalised(i) || t.isNum(i) || isOpener(t, i);
        if (!next) return false;
        if (t.is(p, '.') && t.isWord(p - 1) && t.glued(p)) {
            String w = t.w(p - 1);
            boolean single = t.len(p - 1) == 1;
            if (TITLE_ABBREV.contains(w) && t.capitalised(p - 1)) return false;
            if (single || OTHER_ABBREV.contains(w)) return STARTERS.contains(t.w(i)) || t.is(i - 1, '"');
            // an abbreviation like "U.S." is two single letters with periods
        }
        return true;
    }

    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /** The line ending at token i has hardly a lower-case word of five letters or more: a headline. */
    private static boolean titleCaseLine(Tokens t, int i) {
        int caps = 0;
        int lower = 0;
        for (int k = i; k >= 0 && i - k < 40; k--) {
            if (t.isWord(k)) {
                if (t.capitalised(k)) caps++;
                else if (t.len(k) >= 5 && ++lower > 1) return false;
            }
            if (t.newlineBefore(k)) break;
        }
        return caps >= 3 && lower <= 1;
    }

    private static int lineLength(Tokens t, int i) {
        int e = t.end[i];
        int s = t.start[i];
        while (s > 0 && t.text.charAt(s - 1) != '\n' && e - s < 200) s--;
        return e - s;
    }

    private static boolean endPunct(Tokens t, int i) {
        return t.is(i, '.') || t.is(i, '!') || t.is(i, '?') || t.is(i, '\u2026');
    }

    private static boolean isCloser(Tokens t, int i) {
        char c = t.punct(i);
        return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\'';
    }

    private static boolean isOpener(Tokens t, int i) {
        char c = t.punct(i);
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '\'';
    }

    int start(Tokens t, int s) {
        return t.start[first[s]];
    }

    int end(Tokens t, int s) {
        return t.end[last[s] - 1];
    }
}
