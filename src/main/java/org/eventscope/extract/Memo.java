package org.eventscope.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function of a string (its answer depends on the string and the fixed word lists only), so that
 * a word or name met again, in this article or another, costs one lookup instead of the work the function does.
 * Thread-safe; emptied when it holds more than its bound (random text must not fill the memory). The function
 * must not return null.
 */
final class Memo<V> {
    private final int max;
    private final ConcurrentHashMap<String, V> memo = new ConcurrentHashMap<>(4_096);

    Memo(int max) {
        this.max = max;
    }

    V get(String key, Function<String, V> f) {
        V v = memo.get(key);
        if (v != null) return v;
        V r = f.apply(key);
        if (memo.size() > max) memo.clear();
        memo.put(key, r);
        return r;
    }
}
