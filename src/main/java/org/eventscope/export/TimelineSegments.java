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
        LocalDate start = first;
        while (!start.isAfter(last)) {
            tick.run();
            ExportTimelineLayout.Layout whole = layoutOf(layout, sorted, numbers, start, last, width, lanes);
            if (whole.rows() <= maxRows) {
                out.add(whole);
                break;
            }
            long lo = start.toEpochDay();
            long hi = last.toEpochDay();
            ExportTimelineLayout.Layout best = layoutOf(layout, sorted, numbers, start, start, width, lanes);
            long bestEnd = lo;
            long a = lo + 1;
            long b = hi - 1;
            while (a <= b) {
                long mid = (a + b) >>> 1;
                ExportTimelineLayout.Layout l = layoutOf(layout, sorted, numbers, start, LocalDate.ofEpochDay(mid), width, lanes);
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
        List<Event> in = new ArrayList<>();
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Event e = sorted.get(i);
            if (!e.when().yearKnown()) continue;
            LocalDate s = e.when().start().get();
            if (s.isAfter(b)) break;
            if (e.when().end().get().isBefore(a) && !altInside(e, a, b)) continue;
            in.add(e);
            nums.add(numbers.get(i));
        }
        return layout.layout(in, nums, a, b, width, lanes);
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
