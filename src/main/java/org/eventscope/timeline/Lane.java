package org.eventscope.timeline;

/** One band of the timeline: its key (participant id, kind ordinal or document id; 0 for the single lane) and its own interval index. */
public record Lane(long key, IntervalIndex index) {
    public int eventCount() { return index.size(); }
}
