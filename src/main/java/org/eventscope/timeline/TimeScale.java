package org.eventscope.timeline;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one number that is the zoom: milliseconds per pixel, plus the instant at x = 0.
 * Immutable; every operation returns a new, clamped scale. Bounds: not finer than
 * {@link #MIN_MS_PER_PX} (hours stay readable), and the view never leaves [{@link #MIN_TIME}, {@link #MAX_TIME}]
 * (years −10,000 … +10,000).
 */
public record TimeScale(double originMillis, double msPerPx) {

    public static final long DAY_MS = 86_400_000L;
    public static final long HOUR_MS = 3_600_000L;
    /** Finest zoom: 30 seconds per pixel, an hour is 120 px. */
    public static final double MIN_MS_PER_PX = 30_000;
    public static final long MIN_TIME = LocalDate.of(-10000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    public static final long MAX_TIME = LocalDate.of(10001, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();

    public TimeScale {
        if (!(msPerPx > 0) || Double.isInfinite(msPerPx)) throw new IllegalArgumentException("msPerPx " + msPerPx);
    }

    public double toX(long epochMillis) { return (epochMillis - originMillis) / msPerPx; }

    public double toX(double epochMillis) { return (epochMillis - originMillis) / msPerPx; }

    public double toTime(double x) { return originMillis + x * msPerPx; }

    /** Epoch day containing the instant at pixel x. */
    public long dayAt(double x) { return Math.floorDiv((long) Math.floor(toTime(x)), DAY_MS); }

    public double dayToX(long epochDay) { return toX((double) epochDay * DAY_MS); }

    public double pxPerDay() { return DAY_MS / msPerPx; }

    /** Largest ms/px for a viewport of this width: the whole allowed range in view. */
    public static double maxMsPerPx(double width) {
        return (MAX_TIME - (double) MIN_TIME) / Math.max(1, width);
    }

    /** This scale with its zoom and origin brought within bounds for a viewport of {@code width} pixels. */
    public TimeScale clamp(double width) {
        double m = Math.max(MIN_MS_PER_PX, Math.min(maxMsPerPx(width), msPerPx));
        double o = originMillis;
        double span = width * m;
        if (o < MIN_TIME) o = MIN_TIME;
        if (o + span > MAX_TIME) o = Math.max(MIN_TIME, MAX_TIME - span);
        return (m == msPerPx && o == originMillis) ? this : new TimeScale(o, m);
    }

    /** Zoom by {@code factor} (> 1 zooms in) keeping the instant under pixel {@code x} under it. */
    public TimeScale zoomAround(double x, double factor, double width) {
        double t = toTime(x);
        double m = Math.max(MIN_MS_PER_PX, Math.min(maxMsPerPx(width), msPerPx / factor));
        return new TimeScale(t - x * m, m).clamp(width);
    }

    /** Content follows the pointer: dragging right by dx shows earlier times. */
    public TimeScale panBy(double dx, double width) {
        return new TimeScale(originMillis - dx * msPerPx, msPerPx).clamp(width);
    }

    /** A scale showing [t0, t1] across {@code width} pixels, with {@code marginPx} either side. */
    public static TimeScale fit(double t0, double t1, double width, double marginPx) {
        return fit(t0, t1, width, marginPx, marginPx);
    }

    /** A scale showing [t0, t1] between {@code leftPx} from the left edge and {@code rightPx} from the right edge. */
    public static TimeScale fit(double t0, double t1, double width, double leftPx, double rightPx) {
        double inner = Math.max(1, width - leftPx - rightPx);
        double m = Math.max(MIN_MS_PER_PX, (t1 - t0) / inner);
        double mid = (t0 + t1) / 2;
        double midX = leftPx + inner / 2;
        return new TimeScale(mid - midX * m, m).clamp(width);
    }

    public double startMillis() { return originMillis; }

    public double endMillis(double width) { return originMillis + width * msPerPx; }
}
