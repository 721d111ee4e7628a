package org.eventscope.export;

import java.awt.Color;

/**
 * The few drawing operations the exported timeline needs, in points (PDF) or pixels (PNG), origin top-left, y down.
 * The PDF and the PNG each bring an implementation, so both draw from one layout.
 */
public interface Painter {

    enum Weight { REGULAR, BOLD }

    /** Advance width of {@code text} at {@code size} in this painter's font. */
    double textWidth(String text, Weight weight, double size);

    /** Draws {@code text} with its baseline at {@code y}. */
    void text(String text, double x, double y, Weight weight, double size, Color color);

    void line(double x1, double y1, double x2, double y2, double width, Color color, boolean dashed);

    /** A filled rectangle; {@code alpha} 0..1. */
    void fillRect(double x, double y, double w, double h, Color color, double alpha);

    void strokeRect(double x, double y, double w, double h, double width, Color color);

    /** A circle, filled with {@code fill} (null = hollow) and outlined with {@code stroke} (null = none). */
    void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth);

    /** {@code text} cut to {@code maxWidth} with an ellipsis; empty when not even one character and the ellipsis fit. */
    default String fit(String text, Weight weight, double size, double maxWidth) {
        if (textWidth(text, weight, size) <= maxWidth) return text;
        String ell = "…";
        double ew = textWidth(ell, weight, size);
        if (ew > maxWidth) return "";
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (textWidth(text.substring(0, mid), weight, size) + ew <= maxWidth) lo = mid; else hi = mid - 1;
        }
        if (lo == 0) return "";
        if (lo > 0 && Character.isHighSurrogate(text.charAt(lo - 1))) lo--;
        return text.substring(0, lo).stripTrailing() + ell;
    }
}
