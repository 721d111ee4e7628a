package org.eventscope.extract;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A word list that {@link Tokens} answers by a bit: each list made here gets one bit of a per-word mask, which
 * the thread's word table of {@code Tokens} finds once per word (a word met again costs nothing), so that "is the
 * word at token i in this list", asked by a loop over the tokens, is a bit test and not a hash lookup.
 * The first 63 lists made get a bit; a later one, or one made after a text was cut into tokens, is looked up in
 * the usual way for that text. Make them once (static fields): each one costs every new word a lookup.
 */
final class WordList {
    private static final int MAX = 63;
    /** The lists with a bit, in the order of their bits (copied on each new one). */
    private static volatile WordList[] all = new WordList[0];

    private final Predicate<String> has;
    /** This list's bit in a word's mask, or {@link #MAX} when it has none. */
    final int bit;

    private WordList(Predicate<String> has, int bit) {
        this.has = has;
        this.bit = bit;
    }

    /** The words for which {@code has} holds (a pure function of the lower-case word; never of ""). */
    static synchronized WordList of(Predicate<String> has) {
        int n = all.length;
        WordList l = new WordList(has, Math.min(n, MAX));
        if (n < MAX) {
            WordList[] more = Arrays.copyOf(all, n + 1);
            more[n] = l;
            all = more;
        }
        return l;
    }

    static WordList of(Set<String> words) {
        return of(words::contains);
    }

    boolean has(String w) {
        return has.test(w);
    }

    /** How many lists have a bit (those with a bit below it). */
    static int count() {
        return all.length;
    }

    /** The mask of the first {@code known} lists for the lower-case word w. */
    static long maskOf(String w, int known) {
        WordList[] lists = all;
        long m = 0;
        for (int b = 0; b < known; b++) {
            if (lists[b].has(w)) m |= 1L << b;
        }
        return m;
    }
}
