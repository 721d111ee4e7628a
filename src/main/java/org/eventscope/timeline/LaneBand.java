package org.eventscope.timeline;

/** A lane's vertical band in content coordinates: header at {@code y}, rows below it; {@code rows} is −1 when the lane was off screen and not laid out. */
public record LaneBand(long key, int lane, double y, double height, int rows) {
}
