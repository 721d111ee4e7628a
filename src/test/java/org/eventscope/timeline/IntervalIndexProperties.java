package org.eventscope.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import net.jqwik.api.*;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class IntervalIndexProperties {

    record Iv(int start, int length) {}

    @Provide
    Arbitrary<List<Iv>> intervals() {
        Arbitrary<Integer> starts = Arbitraries.integers().between(-400, 400);
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(0, 10)),
                Tuple.of(1, Arbitraries.integers().between(0, 600)));
        return Combinators.combine(starts, lengths).as(Iv::new).list().ofMaxSize(300);
    }

    static TimelineEvents build(List<Iv> ivs) {
        TimelineEventsBuilder b = TimelineEvents.builder();
        for (int i = 0; i < ivs.size(); i++) {
            Iv iv = ivs.get(i);
            b.add(1000 + i, iv.start(), iv.start() + iv.length(), 0, 1, 1, false, null, 0, "e" + i, null);
        }
        return b.build();
    }

    @Property(tries = 300)
    void queryMatchesBruteForce(@ForAll("intervals") List<Iv> ivs, @ForAll @IntRange(min = -1100, max = 1100) int a,
                                @ForAll @IntRange(min = 0, max = 900) int len) {
        TimelineEvents ev = build(ivs);
        int b = a + len;
        List<Integer> got = new ArrayList<>();
        ev.index().query(a, b, got::add);
        TreeSet<Integer> expected = new TreeSet<>();
        for (int i = 0; i < ev.size(); i++) if (ev.startDay(i) <= b && ev.endDay(i) >= a) expected.add(i);
        assertEquals(expected.size(), got.size(), "each overlapping event exactly once");
        assertEquals(expected, new TreeSet<>(got));
    }

    @Property(tries = 200)
    void laneIndexesMatchBruteForce(@ForAll("intervals") List<Iv> ivs, @ForAll @IntRange(min = -1100, max = 1100) int a,
                                    @ForAll @IntRange(min = 0, max = 300) int len) {
        TimelineEventsBuilder bld = TimelineEvents.builder();
        for (int i = 0; i < ivs.size(); i++) {
            Iv iv = ivs.get(i);
            bld.add(i, iv.start(), iv.start() + iv.length(), i % 3, 1, 1, false, new long[]{i % 5, 7}, i % 2, "e", null);
        }
        TimelineEvents ev = bld.build();
        for (LaneMode mode : LaneMode.values()) {
            for (Lane lane : ev.lanes(mode).all()) {
                TreeSet<Integer> got = new TreeSet<>();
                List<Integer> raw = new ArrayList<>();
                lane.index().query(a, a + len, raw::add);
                got.addAll(raw);
                assertEquals(got.size(), raw.size());
                TreeSet<Integer> expected = new TreeSet<>();
                for (int i = 0; i < ev.size(); i++) {
                    boolean in = switch (mode) {
                        case NONE -> true;
                        case KIND -> ev.kind(i) == lane.key();
                        case PARTICIPANT -> ev.hasParticipant(i, lane.key());
                        case DOCUMENT -> ev.documentId(i) == lane.key();
                    };
                    if (in && ev.startDay(i) <= a + len && ev.endDay(i) >= a) expected.add(i);
                }
                assertEquals(expected, got, mode + " lane " + lane.key());
            }
        }
    }

    @Property(tries = 200)
    void countStartingInMatchesBruteForce(@ForAll("intervals") List<Iv> ivs, @ForAll @IntRange(min = -500, max = 500) int a,
                                          @ForAll @IntRange(min = -5, max = 200) int len) {
        TimelineEvents ev = build(ivs);
        long expected = 0;
        for (int i = 0; i < ev.size(); i++) if (ev.startDay(i) >= a && ev.startDay(i) <= a + len) expected++;
        assertEquals(expected, ev.index().countStartingIn(a, a + len));
    }

    @Example
    void eventsAreSortedByStartAndFoundById() {
        TimelineEvents ev = build(List.of(new Iv(5, 0), new Iv(-3, 2), new Iv(1, 100)));
        assertEquals(List.of(-3, 1, 5), List.of(ev.startDay(0), ev.startDay(1), ev.startDay(2)));
        assertEquals(1001, ev.id(0));
        assertEquals(2, ev.indexOfId(1000));
        assertEquals(-1, ev.indexOfId(42));
        assertEquals("e1", ev.title(0));
    }
}
