package org.eventscope.timeline;

/** One axis tick: its instant, its pixel position, and its label (empty when no label fits). {@code labelX} is where the label starts. */
public record Tick(long millis, double x, String label, double labelX, double labelWidth) {
}
