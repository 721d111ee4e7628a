package org.eventscope.ui.timeline;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.eventscope.timeline.TextMeasurer;

/**
 * Measures strings in a JavaFX font by summing cached per-character advances (each character measured once with a
 * {@link Text} node), so a frame can measure hundreds of labels in microseconds. Ignores kerning, which only narrows text.
 */
final class FxTextMeasurer implements TextMeasurer {
    private final Font font;
    private final double[] ascii = new double[0x3000];
    private final Map<Character, Double> other = new HashMap<>();
    private final Text probe = new Text();

    FxTextMeasurer(Font font) {
        this.font = font;
        probe.setFont(font);
        java.util.Arrays.fill(ascii, -1);
    }

    Font font() { return font; }

    @Override
    public double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) w += advance(s.charAt(i));
        return w;
    }

    private double advance(char c) {
        if (c < ascii.length) {
            double w = ascii[c];
            if (w < 0) ascii[c] = w = measure(c);
            return w;
        }
        return other.computeIfAbsent(c, this::measure);
    }

    private double measure(char c) {
        // the difference of two measurements removes the text layout's fixed padding
        probe.setText("x" + c + "x");
        double with = probe.getLayoutBounds().getWidth();
        probe.setText("xx");
        return Math.max(0, with - probe.getLayoutBounds().getWidth());
    }

    double height() {
        probe.setText("Ag");
        return probe.getLayoutBounds().getHeight();
    }
}
