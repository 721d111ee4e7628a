package org.eventscope.timeline;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * "Which events overlap [a, b]?" in O(log n + k), over primitive arrays.
 * <p>
 * Members are event positions in a {@link TimelineEvents} (which keeps events sorted by start day), kept ascending,
 * so the members starting inside [a, b] are one contiguous run found by binary search. The members that started
 * before a and still run at a come from a static centred interval tree (stabbing query at a). The two answers are disjoint.
 */
public final class IntervalIndex {

    private final int[] start;      // shared with TimelineEvents: start day by event position
    private final int[] end;        // inclusive end day by event position
    private final int[] members;    // ascending event positions; null = all events 0..n-1
    private final int size;

    // centred interval tree over the members; centre values are doubled (start + end) to stay integral
    private int nodes;
    private long[] nodeCentre2;
    private int[] nodeLeft, nodeRight, nodeFrom, nodeTo;
    private final int[] midByStart;  // event positions, per node sorted by start ascending
    private final int[] midByEnd;    // event positions, per node sorted by end descending
    private final int root;

    IntervalIndex(int[] start, int[] end, int[] members, int size) {
        this.start = start;
        this.end = end;
        this.members = members;
        this.size = size;
        this.midByStart = new int[size];
        this.midByEnd = new int[size];
        int cap = Math.max(4, size / 2 + 4);
        nodeCentre2 = new long[cap];
        nodeLeft = new int[cap];
        nodeRight = new int[cap];
        nodeFrom = new int[cap];
        nodeTo = new int[cap];
        // sort members by doubled midpoint: key (start+end) in the high bits, position in the low 32
        long[] keys = new long[size];
        for (int k = 0; k < size; k++) {
            int e = member(k);
            keys[k] = ((long) start[e] + end[e]) << 32 | e;
        }
        Arrays.sort(keys);
        int[] byMid = new int[size];
        for (int k = 0; k < size; k++) byMid[k] = (int) keys[k];
        keys = null;
        int[] tmp = new int[size];
        int[] fill = {0};
        root = build(byMid, tmp, 0, size, fill);
        if (nodes < nodeCentre2.length) {
            nodeCentre2 = Arrays.copyOf(nodeCentre2, nodes);
            nodeLeft = Arrays.copyOf(nodeLeft, nodes);
            nodeRight = Arrays.copyOf(nodeRight, nodes);
            nodeFrom = Arrays.copyOf(nodeFrom, nodes);
            nodeTo = Arrays.copyOf(nodeTo, nodes);
        }
    }

    /** Builds the subtree over byMid[lo, hi) (sorted by midpoint); returns its node or -1. */
    private int build(int[] byMid, int[] tmp, int lo, int hi, int[] fill) {
        if (lo >= hi) return -1;
        int median = byMid[(lo + hi) >>> 1];
        long c2 = (long) start[median] + end[median];
        // stable partition into left (end < c), mid, right (start > c); midpoint order is kept in left and right
        int l = lo, m = 0;
        int rightCount = 0;
        for (int k = lo; k < hi; k++) {
            int e = byMid[k];
            if (2L * end[e] < c2) byMid[l++] = e;
            else if (2L * start[e] > c2) tmp[size - 1 - rightCount++] = e; // right, reversed at the tail of tmp
            else tmp[m++] = e;
        }
        int midCount = m;
        int from = fill[0];
        // mid intervals sorted by start asc and by end desc
        long[] ks = new long[midCount];
        for (int k = 0; k < midCount; k++) ks[k] = ((long) start[tmp[k]]) << 32 | tmp[k];
        Arrays.sort(ks);
        for (int k = 0; k < midCount; k++) midByStart[from + k] = (int) ks[k];
        for (int k = 0; k < midCount; k++) ks[k] = (-(long) end[tmp[k]]) << 32 | tmp[k];
        Arrays.sort(ks);
        for (int k = 0; k < midCount; k++) midByEnd[from + k] = (int) ks[k];
        fill[0] += midCount;
        // right part back into byMid after left, in midpoint order
        int r = l;
        for (int k = 0; k < rightCount; k++) byMid[r++] = tmp[size - 1 - k];
        int node = nodes++;
        if (node >= nodeCentre2.length) grow();
        nodeCentre2[node] = c2;
        nodeFrom[node] = from;
        nodeTo[node] = from + midCount;
        int left = build(byMid, tmp, lo, l, fill);
        int right = build(byMid, tmp, l, l + rightCount, fill);
        nodeLeft[node] = left;
        nodeRight[node] = right;
        return node;
    }

    private void grow() {
        int cap = nodeCentre2.length * 2;
        nodeCentre2 = Arrays.copyOf(nodeCentre2, cap);
        nodeLeft = Arrays.copyOf(nodeLeft, cap);
        nodeRight = Arrays.copyOf(nodeRight, cap);
        nodeFrom = Arrays.copyOf(nodeFrom, cap);
        nodeTo = Arrays.copyOf(nodeTo, cap);
    }

    public int size() { return size; }

    /** The k-th member (event position), ascending by start day. */
    public int member(int k) { return members == null ? k : members[k]; }

    /** Start day of event position e (any event of the set, not only members). */
    public int startDay(int e) { return start[e]; }

    /** Last day (inclusive) of event position e. */
    public int endDay(int e) { return end[e]; }

    /** Number of members whose start day is &lt; day. */
    public int lowerBound(long day) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[member(mid)] < day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Members starting in [a, b] (days, inclusive). */
    public int countStartingIn(long a, long b) {
        return b < a ? 0 : lowerBound(b + 1) - lowerBound(a);
    }

    /** Every member overlapping [a, b] (days, inclusive), each once: first those that started before a, then the rest by start. */
    public void query(long a, long b, IntConsumer out) {
        stabBefore(a, out);
        int hi = lowerBound(b + 1);
        for (int k = lowerBound(a); k < hi; k++) out.accept(member(k));
    }

    /** Members that start before day a and end on or after it. */
    public void stabBefore(long a, IntConsumer out) {
        int node = root;
        long q2 = 2 * a;
        while (node >= 0) {
            long c2 = nodeCentre2[node];
            int from = nodeFrom[node], to = nodeTo[node];
            if (q2 < c2) {
                for (int k = from; k < to && start[midByStart[k]] <= a; k++) {
                    int e = midByStart[k];
                    if (start[e] < a) out.accept(e);
                }
                node = nodeLeft[node];
            } else if (q2 > c2) {
                for (int k = from; k < to && end[midByEnd[k]] >= a; k++) {
                    int e = midByEnd[k];
                    if (start[e] < a) out.accept(e);
                }
                node = nodeRight[node];
            } else {
                for (int k = from; k < to; k++) {
                    int e = midByStart[k];
                    if (start[e] < a) out.accept(e);
                }
                node = -1;
            }
        }
    }

    /** Approximate heap bytes held by this index (not counting the shared start/end arrays). */
    long heapBytes() {
        return 4L * (size * 2L + (members == null ? 0 : members.length)) + 32L * nodeCentre2.length;
    }
}
