package org.eventscope.ui.timeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import org.eventscope.timeline.Axis;
import org.eventscope.timeline.Frame;
import org.eventscope.timeline.LaneMode;
import org.eventscope.timeline.LayoutStyle;
import org.eventscope.timeline.SyntheticEvents;
import org.eventscope.timeline.TickGenerator;
import org.eventscope.timeline.TimeScale;
import org.eventscope.timeline.TimelineEvents;
import org.eventscope.timeline.TimelineLayout;

/**
 * Frame-time benchmark: 1,000 and 1,000,000 synthetic events over 200 years; at several zoom levels, one frame =
 * layout (clusters, rows, labels, axis) + drawing the frame's commands into an off-screen 1400×700 Canvas on the FX
 * thread (what the FX thread does per pulse). Separately, a snapshot of that canvas (software rasterising, which a
 * GPU pipeline does on the render thread) for a few levels. Prints medians and the heap for 1,000,000 events.
 * <p>
 * Run headless: see docs/timeline.md.
 */
public final class TimelineBench {
    static final double W = 1400, H = 700;
    static final int WARMUP = 40, RUNS = 101;

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long heap0 = usedHeap();
        TimelineEvents big = SyntheticEvents.generate(1_000_000, 200, 42);
        long heap1 = usedHeap();
        System.out.printf(Locale.ROOT, "1,000,000 events: heap used %.1f MB (measured after GC), %.1f MB by the columns' own estimate%n",
                (heap1 - heap0) / 1048576.0, big.heapBytes() / 1048576.0);
        TimelineEvents small = SyntheticEvents.generate(1_000, 200, 42);

        String[] names = {"200 years (fit all)", "20 years", "2 years", "2 months", "1 week", "1 day (hours)"};
        double[] spansDays = {200 * 365.25, 20 * 365.25, 2 * 365.25, 61, 7, 1};
        System.out.printf(Locale.ROOT, "%-22s %14s %14s %8s %14s %14s%n", "zoom", "1k frame ms", "1M frame ms", "ratio", "1M layout ms", "1M marks drawn");
        for (int z = 0; z < names.length; z++) {
            double[] r1k = measure(small, spansDays[z]);
            double[] r1m = measure(big, spansDays[z]);
            System.out.printf(Locale.ROOT, "%-22s %14.3f %14.3f %8.2f %14.3f %14.0f%n", names[z], r1k[0], r1m[0], r1m[0] / r1k[0], r1m[1], r1m[2]);
        }
        System.out.println("frame + snapshot (software rasterising and read-back of the canvas), median ms:");
        System.out.printf(Locale.ROOT, "  %-22s %8.2f ms%n", "empty canvas (baseline)", snapshot(TimelineEvents.empty(), -1));
        for (int z : new int[]{0, 2, 3, 5}) {
            System.out.printf(Locale.ROOT, "  %-22s %8.2f ms (1k: %.2f ms)%n", names[z], snapshot(big, spansDays[z]), snapshot(small, spansDays[z]));
        }
        for (LaneMode mode : new LaneMode[]{LaneMode.KIND, LaneMode.PARTICIPANT}) {
            long h0 = usedHeap();
            long b0 = System.nanoTime();
            int lanes = big.lanes(mode).all().size();
            double build = (System.nanoTime() - b0) / 1e6;
            long h1 = usedHeap();
            double[] r = measure(big, 2 * 365.25, mode);
            System.out.printf(Locale.ROOT, "1M, 2 years, lanes by %s (%d lanes, lanes on screen laid out; lane indexes built once in %.0f ms, %.1f MB): frame %.3f ms, layout %.3f ms%n",
                    mode.name().toLowerCase(Locale.ROOT), lanes, build, (h1 - h0) / 1048576.0, r[0], r[1]);
        }
        System.out.printf(Locale.ROOT, "heap in use at the end: %d MB (1M and 1k sets alive: %s)%n", usedHeap() >> 20,
                big.size() + small.size() > 0);
        Platform.exit();
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Median frame ms, median layout ms, marks drawn; the view moves 3 px per run so no frame repeats. */
    static double[] measure(TimelineEvents ev, double spanDays) throws Exception {
        return measure(ev, spanDays, LaneMode.NONE);
    }

    static double[] measure(TimelineEvents ev, double spanDays, LaneMode mode) throws Exception {
        AtomicReference<double[]> out = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            TimelineView view = new TimelineView();
            TimelineRenderer renderer = new TimelineRenderer(view);
            Font font = Font.font("System", 12), bold = Font.font("System", FontWeight.BOLD, 12);
            FxTextMeasurer m = new FxTextMeasurer(bold);
            TimelineLayout layout = new TimelineLayout(LayoutStyle.defaults(), m);
            TickGenerator ticks = new TickGenerator(m, 5);
            Canvas canvas = new Canvas(W, H);
            double mid = (ev.minDay() + ev.maxDay()) / 2.0 * TimeScale.DAY_MS;
            double msPerPx = spanDays * TimeScale.DAY_MS / W;
            var lanes = ev.lanes(mode).all();
            double[] frame = new double[RUNS], lay = new double[RUNS];
            int drawn = 0;
            for (int i = -WARMUP; i < RUNS; i++) {
                TimeScale s = new TimeScale(mid - W / 2 * msPerPx + i * 3 * msPerPx, msPerPx).clamp(W);
                long t0 = System.nanoTime();
                Frame f = layout.layout(ev, lanes, mode != LaneMode.NONE, s, W, 0, H - TimelineRenderer.AXIS_HEIGHT);
                Axis axis = ticks.axis(s, W);
                long t1 = System.nanoTime();
                var st = new TimelineRenderer.State(0, -1, Set.of(), null, null, 0, 0, null, false, java.util.List.of(), 19000);
                canvas.getGraphicsContext2D().clearRect(0, 0, W, H);
                drawn = renderer.draw(canvas.getGraphicsContext2D(), W, H, f, axis, ev, st, font, bold, m);
                long t2 = System.nanoTime();
                if (i >= 0) {
                    frame[i] = (t2 - t0) / 1e6;
                    lay[i] = (t1 - t0) / 1e6;
                }
            }
            out.set(new double[]{median(frame), median(lay), drawn});
            done.countDown();
        });
        done.await();
        return out.get();
    }

    static double snapshot(TimelineEvents ev, double spanDays) throws Exception {
        AtomicReference<Double> out = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            TimelineView view = new TimelineView();
            TimelineRenderer renderer = new TimelineRenderer(view);
            Font font = Font.font("System", 12), bold = Font.font("System", FontWeight.BOLD, 12);
            FxTextMeasurer m = new FxTextMeasurer(bold);
            TimelineLayout layout = new TimelineLayout(LayoutStyle.defaults(), m);
            Canvas canvas = new Canvas(W, H);
            double mid = (ev.minDay() + ev.maxDay()) / 2.0 * TimeScale.DAY_MS;
            double msPerPx = Math.abs(spanDays) * TimeScale.DAY_MS / W;
            double[] t = new double[21];
            for (int i = -5; i < t.length; i++) {
                if (spanDays < 0) {
                    long t0 = System.nanoTime();
                    canvas.getGraphicsContext2D().setFill(javafx.scene.paint.Color.WHITE);
                    canvas.getGraphicsContext2D().fillRect(0, 0, W, H);
                    canvas.snapshot(null, null);
                    if (i >= 0) t[i] = (System.nanoTime() - t0) / 1e6;
                    continue;
                }
                TimeScale s = new TimeScale(mid - W / 2 * msPerPx + i * 3 * msPerPx, msPerPx).clamp(W);
                long t0 = System.nanoTime();
                Frame f = layout.layout(ev, ev.lanes(LaneMode.NONE).all(), false, s, W);
                var st = new TimelineRenderer.State(0, -1, Set.of(), null, null, 0, 0, null, false, java.util.List.of(), 19000);
                renderer.draw(canvas.getGraphicsContext2D(), W, H, f, new TickGenerator(m, 5).axis(s, W), ev, st, font, bold, m);
                canvas.snapshot(null, null);
                if (i >= 0) t[i] = (System.nanoTime() - t0) / 1e6;
            }
            out.set(median(t));
            done.countDown();
        });
        done.await();
        return out.get();
    }

    static double median(double[] a) {
        double[] c = a.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
