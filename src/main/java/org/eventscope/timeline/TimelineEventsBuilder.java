package org.eventscope.timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eventscope.model.Event;
import org.eventscope.model.EventSource;
import org.eventscope.model.Precision;
import org.eventscope.model.TimeValue;

/** Collects events in any order; {@link #build()} sorts them by start and builds the interval index. Not thread-safe. */
public final class TimelineEventsBuilder {

    final GrowableArrays.Longs ids = new GrowableArrays.Longs();
    final GrowableArrays.Ints start = new GrowableArrays.Ints();
    final GrowableArrays.Ints end = new GrowableArrays.Ints();
    final GrowableArrays.Bytes kind = new GrowableArrays.Bytes();
    final GrowableArrays.Bytes precision = new GrowableArrays.Bytes();
    final GrowableArrays.Ints sources = new GrowableArrays.Ints();
    final GrowableArrays.Bytes disputed = new GrowableArrays.Bytes();
    final GrowableArrays.Longs docs = new GrowableArrays.Longs();
    final GrowableArrays.Ints partOffsets = new GrowableArrays.Ints();
    final GrowableArrays.Longs partIds = new GrowableArrays.Longs();
    final GrowableArrays.Ints titleOffsets = new GrowableArrays.Ints();
    final GrowableArrays.Bytes titleBytes = new GrowableArrays.Bytes();
    final GrowableArrays.Ints altOffsets = new GrowableArrays.Ints();
    final GrowableArrays.Ints altStart = new GrowableArrays.Ints();
    final GrowableArrays.Ints altEnd = new GrowableArrays.Ints();
    final List<UnplacedEvent> unplaced = new ArrayList<>();
    private static final long[] NO_PARTICIPANTS = new long[0];

    TimelineEventsBuilder() {
        partOffsets.add(0);
        titleOffsets.add(0);
        altOffsets.add(0);
    }

    /**
     * Adds a placed event.
     *
     * @param startDay first epoch day; {@code endDay} last epoch day (inclusive)
     * @param kind     kind ordinal ({@link org.eventscope.model.EventKind#ordinal()})
     * @param precision precision ordinal ({@link Precision#ordinal()})
     * @param alternatives disputed alternatives as {start, end} day pairs, or null
     */
    public TimelineEventsBuilder add(long id, long startDay, long endDay, int kind, int precision, int sources,
                                     boolean disputed, long[] participants, long documentId, String title, int[][] alternatives) {
        if (endDay < startDay) throw new IllegalArgumentException("event " + id + " ends before it starts");
        ids.add(id);
        start.add(Math.toIntExact(startDay));
        end.add(Math.toIntExact(endDay));
        this.kind.add((byte) kind);
        this.precision.add((byte) precision);
        this.sources.add(sources);
        this.disputed.add((byte) (disputed ? 1 : 0));
        docs.add(documentId);
        long[] ps = participants == null ? NO_PARTICIPANTS : Arrays.stream(participants).distinct().toArray();
        for (long p : ps) partIds.add(p);
        partOffsets.add(partIds.size());
        titleBytes.addAll((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
        titleOffsets.add(titleBytes.size());
        if (alternatives != null) for (int[] a : alternatives) { altStart.add(a[0]); altEnd.add(a[1]); }
        altOffsets.add(altStart.size());
        return this;
    }

    /**
     * Adds a model event: placed when its year is known, else put in the unplaced tray. Disputed events carry
     * the other dates their sources give as alternatives; the document lane is the first source's document.
     */
    public TimelineEventsBuilder add(Event e) {
        TimeValue when = e.when();
        if (!when.yearKnown()) {
            String written = e.sources().isEmpty() ? when.timeml() : e.sources().get(0).dateText();
            unplaced.add(new UnplacedEvent(e.id(), e.title(), written, e.kind().ordinal()));
            return this;
        }
        LocalDate s = when.start().orElseThrow(), en = when.end().orElseThrow();
        int[][] alts = null;
        if (e.disputed()) {
            Set<List<Long>> seen = new LinkedHashSet<>();
            for (EventSource src : e.sources()) {
                if (src.when() == null || !src.when().yearKnown()) continue;
                long as = src.when().start().orElseThrow().toEpochDay(), ae = src.when().end().orElseThrow().toEpochDay();
                if (as == s.toEpochDay() && ae == en.toEpochDay()) continue;
                seen.add(List.of(as, ae));
            }
            alts = seen.stream().map(p -> new int[]{(int) (long) p.get(0), (int) (long) p.get(1)}).toArray(int[][]::new);
        }
        long[] parts = e.participantIds().stream().mapToLong(Long::longValue).toArray();
        long doc = e.sources().isEmpty() ? 0 : e.sources().get(0).documentId();
        int distinctDocs = (int) e.sources().stream().mapToLong(EventSource::documentId).distinct().count();
        return add(e.id(), s.toEpochDay(), en.toEpochDay(), e.kind().ordinal(), when.precision().ordinal(),
                Math.max(1, distinctDocs), e.disputed(), parts, doc, e.title(), alts);
    }

    public TimelineEventsBuilder addUnplaced(UnplacedEvent e) {
        unplaced.add(e);
        return this;
    }

    public int size() { return ids.size(); }

    public TimelineEvents build() {
        int n = ids.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((long) start.get(i)) << 32 | i;
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) keys[i];
        return new TimelineEvents(this, order);
    }
}
