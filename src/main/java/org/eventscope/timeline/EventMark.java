package org.eventscope.timeline;

/**
 * One event as placed in a frame. Pixel extent [x0, x1] of the mark itself, {@code y} the centre line of its row,
 * {@code label} already cut to its room (empty when none), starting at {@code labelX}.
 * {@code alternatives} holds the disputed alternative spans as x pairs {x0, x1, x0, x1 …} (empty when none).
 * {@code kind} is a kind ordinal: the renderer picks the colour.
 */
public record EventMark(int index, long id, double x0, double x1, double y, int lane, int row, MarkShape shape,
                        int kind, int sources, boolean disputed, String label, double labelX, double labelWidth,
                        double[] alternatives) {

    public double centerX() { return (x0 + x1) / 2; }
}
