package org.eventscope.timeline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The events of a timeline in compact columns (primitive arrays), sorted by start day, with an interval index.
 * Position {@code i} (0 … size−1) is an event's place in start order; {@link #indexOfId(long)} maps ids back.
 * Days are epoch days (UTC), ends inclusive. Immutable and safe to share between threads.
 * About 100 bytes per event with two participants and a 30-character title.
 */
public final class TimelineEvents {

    final int size;
    final long[] ids;
    final int[] startDay, endDay;
    final byte[] kind, precision;
    final short[] sources;
    final long[] disputedBits;
    final int[] partOffsets;
    final long[] partIds;
    final long[] docIds;
    final int[] titleOffsets;
    final byte[] titleBytes;
    /** Disputed alternatives, sparse: event positions ascending, and per entry a run in altStart/altEnd. */
    final int[] altEvent, altOffsets, altStart, altEnd;
    final long[] idsSorted;
    final int[] idsSortedPos;
    final List<UnplacedEvent> unplaced;
    final int minDay, maxDay;
    private final IntervalIndex all;
    private final java.util.concurrent.atomic.AtomicReferenceArray<Lanes> lanes = new java.util.concurrent.atomic.AtomicReferenceArray<>(LaneMode.values().length);

    TimelineEvents(TimelineEventsBuilder b, int[] order) {
        this.size = order.length;
        ids = new long[size];
        startDay = new int[size];
        endDay = new int[size];
        kind = new byte[size];
        precision = new byte[size];
        sources = new short[size];
        disputedBits = new long[(size + 63) >>> 6];
        partOffsets = new int[size + 1];
        docIds = new long[size];
        titleOffsets = new int[size + 1];
        int parts = 0, titleLen = 0, alts = 0, altEvents = 0;
        for (int o : order) {
            parts += b.partOffsets.get(o + 1) - b.partOffsets.get(o);
            titleLen += b.titleOffsets.get(o + 1) - b.titleOffsets.get(o);
            int a = b.altOffsets.get(o + 1) - b.altOffsets.get(o);
            alts += a;
            if (a > 0) altEvents++;
        }
        partIds = new long[parts];
        titleBytes = new byte[titleLen];
        altEvent = new int[altEvents];
        altOffsets = new int[altEvents + 1];
        altStart = new int[alts];
        altEnd = new int[alts];
        int p = 0, t = 0, ae = 0, ai = 0;
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            int o = order[i];
            ids[i] = b.ids.get(o);
            startDay[i] = b.start.get(o);
            endDay[i] = b.end.get(o);
            lo = Math.min(lo, startDay[i]);
            hi = Math.max(hi, endDay[i]);
            kind[i] = b.kind.get(o);
            precision[i] = b.precision.get(o);
            sources[i] = (short) Math.min(Short.MAX_VALUE, b.sources.get(o));
            if (b.disputed.get(o) != 0) disputedBits[i >>> 6] |= 1L << i;
            docIds[i] = b.docs.get(o);
            for (int k = b.partOffsets.get(o); k < b.partOffsets.get(o + 1); k++) partIds[p++] = b.partIds.get(k);
            partOffsets[i + 1] = p;
            int ts = b.titleOffsets.get(o), te = b.titleOffsets.get(o + 1);
            System.arraycopy(b.titleBytes.array(), ts, titleBytes, t, te - ts);
            t += te - ts;
            titleOffsets[i + 1] = t;
            int as = b.altOffsets.get(o), aEnd = b.altOffsets.get(o + 1);
            if (aEnd > as) {
                altEvent[ae] = i;
                for (int k = as; k < aEnd; k++) {
                    altStart[ai] = b.altStart.get(k);
                    altEnd[ai] = b.altEnd.get(k);
                    ai++;
                }
                altOffsets[++ae] = ai;
            }
        }
        minDay = size == 0 ? 0 : lo;
        maxDay = size == 0 ? 0 : hi;
        // ids sorted with their positions: sort (id, pos) pairs through an index permutation
        idsSorted = ids.clone();
        Arrays.sort(idsSorted);
        idsSortedPos = new int[size];
        long[] packed = new long[size];
        boolean small = true;
        for (long id : ids) if (id < 0 || id >= (1L << 31)) { small = false; break; }
        if (small) {
            for (int i = 0; i < size; i++) packed[i] = ids[i] << 32 | i;
            Arrays.sort(packed);
            for (int i = 0; i < size; i++) idsSortedPos[i] = (int) packed[i];
        } else {
            Integer[] perm = new Integer[size];
            for (int i = 0; i < size; i++) perm[i] = i;
            Arrays.sort(perm, (x, y) -> Long.compare(ids[x], ids[y]));
            for (int i = 0; i < size; i++) idsSortedPos[i] = perm[i];
        }
        unplaced = List.copyOf(b.unplaced);
        all = new IntervalIndex(startDay, endDay, null, size);
    }

    public static TimelineEventsBuilder builder() { return new TimelineEventsBuilder(); }

    public static TimelineEvents empty() { return builder().build(); }

    public int size() { return size; }

    public long id(int i) { return ids[i]; }

    public int startDay(int i) { return startDay[i]; }

    /** Last day covered, inclusive. */
    public int endDay(int i) { return endDay[i]; }

    public long startMillis(int i) { return startDay[i] * TimeScale.DAY_MS; }

    /** Exclusive end instant: the start of the day after the last. */
    public long endMillis(int i) { return (endDay[i] + 1L) * TimeScale.DAY_MS; }

    public int kind(int i) { return kind[i]; }

    public int precision(int i) { return precision[i]; }

    public int sources(int i) { return sources[i]; }

    public boolean disputed(int i) { return (disputedBits[i >>> 6] & (1L << i)) != 0; }

    public long documentId(int i) { return docIds[i]; }

    public int participantCount(int i) { return partOffsets[i + 1] - partOffsets[i]; }

    public long participant(int i, int k) { return partIds[partOffsets[i] + k]; }

    public long[] participants(int i) { return Arrays.copyOfRange(partIds, partOffsets[i], partOffsets[i + 1]); }

    public boolean hasParticipant(int i, long participantId) {
        for (int k = partOffsets[i]; k < partOffsets[i + 1]; k++) if (partIds[k] == participantId) return true;
        return false;
    }

    public String title(int i) {
        return new String(titleBytes, titleOffsets[i], titleOffsets[i + 1] - titleOffsets[i], StandardCharsets.UTF_8);
    }

    /** Alternative day spans given by other sources for a disputed event: pairs {start, end} (inclusive), possibly none. */
    public int[][] alternatives(int i) {
        int k = Arrays.binarySearch(altEvent, i);
        if (k < 0) return new int[0][];
        int[][] out = new int[altOffsets[k + 1] - altOffsets[k]][];
        for (int j = 0; j < out.length; j++) out[j] = new int[]{altStart[altOffsets[k] + j], altEnd[altOffsets[k] + j]};
        return out;
    }

    /** Position of the event with this id, or −1. */
    public int indexOfId(long id) {
        int k = Arrays.binarySearch(idsSorted, id);
        return k < 0 ? -1 : idsSortedPos[k];
    }

    public int minDay() { return minDay; }

    public int maxDay() { return maxDay; }

    /** Events that cannot be placed because their year is unknown. */
    public List<UnplacedEvent> unplaced() { return unplaced; }

    public IntervalIndex index() { return all; }

    /** The lanes for a mode, built on first use (for large sets, call this off the FX thread first). Thread-safe. */
    public Lanes lanes(LaneMode mode) {
        Lanes l = lanes.get(mode.ordinal());
        if (l == null) {
            l = Lanes.build(this, mode);
            if (!lanes.compareAndSet(mode.ordinal(), null, l)) l = lanes.get(mode.ordinal());
        }
        return l;
    }

    /** True when {@link #lanes(LaneMode)} answers without building. */
    public boolean lanesReady(LaneMode mode) { return lanes.get(mode.ordinal()) != null; }

    IntervalIndex subIndex(int[] members) {
        return new IntervalIndex(startDay, endDay, members, members.length);
    }

    /** Approximate heap held by this object, in bytes. */
    public long heapBytes() {
        long b = 8L * ids.length + 8L * size + 2L * size + 2L * size + 8L * disputedBits.length + 4L * partOffsets.length
                + 8L * partIds.length + 8L * docIds.length + 4L * titleOffsets.length + titleBytes.length
                + 4L * (altEvent.length + altOffsets.length + altStart.length + altEnd.length) + 12L * size;
        return b + all.heapBytes();
    }
}
