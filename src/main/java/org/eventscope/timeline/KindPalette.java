package org.eventscope.timeline;

/**
 * The kind colours as plain hex strings, one per {@link org.eventscope.model.EventKind} in declaration order, so the
 * screen (as CSS defaults) and the PDF draw the same colours. The screen's stylesheets may override them.
 */
public final class KindPalette {
    private KindPalette() {}

    /** Light background. */
    public static final String[] LIGHT = {"#4e79a7", "#499894", "#6fa8dc", "#59a14f", "#8cc56a", "#b07aa1", "#d37fb8",
            "#f28e2b", "#e8a33d", "#e15759", "#9d7660", "#c9a227", "#6b5bd2", "#9ca3af"};

    /** Dark background. */
    public static final String[] DARK = {"#6f9fd8", "#5fb3a6", "#8cc0ea", "#72b865", "#a3d383", "#c49ac0", "#e29dc8",
            "#f5a25d", "#f0b860", "#ef7375", "#b89480", "#dcbc4a", "#9d8ff0", "#9aa3af"};

    /** The light colour of a kind ordinal as {r, g, b} in 0..255. */
    public static int[] rgb(int kind) {
        String h = LIGHT[Math.floorMod(kind, LIGHT.length)];
        int v = Integer.parseInt(h.substring(1), 16);
        return new int[]{(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }
}
