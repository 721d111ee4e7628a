package org.eventscope.timeline;

/**
 * Events too dense to draw one by one, shown as one counted mark over [x0, x1] in row {@code row} of lane {@code lane}.
 * Zooming to [startMillis, endMillis] splits it, unless {@code splittable} is false (all on one day: the finest zoom cannot separate them).
 */
public record ClusterMark(double x0, double x1, double y, int lane, int row, int count, long startMillis, long endMillis,
                          boolean splittable, String label, double labelWidth) {
}
