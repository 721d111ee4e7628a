package org.eventscope.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code --self-test}: waits until the window has painted the data, writes a screenshot of it, and exits.
 * The result code and message are read by {@link AppLauncher} once the FX toolkit has stopped.
 */
final class SelfTest {
    static final AtomicInteger RESULT = new AtomicInteger(1);
    static final AtomicReference<String> MESSAGE = new AtomicReference<>("the window did not paint in time");

    private SelfTest() {
    }

    static void watch(MainViewModel vm, Scene scene, Path shot) {
        PauseTransition timeout = new PauseTransition(Duration.seconds(90));
        timeout.setOnFinished(e -> Platform.exit());
        timeout.play();
        vm.loadedProperty().addListener((o, was, loaded) -> {
            if (!loaded) return;
            // Give the scene two pulses to lay out and paint what was just loaded.
            PauseTransition settle = new PauseTransition(Duration.millis(600));
            settle.setOnFinished(e -> {
                try {
                    if (vm.errorProperty().get() != null) {
                        write(scene, shot);
                        fail("the app reported: " + vm.errorProperty().get());
                    } else {
                        write(scene, shot);
                        RESULT.set(0);
                        MESSAGE.set("self-test passed: " + vm.snapshotProperty().get().documents().size() + " documents, "
                                + vm.snapshotProperty().get().eventCount() + " events; screenshot " + shot.toAbsolutePath());
                    }
                } catch (IOException | RuntimeException ex) {
                    fail("could not write the screenshot: " + ex.getMessage());
                }
                Platform.exit();
            });
            settle.play();
        });
    }

    private static void fail(String message) {
        RESULT.set(1);
        MESSAGE.set(message);
    }

    static void write(Scene scene, Path shot) throws IOException {
        WritableImage image = scene.snapshot(null);
        BufferedImage buffered = toBuffered(image);
        Path parent = shot.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!ImageIO.write(buffered, "png", shot.toFile())) throw new IOException("no PNG writer");
    }

    static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }
}
