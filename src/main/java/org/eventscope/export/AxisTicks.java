package org.eventscope.export;

import org.eventscope.timeline.TextMeasurer;
import org.eventscope.timeline.TickGenerator;
import org.eventscope.timeline.TimeScale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The two tiers of axis labels, from the screen's own {@link TickGenerator} (so the PDF and PNG label the axis exactly
 * as the timeline view does), measured in the export's font and kept inside the drawing's width.
 */
final class AxisTicks {

    /** One tick: its position, its label (empty when none fits) and where the label starts. */
    record Tick(double x, String label, double labelX) {
    }

    record Axis(List<Tick> lower, List<Tick> upper) {
    }

    private AxisTicks() {
    }

    /** Both tiers are measured in the regular weight at {@code size}: draw them so. */
    static Axis compute(LocalDate first, double pxPerDay, double width, Painter measure, double size, double pad) {
        TextMeasurer m = s -> measure.textWidth(s, Painter.Weight.REGULAR, size);
        TimeScale scale = new TimeScale(first.toEpochDay() * (double) TimeScale.DAY_MS, TimeScale.DAY_MS / pxPerDay);
        org.eventscope.timeline.Axis a = new TickGenerator(m, pad).axis(scale, width);
        return new Axis(convert(a.lower(), width, m), convert(a.upper(), width, m));
    }

    private static List<Tick> convert(List<org.eventscope.timeline.Tick> ticks, double width, TextMeasurer m) {
        List<Tick> out = new ArrayList<>(ticks.size());
        for (org.eventscope.timeline.Tick t : ticks) {
            String label = t.label() == null ? "" : t.label();
            boolean inside = !label.isEmpty() && t.labelX() >= 0 && t.labelX() + m.width(label) <= width;
            if (t.x() < -0.01 && !inside) {
                if (t.x() + 0.01 >= -width) out.add(new Tick(t.x(), "", t.labelX()));
                continue;
            }
            if (t.x() > width + 0.01) continue;
            out.add(new Tick(t.x(), inside ? label : "", t.labelX()));
        }
        return out;
    }
}
