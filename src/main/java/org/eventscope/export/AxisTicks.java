package org.eventscope.export;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two tiers of axis labels for a range of days drawn across a width: the lower tier is the finest step
 * (day, 2 days, week, month, quarter, half-year, year, 2, 5, 10 … years) whose every label fits before the next tick;
 * the upper tier is the next coarser unit (month over days, year over months, decade over years), its first label
 * sticking to the left edge. No label ever runs into the next one or past the right edge.
 */
final class AxisTicks {

    /** One tick: its position, its label (empty when none fits) and where the label starts. */
    record Tick(double x, String label, double labelX) {
    }

    record Axis(List<Tick> lower, List<Tick> upper) {
    }

    /** DAY counts days from the epoch; MDAY counts days within each month (1, 6, 11 … or 1, 11, 21), so ticks meet month starts. */
    private enum Unit { DAY, MDAY, MONTH, YEAR }

    private record Rung(Unit unit, int step) {
        double nominalDays() {
            return switch (unit) {
                case DAY -> step;
                case MDAY -> step;
                case MONTH -> 30.4 * step;
                case YEAR -> 365.25 * step;
            };
        }
    }

    private static final List<Rung> LADDER = List.of(
            new Rung(Unit.DAY, 1), new Rung(Unit.MDAY, 2), new Rung(Unit.MDAY, 5), new Rung(Unit.MDAY, 10), new Rung(Unit.MONTH, 1),
            new Rung(Unit.MONTH, 3), new Rung(Unit.MONTH, 6), new Rung(Unit.YEAR, 1), new Rung(Unit.YEAR, 2),
            new Rung(Unit.YEAR, 5), new Rung(Unit.YEAR, 10), new Rung(Unit.YEAR, 20), new Rung(Unit.YEAR, 50),
            new Rung(Unit.YEAR, 100), new Rung(Unit.YEAR, 200), new Rung(Unit.YEAR, 500), new Rung(Unit.YEAR, 1000));

    private AxisTicks() {
    }

    /**
     * @param first  first day shown (at x = 0)
     * @param pxPerDay width of one day
     * @param width  width of the axis
     */
    static Axis compute(LocalDate first, double pxPerDay, double width, Painter measure, double size, double pad) {
        for (int i = 0; i < LADDER.size(); i++) {
            Rung r = LADDER.get(i);
            if (r.nominalDays() * pxPerDay < 10) continue;
            List<Tick> lower = ticks(r, first, pxPerDay, width, measure, Painter.Weight.REGULAR, size, pad, false);
            if (lower == null) continue;
            Rung parent = parent(r);
            List<Tick> upper = parent == null ? List.of()
                    : ticks(parent, first, pxPerDay, width, measure, Painter.Weight.BOLD, size, pad, true);
            return new Axis(lower, upper == null ? List.of() : upper);
        }
        return new Axis(List.of(), List.of());
    }

    private static Rung parent(Rung r) {
        return switch (r.unit) {
            case DAY, MDAY -> new Rung(Unit.MONTH, 1);
            case MONTH -> new Rung(Unit.YEAR, 1);
            case YEAR -> r.step < 10 ? new Rung(Unit.YEAR, 10) : r.step < 100 ? new Rung(Unit.YEAR, 100) : null;
        };
    }

    /**
     * Ticks of one rung with labels left-aligned after the tick. For the lower tier, null when some label does not fit
     * at any length; for the upper (sticky) tier, labels that do not fit are left empty.
     */
    private static List<Tick> ticks(Rung r, LocalDate first, double pxPerDay, double width, Painter m,
                                    Painter.Weight w, double size, double pad, boolean sticky) {
        long d0 = first.toEpochDay();
        List<LocalDate> dates = new ArrayList<>();
        LocalDate t = floor(r, first);
        LocalDate last = first.plusDays((long) Math.ceil(width / pxPerDay) + 1);
        while (!t.isAfter(last)) {
            dates.add(t);
            t = next(r, t);
            if (dates.size() > 5000) return null;
        }
        dates.add(t);
        int n = dates.size() - 1;
        double[] xs = new double[n + 1];
        for (int i = 0; i <= n; i++) xs[i] = (dates.get(i).toEpochDay() - d0) * pxPerDay;
        String[][] forms = new String[n][];
        for (int i = 0; i < n; i++) forms[i] = labels(r, dates.get(i), sticky);
        int lengths = forms.length == 0 ? 1 : forms[0].length;
        List<Tick> out = new ArrayList<>();
        if (!sticky) {
            for (int form = 0; form < lengths; form++) {
                out.clear();
                boolean ok = true;
                for (int i = 0; i < n && ok; i++) {
                    if (xs[i] < 0) continue;
                    if (xs[i] > width) break;
                    String label = forms[i][form];
                    double lx = xs[i] + pad;
                    double end = lx + m.textWidth(label, w, size);
                    if (end + pad > xs[i + 1]) ok = false;
                    else out.add(new Tick(xs[i], end <= width ? label : "", lx));
                }
                if (ok) return new ArrayList<>(out);
            }
            return null;
        }
        // One form for every full period (the longest that fits all of them); a period cut by an edge may use a shorter one.
        int common = lengths - 1;
        for (int form = 0; form < lengths; form++) {
            boolean all = true;
            for (int i = 0; i < n && all; i++) {
                if (xs[i] < 0 || xs[i + 1] > width) continue;
                all = xs[i] + pad + m.textWidth(forms[i][form], w, size) <= xs[i + 1] - pad;
            }
            if (all) {
                common = form;
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            if (xs[i + 1] <= 0) continue;
            if (xs[i] > width) break;
            double lx = Math.max(xs[i], 0) + pad;
            double limit = Math.min(xs[i + 1], width) - pad;
            String chosen = "";
            for (int form = common; form < lengths; form++) {
                String label = forms[i][form];
                if (lx + m.textWidth(label, w, size) <= limit) {
                    chosen = label;
                    break;
                }
            }
            out.add(new Tick(xs[i], chosen, lx));
        }
        return out;
    }

    private static LocalDate floor(Rung r, LocalDate d) {
        return switch (r.unit) {
            case DAY -> r.step == 1 ? d : LocalDate.ofEpochDay(Math.floorDiv(d.toEpochDay(), r.step) * r.step);
            case MDAY -> d.withDayOfMonth(Math.min(((d.getDayOfMonth() - 1) / r.step) * r.step + 1, 1 + r.step * ((28 - 1) / r.step)));
            case MONTH -> d.withDayOfMonth(1).withMonth(((d.getMonthValue() - 1) / r.step) * r.step + 1);
            case YEAR -> LocalDate.of(Math.floorDiv(d.getYear(), r.step) * r.step, 1, 1);
        };
    }

    private static LocalDate next(Rung r, LocalDate d) {
        return switch (r.unit) {
            case DAY -> d.plusDays(r.step);
            case MDAY -> {
                int nextDay = d.getDayOfMonth() + r.step;
                // The last tick of a month is the last full step that starts by the 28th; then the next month begins.
                yield nextDay > 1 + r.step * ((28 - 1) / r.step) ? d.withDayOfMonth(1).plusMonths(1) : d.withDayOfMonth(nextDay);
            }
            case MONTH -> d.plusMonths(r.step);
            case YEAR -> d.plusYears(r.step);
        };
    }

    /** Label forms, longest first. */
    private static String[] labels(Rung r, LocalDate d, boolean upper) {
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String mon = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String year = yearLabel(d.getYear());
        return switch (r.unit) {
            case DAY, MDAY -> new String[]{Integer.toString(d.getDayOfMonth())};
            case MONTH -> upper ? new String[]{month + " " + year, mon + " " + year, mon}
                    : new String[]{month, mon, mon.substring(0, 1)};
            case YEAR -> {
                if (upper && r.step == 10) yield new String[]{year + "s", year};
                if (upper && r.step == 100) yield new String[]{year + "s", year};
                yield new String[]{year, r.step == 1 ? "’" + String.format("%02d", Math.floorMod(d.getYear(), 100)) : year};
            }
        };
    }

    static String yearLabel(int y) {
        return y > 0 ? Integer.toString(y) : (1 - y) + " BC";
    }
}
