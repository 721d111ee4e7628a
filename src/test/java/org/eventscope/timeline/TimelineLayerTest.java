package org.eventscope.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The timeline layer is plain Java: no JavaFX, and only the layers to its left (model, extract, store, ingest). */
class TimelineLayerTest {
    @Test
    void timelineImportsNoJavaFxAndNoHigherLayer() throws IOException {
        Path dir = Path.of("src/main/java/org/eventscope/timeline");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) { files = s.filter(p -> p.toString().endsWith(".java")).toList(); }
        assertTrue(files.size() >= 10);
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                String l = line.trim();
                if (!l.startsWith("import")) continue;
                assertFalse(l.contains("javafx."), f + ": " + l);
                for (String higher : List.of("org.eventscope.ui", "org.eventscope.export", "org.eventscope.cli"))
                    assertFalse(l.contains(higher), f + ": " + l);
            }
        }
    }
}
