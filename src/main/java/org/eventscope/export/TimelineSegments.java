package org.eventscope.export;

import org.eventscope.model.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a range into consecutive segments, each laid out across the page width, so that every segment's rows fit
 * the page height: the largest segment from the current start day that fits (binary search on its end day).
 * A single day with more events than fit on a page is one segment whose rows continue on further pages. An event
 * appears on the segment where it starts (a long one runs on to that segment's end), not again on every later page.
 */
final class TimelineSegments {
    private TimelineSegments() {
    }

    static List<ExportTimelineLayout.Layout> split(ExportTimelineLayout layout, List<Event> sorted, List<Integer> numbers,
                                                   LocalDate first, LocalDate last, double width, int maxRows,
                                                   List<ExportTimelineLayout.LaneSpec> lanes, Runnable tick) {
        List<ExportTimelineLayout.Layout> out = new ArrayList<>();
        Index index = new Index(sorted, numbers, first);
        // Cheap misfit test first: a window that starts more events than the page could ever hold is not laid out.
        long cap = (long) maxRows * layout.maxPerRow(sorted, width);
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
                if (index.startingIn(lo, lo + len - 1) > cap) {
                    bad = lo + len - 1;
                    break;
                }
                ExportTimelineLayout.Layout l = index.layout(layout, start, LocalDate.ofEpochDay(lo + len - 1), width, lanes);
                if (l.rows() > maxRows) {
                    bad = lo + len - 1;
                    break;
                }
                best = l;
                bestEnd = lo + len - 1;
                len *= 2;
            }
            if (bad == hi + 1 && bestEnd < hi && index.startingIn(lo, hi) <= cap) {
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
                ExportTimelineLayout.Layout l = index.startingIn(lo, mid) > cap ? null
                        : index.layout(layout, start, LocalDate.ofEpochDay(mid), width, lanes);
                if (l != null && l.rows() <= maxRows) {
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
        return new Index(sorted, numbers, null).layout(layout, a, b, width, lanes);
    }

    /** The events' first and last days as plain numbers, so choosing a segment's events allocates nothing. */
    static final class Index {
        private final List<Event> sorted;
        private final List<Integer> numbers;
        private final long[] starts;
        /** Last day an event reaches, its sources' other dates included. */
        private final long[] reach;
        private long longest;

        /** The first day of the whole timeline; null when every call is the whole timeline. */
        private final LocalDate first;

        Index(List<Event> sorted, List<Integer> numbers, LocalDate first) {
            this.first = first;
            this.sorted = sorted;
            this.numbers = numbers;
            int n = sorted.size();
            starts = new long[n];
            reach = new long[n];
            for (int i = 0; i < n; i++) {
                Event e = sorted.get(i);
                boolean known = e.when().yearKnown();
                starts[i] = known ? e.when().start().get().toEpochDay() : Long.MAX_VALUE;
                reach[i] = known ? e.when().end().get().toEpochDay() : Long.MIN_VALUE;
                if (known && e.disputed()) {
                    for (var src : e.sources()) {
                        if (src.when() != null && src.when().yearKnown()) {
                            reach[i] = Math.max(reach[i], src.when().end().get().toEpochDay());
                        }
                    }
                }
                if (known) longest = Math.max(longest, reach[i] - starts[i]);
            }
        }

        /** How many events start in [a, b] (epoch days). */
        int startingIn(long a, long b) {
            return lowerBound(b + 1) - lowerBound(a);
        }

        private int lowerBound(long day) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < day) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        ExportTimelineLayout.Layout layout(ExportTimelineLayout layout, LocalDate a, LocalDate b, double width,
                                           List<ExportTimelineLayout.LaneSpec> lanes) {
            long da = a.toEpochDay();
            long db = b.toEpochDay();
            List<Event> in = new ArrayList<>();
            List<Integer> nums = new ArrayList<>();
            // An event is drawn on the segment where it starts (running on, clipped, to the segment's end), so a long
            // vague date does not take a row on every page; the first segment also shows what began before the range.
            int from = first != null && a.isAfter(first) ? lowerBound(da) : lowerBound(da - longest);
            for (int i = from; i < starts.length; i++) {
                if (starts[i] > db) break;
                if (reach[i] < da) continue;
                in.add(sorted.get(i));
                nums.add(numbers.get(i));
            }
            return layout.layout(in, nums, a, b, width, lanes);
        }
    }
}
