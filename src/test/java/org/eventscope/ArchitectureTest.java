package org.eventscope;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layers: a package may use only the layers before it; the domain never touches JavaFX. */
class ArchitectureTest {
    private static final Map<String, Integer> RANK = Map.of(
            "model", 0, "extract", 1, "store", 2, "ingest", 3, "timeline", 4, "ui", 5, "export", 5, "cli", 6);
    private static final List<String> NO_JAVAFX = List.of("model", "extract", "store", "ingest", "timeline", "export");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.eventscope\\.(\\w+)\\.");

    @Test
    void noLayerUsesOneAboveIt() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path f : sources()) {
            String layer = layerOf(f);
            if (layer == null) continue;
            String code = Files.readString(f);
            Matcher m = QUALIFIED.matcher(code);
            while (m.find()) {
                String used = m.group(1);
                Integer usedRank = RANK.get(used);
                if (usedRank == null || used.equals(layer)) continue;
                boolean sameRankOther = usedRank.equals(RANK.get(layer));
                if (usedRank > RANK.get(layer) || sameRankOther) {
                    violations.add(f + " (" + layer + ") uses " + used);
                }
            }
            if (NO_JAVAFX.contains(layer)) {
                Matcher im = IMPORT.matcher(code);
                while (im.find()) {
                    if (im.group(1).startsWith("javafx.") || im.group(1).startsWith("org.controlsfx.")) {
                        violations.add(f + " (" + layer + ") imports " + im.group(1));
                    }
                }
                if (code.contains("javafx.")) violations.add(f + " (" + layer + ") names javafx");
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    @Test
    void everyPackageIsALayer() throws IOException {
        for (Path f : sources()) {
            assertTrue(layerOf(f) != null, f + " is outside the layers " + RANK.keySet());
        }
    }

    private static String layerOf(Path f) {
        Path rel = Path.of("src/main/java/org/eventscope").relativize(f);
        if (rel.getNameCount() < 2) return null;
        String top = rel.getName(0).toString();
        return RANK.containsKey(top) ? top : null;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/org/eventscope"))) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
