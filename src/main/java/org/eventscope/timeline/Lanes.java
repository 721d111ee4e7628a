package org.eventscope.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The lanes of one {@link LaneMode}, busiest first (kinds in enum order). */
public record Lanes(LaneMode mode, List<Lane> all) {

    /** The lanes whose key is in {@code keys}; all lanes when {@code keys} is empty. */
    public List<Lane> filtered(Set<Long> keys) {
        if (keys == null || keys.isEmpty()) return all;
        List<Lane> out = new ArrayList<>();
        for (Lane l : all) if (keys.contains(l.key())) out.add(l);
        return out;
    }

    static Lanes build(TimelineEvents ev, LaneMode mode) {
        int n = ev.size();
        return switch (mode) {
            case NONE -> new Lanes(mode, List.of(new Lane(0, ev.index())));
            case KIND -> {
                int kinds = 0;
                for (int i = 0; i < n; i++) kinds = Math.max(kinds, ev.kind(i) + 1);
                int[][] buckets = bucket(n, kinds, i -> new int[]{ev.kind(i)}, ev);
                List<Lane> lanes = new ArrayList<>();
                for (int k = 0; k < kinds; k++) if (buckets[k].length > 0) lanes.add(new Lane(k, ev.subIndex(buckets[k])));
                yield new Lanes(mode, List.copyOf(lanes));
            }
            case PARTICIPANT -> keyed(ev, mode, ev.partIds, i -> Arrays.copyOfRange(ev.partIds, ev.partOffsets[i], ev.partOffsets[i + 1]));
            case DOCUMENT -> keyed(ev, mode, ev.docIds, i -> new long[]{ev.docIds[i]});
        };
    }

    private interface Keys { long[] of(int i); }

    private interface DenseKeys { int[] of(int i); }

    private static Lanes keyed(TimelineEvents ev, LaneMode mode, long[] allKeys, Keys keys) {
        long[] distinct = Arrays.stream(allKeys).sorted().distinct().toArray();
        int[][] buckets = bucket(ev.size(), distinct.length, i -> {
            long[] ks = keys.of(i);
            int[] d = new int[ks.length];
            for (int k = 0; k < ks.length; k++) d[k] = Arrays.binarySearch(distinct, ks[k]);
            return d;
        }, ev);
        Integer[] order = new Integer[distinct.length];
        for (int k = 0; k < order.length; k++) order[k] = k;
        Arrays.sort(order, (a, b) -> buckets[a].length != buckets[b].length
                ? Integer.compare(buckets[b].length, buckets[a].length) : Long.compare(distinct[a], distinct[b]));
        List<Lane> lanes = new ArrayList<>(order.length);
        for (int k : order) if (buckets[k].length > 0) lanes.add(new Lane(distinct[k], ev.subIndex(buckets[k])));
        return new Lanes(mode, List.copyOf(lanes));
    }

    /** Counting sort of event positions into buckets; positions stay ascending within a bucket. */
    private static int[][] bucket(int n, int buckets, DenseKeys keys, TimelineEvents ev) {
        int[] counts = new int[buckets];
        for (int i = 0; i < n; i++) for (int k : keys.of(i)) if (k >= 0) counts[k]++;
        int[][] out = new int[buckets][];
        for (int k = 0; k < buckets; k++) out[k] = new int[counts[k]];
        int[] fill = new int[buckets];
        for (int i = 0; i < n; i++) for (int k : keys.of(i)) if (k >= 0) out[k][fill[k]++] = i;
        return out;
    }
}
