package org.eventscope.timeline;

/** A lane's vertical band in content coordinates: header at {@code y}, rows below it. */
public record LaneBand(long key, int lane, double y, double height, int rows) {
}
