package org.eventscope.timeline;

import java.util.List;

/**
 * Everything one picture of the timeline needs, as plain data in pixels: lane bands, event marks, clusters
 * (y in content coordinates, 0 = top of the first lane), and the total content height. The screen and the PDF draw it.
 */
public record Frame(TimeScale scale, double width, List<LaneBand> lanes, List<EventMark> events, List<ClusterMark> clusters,
                    double contentHeight) {

    /** The event mark at (x, y) (content coordinates), within {@code tolerance} px, nearest first; null if none. */
    public EventMark eventAt(double x, double y, double tolerance) {
        EventMark best = null;
        double bestD = Double.MAX_VALUE;
        for (EventMark m : events) {
            double dx = x < m.x0() ? m.x0() - x : (x > m.x1() ? x - m.x1() : 0);
            double dy = Math.abs(y - m.y());
            if (dx <= tolerance && dy <= tolerance + 4) {
                double d = dx * dx + dy * dy;
                if (d < bestD) { bestD = d; best = m; }
            }
        }
        return best;
    }

    /** The event whose label (drawn at its row) contains (x, y). */
    public EventMark labelAt(double x, double y, double halfHeight) {
        for (EventMark m : events) {
            if (m.labelWidth() > 0 && x >= m.labelX() && x <= m.labelX() + m.labelWidth() && Math.abs(y - m.y()) <= halfHeight) return m;
        }
        return null;
    }

    public ClusterMark clusterAt(double x, double y, double halfHeight) {
        for (ClusterMark c : clusters) {
            double cx0 = Math.min(c.x0(), (c.x0() + c.x1()) / 2 - c.labelWidth() / 2 - 6);
            double cx1 = Math.max(c.x1(), (c.x0() + c.x1()) / 2 + c.labelWidth() / 2 + 6);
            if (x >= cx0 && x <= cx1 && Math.abs(y - c.y()) <= halfHeight) return c;
        }
        return null;
    }
}
