package org.eventscope.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * Remembers a pure function of a lower-case word (its answer depends on the word and the fixed word lists only),
 * so that a word met again, in this article or another, costs one lookup instead of the several list lookups the
 * function makes. Thread-safe; emptied when it holds too many words (random text must not fill the memory).
 */
final class WordMemo {
    private static final int MAX = 50_000;
    private final ConcurrentHashMap<String, Integer> memo = new ConcurrentHashMap<>(4_096);

    int get(String word, ToIntFunction<String> f) {
        Integer v = memo.get(word);
        if (v != null) return v;
        int r = f.applyAsInt(word);
        if (memo.size() > MAX) memo.clear();
        memo.put(word, r);
        return r;
    }
}
