package org.eventscope.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into words (runs of letters), numbers (runs of digits) and single other characters,
 * each with its UTF-16 offsets. One linear pass; whitespace is skipped.
 */
final class Tokens {
    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte PUNCT = 3;

    final String text;
    /** The text's characters: read without String's bounds and coder checks (a text with curly quotes is UTF-16). */
    private final char[] chars;
    int size;
    int[] start;
    int[] end;
    byte[] type;
    String[] lower;
    /** Per word token: the bits of the {@link WordList}s it is in, of the first {@link #known} lists. */
    private long[] lists;
    private final int known;
    /** Per token: {@link #CAP} and {@link #ALL_CAPS} for words, read once while scanning. */
    private byte[] shape;
    /** The character of each one-character punctuation token, else 0. */
    private char[] mark;
    private static final byte CAP = 1;
    private static final byte ALL_CAPS = 2;

    Tokens(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        int cap = Math.max(16, text.length() / 4);
        start = new int[cap];
        end = new int[cap];
        type = new byte[cap];
        lower = new String[cap];
        lists = new long[cap];
        shape = new byte[cap];
        mark = new char[cap];
        known = WordList.count();
        words = WORDS.get();
        words.use(known);
        scan();
        words = null;
    }

    private void scan() {
        char[] t = chars;
        int n = t.length;
        int i = 0;
        while (i < n) {
            char c = t[i];
            if (c == ' ' || c == '\n' || Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u200B') {
                i++;
                continue;
            }
            int s = i;
            if (Character.isLetter(c)) {
                // the word's letters packed five bits each (a = 1 ... z = 26), taken while it is read: its key in
                // the word table, exact for the words the table holds (up to 24 ASCII letters)
                long lo = 0;
                long hi = 0;
                boolean ascii = true;
                boolean allUpper = true;
                while (i < n) {
                    char d = t[i];
                    if (d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z') {
                        allUpper &= d <= 'Z';
                        long v = (d | 0x20) - 'a' + 1;
                        if (i - s < 12) {
                            lo = lo << 5 | v;
                        } else {
                            hi = hi << 5 | v;
                        }
                    } else if (d >= 128 && (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK)) {
                        ascii = false;
                        allUpper &= Character.isUpperCase(d);
                    } else {
                        break;
                    }
                    i++;
                }
                byte sh = (byte) ((Character.isUpperCase(c) ? CAP : 0) | (allUpper ? ALL_CAPS : 0));
                addWord(s, i, ascii, lo, hi, sh);
            } else if (c >= '0' && c <= '9') {
                i++;
                while (i < n && t[i] >= '0' && t[i] <= '9') i++;
                // "4,200 people", "1,000,000": a number grouped in thousands is one number, its commas no clause's
                if (i - s <= 3) while (thousands(t, i, n)) i += 4;
                add(s, i, NUM);
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(t[i])) i++;
                add(s, i, PUNCT);
                if (i - s == 1) mark[size - 1] = c;
            }
        }
    }

    /** Whether a comma at i starts a group of three digits that ends there ("4,200", not "5,2021" or "1,2"). */
    private static boolean thousands(char[] t, int i, int n) {
        if (i + 3 >= n || t[i] != ',') return false;
        for (int k = i + 1; k <= i + 3; k++) if (t[k] < '0' || t[k] > '9') return false;
        return i + 4 >= n || t[i + 4] < '0' || t[i + 4] > '9';
    }

    private void add(int s, int e, byte ty) {
        grow();
        start[size] = s;
        end[size] = e;
        type[size] = ty;
        size++;
    }

    private void addWord(int s, int e, boolean ascii, long lo, long hi, byte sh) {
        grow();
        start[size] = s;
        end[size] = e;
        type[size] = WORD;
        shape[size] = sh;
        if (ascii && e - s <= WordTable.MAX_LEN) {
            int at = words.slot(chars, s, e, lo, hi);
            lower[size] = words.words[at];
            lists[size] = words.keys[3 * at + 2];
        } else {
            lower[size] = WordTable.plainLower(text, s, e);
            lists[size] = words.otherMask(lower[size]);
        }
        size++;
    }

    private void grow() {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            type = Arrays.copyOf(type, cap);
            lower = Arrays.copyOf(lower, cap);
            lists = Arrays.copyOf(lists, cap);
            shape = Arrays.copyOf(shape, cap);
            mark = Arrays.copyOf(mark, cap);
        }
    }

    /** Per-document cache of the recogniser's token classes (0 = not yet known). */
    byte[] cls;

    /** This thread's word table while the text is scanned. */
    private WordTable words;

    private static final ThreadLocal<WordTable> WORDS = ThreadLocal.withInitial(WordTable::new);

    /**
     * The lower-case words this thread has seen, one String each: a word met again in another article is the
     * same instance, so it is neither allocated again nor hashed again by the word lists it is looked up in
     * (String caches its hash), with the mask of the {@link WordList}s it is in. Open addressing on the
     * packed letters; emptied when full or when a word list is added.
     */
    private static final class WordTable {
        /** The table starts small (a few thousand words fit in the core's cache) and doubles up to this. */
        private static final int MIN_BITS = 12;
        private static final int MAX_BITS = 15;
        private static final int MAX_LEN = 24;
        private int bits = MIN_BITS;
        private String[] words = new String[1 << MIN_BITS];
        /** Per slot, side by side: the word's two packed halves (its exact key) and its word lists' mask. */
        private long[] keys = new long[3 << MIN_BITS];
        /** How many word lists the masks cover. */
        private int known;
        private int used;

        /** Masks from now on cover the first {@code lists} word lists. */
        void use(int lists) {
            if (lists != known) clear();
            known = lists;
        }

        /** The masks of the words the table does not hold (accented or long ones), by word. */
        private final java.util.HashMap<String, Long> others = new java.util.HashMap<>();

        long otherMask(String w) {
            if (others.size() > (1 << MAX_BITS) / 8) others.clear();
            return others.computeIfAbsent(w, x -> WordList.maskOf(x, known));
        }

        private void clear() {
            Arrays.fill(words, null);
            Arrays.fill(keys, 0);
            others.clear();
            used = 0;
        }

        /**
         * The slot of the ASCII letters text[s, e) in this table (their lower-case word and its mask): {@code lo}
         * and {@code hi} are their first twelve letters and the rest, packed five bits a letter.
         */
        int slot(char[] text, int s, int e, long lo, long hi) {
            int at = home(lo, hi);
            for (long k = keys[3 * at]; k != 0; k = keys[3 * at]) { // a word has a letter: its key is not 0
                if (k == lo && keys[3 * at + 1] == hi) return at;
                at = (at + 1) & (words.length - 1);
            }
            if (used >= words.length / 2) {
                if (bits < MAX_BITS) {
                    grow();
                } else {
                    clear();
                }
                at = free(lo, hi);
            }
            String w = new String(text, s, e - s).toLowerCase(Locale.ROOT).intern(); // the word lists' and the code's literals' own instance
            put(at, w, lo, hi, WordList.maskOf(w, known));
            used++;
            return at;
        }

        /** Doubles the table, keeping its words. */
        private void grow() {
            String[] oldWords = words;
            long[] oldKeys = keys;
            bits++;
            words = new String[1 << bits];
            keys = new long[3 << bits];
            for (int q = 0; q < oldWords.length; q++) {
                if (oldWords[q] != null) {
                    put(free(oldKeys[3 * q], oldKeys[3 * q + 1]), oldWords[q], oldKeys[3 * q], oldKeys[3 * q + 1],
                            oldKeys[3 * q + 2]);
                }
            }
        }

        private int free(long lo, long hi) {
            int at = home(lo, hi);
            while (keys[3 * at] != 0) at = (at + 1) & (words.length - 1);
            return at;
        }

        private void put(int at, String w, long lo, long hi, long mask) {
            words[at] = w;
            keys[3 * at] = lo;
            keys[3 * at + 1] = hi;
            keys[3 * at + 2] = mask;
        }

        private int home(long lo, long hi) {
            return (int) ((lo * 0x9E3779B97F4A7C15L ^ hi * 0xC2B2AE3D27D4EB4FL) >>> (64 - bits));
        }

        static String plainLower(String text, int s, int e) {
            for (int k = s; k < e; k++) {
                char c = text.charAt(k);
                if (c >= 'A' && c <= 'Z' || c > 127) return text.substring(s, e).toLowerCase(Locale.ROOT);
            }
            return text.substring(s, e);
        }
    }

    /** True when token i is a word of list l. */
    boolean in(int i, WordList l) {
        if (i < 0 || i >= size || type[i] != WORD) return false;
        return l.bit < known ? (lists[i] >>> l.bit & 1) != 0 : l.has(lower[i]);
    }

    boolean isWord(int i) { return i >= 0 && i < size && type[i] == WORD; }

    boolean isNum(int i) { return i >= 0 && i < size && type[i] == NUM; }

    /** The character of the one-character punctuation token at i, or 0. */
    char punct(int i) {
        return i >= 0 && i < size ? mark[i] : 0;
    }

    boolean is(int i, char c) {
        if (c == 0) return i >= 0 && i < size && type[i] == PUNCT && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
        return i >= 0 && i < size && mark[i] == c;
    }

    boolean isDash(int i) {
        char c = punct(i);
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2010' || c == '\u2011';
    }

    boolean isApostrophe(int i) {
        char c = punct(i);
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    /** The lower-case word at i, or "" when i is outside or not a word. */
    String w(int i) { return i >= 0 && i < size && type[i] == WORD ? lower[i] : ""; }

    boolean wordIs(int i, String s) { return w(i).equals(s); }

    /** The value of the number at i (up to 9 digits), or -1. */
    int num(int i) {
        if (!isNum(i) || end[i] - start[i] > 9) return -1;
        int v = 0;
        for (int k = start[i]; k < end[i]; k++) if (text.charAt(k) != ',') v = v * 10 + (text.charAt(k) - '0');
        return v;
    }

    int len(int i) { return end[i] - start[i]; }

    /** True when there is no whitespace between token i-1 and token i. */
    boolean glued(int i) { return i > 0 && i < size && start[i] == end[i - 1]; }

    boolean capitalised(int i) {
        return i >= 0 && i < size && (shape[i] & CAP) != 0;
    }

    boolean allCaps(int i) {
        return i >= 0 && i < size && (shape[i] & ALL_CAPS) != 0;
    }

    /** True when a line break lies between tokens i-1 and i. */
    boolean newlineBefore(int i) {
        if (i <= 0 || i >= size) return i == 0;
        if (start[i] - end[i - 1] == 1 && text.charAt(end[i - 1]) == ' ') return false;
        for (int k = end[i - 1]; k < start[i]; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    boolean blankLineBefore(int i) {
        if (i <= 0 || i >= size) return false;
        int lines = 0;
        for (int k = end[i - 1]; k < start[i]; k++) {
            char c = text.charAt(k);
            if (c == '\n') lines++;
        }
        return lines >= 2;
    }

    /**
     * The comma closing an aside whose opening comma is at i (", the head of its Porsche division,"): the next comma
     * within {@code reach} tokens, or -1 when a full stop or semicolon comes first.
     */
    int closingComma(int i, int reach) {
        for (int c = i + 1; c < size && c - i <= reach; c++) {
            if (is(c, '.') || is(c, ';')) return -1;
            if (is(c, ',')) return c;
        }
        return -1;
    }

    /** The first character of token i. */
    char first(int i) { return chars[start[i]]; }

    String raw(int i) { return text.substring(start[i], end[i]); }
}
