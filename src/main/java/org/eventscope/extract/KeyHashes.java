package org.eventscope.extract;

import java.util.Collection;

/**
 * A filter over the hash codes of a fixed set of name keys (places, agencies, companies): a string whose
 * {@link String#hashCode} is not in it is in none of the keys, so the key of a run of words need not be built
 * to learn that it names nothing. One bit per hash (a quarter of a million bits); a set bit is only a maybe.
 */
final class KeyHashes {
    private static final int BITS = 18;
    private final long[] bits = new long[1 << (BITS - 6)];

    KeyHashes(Collection<String> keys) {
        for (String k : keys) {
            int at = slot(k.hashCode());
            bits[at >>> 6] |= 1L << at;
        }
    }

    /** False when no key has hash code h. */
    boolean mayHave(int h) {
        int at = slot(h);
        return (bits[at >>> 6] & 1L << at) != 0;
    }

    private static int slot(int h) {
        return (h * 0x9E3779B9) >>> (32 - BITS);
    }

    /** The hash code of {@code a + s} from the hash code {@code h} of {@code a}, as {@link String#hashCode} makes it. */
    static int append(int h, String s) {
        int n = s.length();
        return n < POW31.length ? h * POW31[n] + s.hashCode() : appendChars(h, s);
    }

    static int append(int h, char c) {
        return 31 * h + c;
    }

    private static int appendChars(int h, String s) {
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }

    private static final int[] POW31 = new int[32];

    static {
        POW31[0] = 1;
        for (int i = 1; i < POW31.length; i++) POW31[i] = POW31[i - 1] * 31;
    }
}
