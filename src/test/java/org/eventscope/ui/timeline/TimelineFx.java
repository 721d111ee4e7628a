package org.eventscope.ui.timeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.testfx.util.WaitForAsyncUtils;

/** Test helpers: run on the FX thread and wait, wait for a drawn frame, save a node as PNG. */
final class TimelineFx {
    private TimelineFx() {}

    static <T> T fx(Callable<T> c) {
        FutureTask<T> t = new FutureTask<>(c);
        Platform.runLater(t);
        try {
            return t.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void fx(Runnable r) { fx(() -> { r.run(); return null; }); }

    /** Waits until queued FX work and the next pulse (the redraw) have run. */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(40, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static WritableImage snapshot(Node n) { return fx(() -> n.snapshot(null, null)); }

    static Path savePng(WritableImage img, String name) throws IOException {
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pr = img.getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pr.getArgb(x, y));
        Path dir = Path.of("target", "timeline-shots");
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        ImageIO.write(out, "png", p.toFile());
        return p;
    }
}
