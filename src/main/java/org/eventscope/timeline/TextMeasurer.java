package org.eventscope.timeline;

/** Measures the advance width of a string in pixels (or points) in the caller's font: the screen and the PDF each bring their own. */
@FunctionalInterface
public interface TextMeasurer {
    double width(String text);

    /** A rough measurer for tests and benchmarks: every character {@code charWidth} wide. */
    static TextMeasurer monospace(double charWidth) {
        return s -> s.length() * charWidth;
    }

    /** {@code text} cut to fit {@code maxWidth}, with an ellipsis when cut; empty when not even one character fits. */
    static String ellipsize(String text, double maxWidth, TextMeasurer m) {
        if (text == null || text.isEmpty() || maxWidth <= 0) return "";
        if (m.width(text) <= maxWidth) return text;
        int lo = 0, hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (m.width(text.substring(0, mid).stripTrailing() + "…") <= maxWidth) lo = mid; else hi = mid - 1;
        }
        if (lo == 0) return "";
        return text.substring(0, lo).stripTrailing() + "…";
    }
}
