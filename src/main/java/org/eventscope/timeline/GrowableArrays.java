package org.eventscope.timeline;

import java.util.Arrays;

/** Small growable primitive arrays for the builder. */
final class GrowableArrays {
    private GrowableArrays() {}

    static final class Ints {
        private int[] a = new int[16];
        private int n;
        void add(int v) { if (n == a.length) a = Arrays.copyOf(a, n * 2); a[n++] = v; }
        int get(int i) { return a[i]; }
        int size() { return n; }
    }

    static final class Longs {
        private long[] a = new long[16];
        private int n;
        void add(long v) { if (n == a.length) a = Arrays.copyOf(a, n * 2); a[n++] = v; }
        long get(int i) { return a[i]; }
        int size() { return n; }
    }

    static final class Bytes {
        private byte[] a = new byte[64];
        private int n;
        void add(byte v) { if (n == a.length) a = Arrays.copyOf(a, n * 2); a[n++] = v; }
        void addAll(byte[] v) {
            if (n + v.length > a.length) a = Arrays.copyOf(a, Math.max(a.length * 2, n + v.length));
            System.arraycopy(v, 0, a, n, v.length);
            n += v.length;
        }
        byte get(int i) { return a[i]; }
        byte[] array() { return a; }
        int size() { return n; }
    }
}
