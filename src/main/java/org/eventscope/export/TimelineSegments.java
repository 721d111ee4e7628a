package org.eventscope.export;

import org.eventscope.model.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a range into consecutive segments, each laid out across the page width, so that every segment's rows fit
 * the page height: the largest segment from the current start day that fits (binary search on its end day).
 * A single day with more events than fit on a page is one segment whose rows continue on further pages.
 */
final class TimelineSegments {
    private TimelineSegments() {
    }

    static List<ExportTimelineLayout.Layout> split(ExportTimelineLayout layout, List<Event> sorted, List<Integer> numbers,
                                                   LocalDate first, LocalDate last, double width, int maxRows,
                                                   List<ExportTimelineLayout.LaneSpec> lanes, Runnable tick) {
        List<ExportTimelineLayout.Layout> out = new ArrayList<>();
        Index index = new Index(sorted, numbers);
        LocalDate start = first;
        while (!start.isAfter(last)) {
            tick.run();
            long lo = start.toEpochDay();
            long hi = last.toEpochDay();
            // Galloping: grow the segment by doubling while it fits, then bisect between the last fit and the first misfit.
            ExportTimelineLayout.Layout best = index.layout(layout, start, start, width, lanes);
            long bestEnd = lo;
            long len = 2;
            long bad = hi + 1;
            while (lo + len - 1 <= hi) {
                ExportTimelineLayout.Layout l = index.layout(layout, start, LocalDate.ofEpochDay(lo + len - 1), width, lanes);
                if (l.rows() > maxRows) {
                    bad = lo + len - 1;
                    break;
                }
                best = l;
                bestEnd = lo + len - 1;
                len *= 2;
            }
            if (bad == hi + 1 && bestEnd < hi) {
                ExportTimelineLayout.Layout l = index.layout(layout, start, last, width, lanes);
                if (l.rows() <= maxRows) {
                    best = l;
                    bestEnd = hi;
                }
            }
            long a = bestEnd + 1;
            long b = Math.min(bad, hi + 1) - 1;
            while (a <= b) {
                long mid = (a + b) >>> 1;
                ExportTimelineLayout.Layout l = index.layout(layout, start, LocalDate.ofEpochDay(mid), width, lanes);
                if (l.rows() <= maxRows) {
                    best = l;
                    bestEnd = mid;
                    a = mid + 1;
                } else {
                    b = mid - 1;
                }
            }
            out.add(best);
            start = LocalDate.ofEpochDay(bestEnd + 1);
        }
        return out;
    }

    static ExportTimelineLayout.Layout layoutOf(ExportTimelineLayout layout, List<Event> sorted, List<Integer> numbers,
                                                LocalDate a, LocalDate b, double width, List<ExportTimelineLayout.LaneSpec> lanes) {
        return new Index(sorted, numbers).layout(layout, a, b, width, lanes);
    }

    /** The events' first and last days as plain numbers, so choosing a segment's events allocates nothing. */
    static final class Index {
        private final List<Event> sorted;
        private final List<Integer> numbers;
        private final long[] starts;
        private final long[] ends;
        private final boolean[] disputed;

        Index(List<Event> sorted, List<Integer> numbers) {
            this.sorted = sorted;
            this.numbers = numbers;
            int n = sorted.size();
            starts = new long[n];
            ends = new long[n];
            disputed = new boolean[n];
            for (int i = 0; i < n; i++) {
                Event e = sorted.get(i);
                boolean known = e.when().yearKnown();
                starts[i] = known ? e.when().start().get().toEpochDay() : Long.MAX_VALUE;
                ends[i] = known ? e.when().end().get().toEpochDay() : Long.MIN_VALUE;
                disputed[i] = e.disputed();
            }
        }

        ExportTimelineLayout.Layout layout(ExportTimelineLayout layout, LocalDate a, LocalDate b, double width,
                                           List<ExportTimelineLayout.LaneSpec> lanes) {
            long da = a.toEpochDay();
            long db = b.toEpochDay();
            List<Event> in = new ArrayList<>();
            List<Integer> nums = new ArrayList<>();
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] == Long.MAX_VALUE) continue;
                if (starts[i] > db) break;
                if (ends[i] < da && !(disputed[i] && altInside(sorted.get(i), a, b))) continue;
                in.add(sorted.get(i));
                nums.add(numbers.get(i));
            }
            return layout.layout(in, nums, a, b, width, lanes);
        }
    }

    private static boolean altInside(Event e, LocalDate a, LocalDate b) {
        if (!e.disputed()) return false;
        for (var s : e.sources()) {
            if (s.when() == null || !s.when().yearKnown()) continue;
            if (!s.when().start().get().isAfter(b) && !s.when().end().get().isBefore(a)) return true;
        }
        return false;
    }
}
