package org.eventscope.ingest;

import org.eventscope.extract.DocumentMetadata;
import org.eventscope.extract.EventMerger;
import org.eventscope.extract.Extractor;
import org.eventscope.model.Analysis;
import org.eventscope.model.DateSource;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.TimeValue;
import org.eventscope.store.Store;
import org.eventscope.store.StoreException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Imports files and folders into a store: each file in its own transaction (fully imported or not at all),
 * duplicates (same content) skipped, bad files reported and skipped while the rest go on.
 */
public final class Importer {
    public static final long MAX_BYTES = 20L << 20;
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm");

    /** Told of progress: files done, files in all, the file at hand. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Path current);
    }

    private final Store store;
    private final Extractor extractor;
    private final EventMerger merger;

    public Importer(Store store, Extractor extractor, EventMerger merger) {
        this.store = store;
        this.extractor = extractor;
        this.merger = merger;
    }

    public Importer(Store store) {
        this(store, Extractor.standard(), EventMerger.standard());
    }

    public ImportReport importPaths(List<Path> paths) {
        return importPaths(paths, (d, t, c) -> { }, () -> false);
    }

    /** Imports the files (folders recursively); checks {@code cancelled} between files. */
    public ImportReport importPaths(List<Path> paths, Progress progress, BooleanSupplier cancelled) {
        List<ImportReport.FileResult> results = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) collect(p, files, results);
        boolean stopped = false;
        int done = 0;
        for (Path f : files) {
            if (cancelled.getAsBoolean()) {
                stopped = true;
                break;
            }
            progress.update(done, files.size(), f);
            results.add(importFile(f));
            done++;
        }
        progress.update(done, files.size(), null);
        if (results.stream().anyMatch(r -> r.status() == ImportReport.Status.IMPORTED)) store.rebuildEvents(merger);
        return new ImportReport(results, stopped);
    }

    private static void collect(Path p, List<Path> files, List<ImportReport.FileResult> results) {
        if (!Files.exists(p)) {
            results.add(new ImportReport.FileResult(p, ImportReport.Status.FAILED, "no such file or folder", null));
            return;
        }
        if (!Files.isDirectory(p)) {
            files.add(p);
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(f -> {
                        if (EXTENSIONS.contains(extension(f))) files.add(f);
                        else results.add(new ImportReport.FileResult(f, ImportReport.Status.SKIPPED,
                                "not a text, Markdown or HTML file", null));
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            results.add(new ImportReport.FileResult(p, ImportReport.Status.FAILED, "cannot read the folder: " + e.getMessage(), null));
        }
    }

    static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Imports one file in one transaction. */
    public ImportReport.FileResult importFile(Path f) {
        byte[] bytes;
        try {
            if (Files.isDirectory(f)) return failed(f, "is a folder");
            long size = Files.size(f);
            if (size > MAX_BYTES) {
                return failed(f, String.format(Locale.ROOT, "too large (%.1f MB; the limit is %d MB)", size / 1048576.0, MAX_BYTES >> 20));
            }
            bytes = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            return failed(f, "no such file");
        } catch (AccessDeniedException e) {
            return failed(f, "cannot read: permission denied");
        } catch (IOException e) {
            return failed(f, "cannot read: " + e.getMessage());
        }
        if (bytes.length == 0) return failed(f, "empty file");
        if (TextDecoder.looksBinary(bytes)) return failed(f, "not a text file (binary content)");
        String hash = sha256(bytes);
        Optional<Long> existing = store.documents().idByHash(hash);
        if (existing.isPresent()) {
            return new ImportReport.FileResult(f, ImportReport.Status.SKIPPED, "already present", existing.get());
        }
        String text = TextDecoder.decode(bytes);
        String ext = extension(f);
        if (ext.equals("html") || ext.equals("htm")) text = HtmlText.toText(text);
        if (text.isBlank()) return failed(f, "no text in the file");
        String file = f.getFileName().toString();
        DocumentInfo info = DocumentMetadata.read(text, file);
        Optional<TimeValue> userDate = store.corrections().documentDate(hash);
        if (userDate.isPresent()) info = info.withPublished(userDate.get(), DateSource.USER);
        try {
            Analysis analysis = extractor.analyze(text, info);
            DocumentInfo finalInfo = info;
            String finalText = text;
            long id = store.inTransaction(() -> {
                long docId = store.documents().insert(f.toAbsolutePath().toString(), hash, finalText, finalInfo, Instant.now());
                store.participants().storeAnalysis(docId, analysis);
                store.events().storeMentions(docId, analysis.events());
                store.documents().setAnalysedWith(docId, extractor.rules());
                return docId;
            });
            return new ImportReport.FileResult(f, ImportReport.Status.IMPORTED, null, id);
        } catch (StoreException e) {
            return failed(f, e.getMessage());
        } catch (RuntimeException e) {
            return failed(f, "could not be analysed: " + e);
        }
    }

    private static ImportReport.FileResult failed(Path f, String why) {
        return new ImportReport.FileResult(f, ImportReport.Status.FAILED, why, null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
