package org.eventscope.timeline;

/**
 * Sizes the layout works with (px). {@code cellPx}: width of the density cells; a cell where the cells around it hold
 * more than {@code clusterThreshold} event starts each on average becomes (part of) a cluster, consecutive dense cells merging up to {@code maxClusterPx}.
 * {@code softRows}: rows per lane filled with full labels before labels start being shortened.
 */
public record LayoutStyle(double rowHeight, double laneHeaderHeight, double lanePadding, double cellPx,
                          int clusterThreshold, double maxClusterPx, double labelGap, double maxLabelPx,
                          double minLabelPx, double pointRadius, int softRows, int maxLanes) {

    public static LayoutStyle defaults() {
        return new LayoutStyle(22, 20, 8, 8, 3, 56, 6, 320, 40, 4, 6, 200);
    }

    /** Point radius grows with the number of sources: 1 → r, 2 → r+1, 4 → r+2, 8+ → r+3. */
    public double radius(int sources) {
        int s = Math.max(1, sources);
        return pointRadius + Math.min(3, 31 - Integer.numberOfLeadingZeros(s));
    }
}
