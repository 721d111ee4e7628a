package org.eventscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The five sample articles bundled in the application, imported on first start into an empty database. */
public final class SampleCorpus {
    private static final String INDEX = "/org/eventscope/seeds/index.txt";

    private SampleCorpus() {
    }

    /** The bundled articles' file names. */
    public static List<String> names() {
        try (InputStream in = SampleCorpus.class.getResourceAsStream(INDEX)) {
            if (in == null) return List.of();
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank()) out.add(line.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the bundled articles into {@code folder} (kept, so their source text stays at hand) and returns them. */
    public static List<Path> copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> out = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = SampleCorpus.class.getResourceAsStream("/org/eventscope/seeds/" + name)) {
                if (in == null) continue;
                Path target = folder.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                out.add(target);
            }
        }
        return out;
    }
}
