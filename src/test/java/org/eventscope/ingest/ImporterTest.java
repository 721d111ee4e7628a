package org.eventscope.ingest;

import org.eventscope.model.Document;
import org.eventscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImporterTest {
    @TempDir
    Path dir;

    @Test
    void goodFilesArriveAndBadOnesAreReportedWithTheirReason() throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles/sub"));
        Files.writeString(dir.resolve("articles/one.txt"), " date 2021-01-25 Example\nFirst article\n\nThe ministers met on Monday.");
        Files.writeString(in.resolve("two.md"), "# Second article\n\nPARIS, 3 March 2019 - A summit took place.");
        Files.writeString(in.resolve("three.html"), "<html><head><title>Third article</title><script>alert('x')</script>"
                + "<link rel=stylesheet href=\"http://example.com/s.css\"></head><body><p>Body &amp; more.</p></body></html>");
        Files.write(dir.resolve("articles/binary.txt"), new byte[]{1, 2, 0, 3, 0, 0, 4});
        Files.write(dir.resolve("articles/empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("articles/picture.png"), "not really");
        try (Store store = Store.open(dir.resolve("db.sqlite"))) {
            ImportReport r = new Importer(store).importPaths(List.of(dir.resolve("articles"), dir.resolve("missing.txt")));
            Map<String, ImportReport.FileResult> byName = r.files().stream()
                    .collect(Collectors.toMap(f -> f.path().getFileName().toString(), f -> f));
            assertEquals(ImportReport.Status.IMPORTED, byName.get("one.txt").status());
            assertEquals(ImportReport.Status.IMPORTED, byName.get("two.md").status());
            assertEquals(ImportReport.Status.IMPORTED, byName.get("three.html").status());
            assertEquals("not a text file (binary content)", byName.get("binary.txt").message());
            assertEquals("empty file", byName.get("empty.txt").message());
            assertEquals(ImportReport.Status.SKIPPED, byName.get("picture.png").status());
            assertEquals("no such file or folder", byName.get("missing.txt").message());
            assertEquals(1, r.exitCode(), "some failed");
            assertEquals(3, store.documents().count());
            Document html = store.documents().all().stream().filter(d -> d.file().equals("three.html")).findFirst().orElseThrow();
            assertEquals("Third article", html.title());
            assertTrue(!html.text().contains("alert") && html.text().contains("Body & more."), html.text());
            Document md = store.documents().all().stream().filter(d -> d.file().equals("two.md")).findFirst().orElseThrow();
            assertEquals("2019-03-03", md.published().timeml());
        }
    }

    @Test
    void aSavedPagesPublicationTimeInItsHeadDatesTheArticle() throws Exception {
        // the visible text names only "Tuesday"; the head's meta property says which Tuesday
        Path page = Files.writeString(dir.resolve("faye.html"), "<html><head><title>Faye sworn in</title>"
                + "<meta content=\"2024-04-02T14:05:00+00:00\" property=\"article:published_time\">"
                + "</head><body><h1>Faye sworn in</h1><p>Bassirou Diomaye Faye took the oath of office on Tuesday in "
                + "Diamniadio.</p></body></html>");
        Path ld = Files.writeString(dir.resolve("ld.html"), "<html><head><title>Vote held</title><script "
                + "type=\"application/ld+json\">{\"datePublished\": \"2023-10-15T08:00:00Z\"}</script></head><body>"
                + "<p>Poles voted on Sunday.</p></body></html>");
        try (Store store = Store.open(dir.resolve("db.sqlite"))) {
            assertEquals(0, new Importer(store).importPaths(List.of(page, ld)).exitCode());
            Map<String, Document> byFile = store.documents().all().stream()
                    .collect(Collectors.toMap(Document::file, d -> d));
            assertEquals("2024-04-02", byFile.get("faye.html").published().timeml());
            assertEquals("Faye sworn in", byFile.get("faye.html").title());
            assertEquals("2023-10-15", byFile.get("ld.html").published().timeml());
        }
    }

    @Test
    void reimportSkipsWhatIsAlreadyThereAndExitCodesTellAllSomeOrNone() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Article A\n\nText of A.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Article B\n\nText of B.");
        try (Store store = Store.open(dir.resolve("db.sqlite"))) {
            Importer importer = new Importer(store);
            assertEquals(0, importer.importPaths(List.of(a, b)).exitCode());
            ImportReport again = importer.importPaths(List.of(a, b));
            assertEquals(2, again.count(ImportReport.Status.SKIPPED));
            assertEquals("already present", again.files().get(0).message());
            assertEquals(0, again.exitCode());
            assertEquals(2, store.documents().count());
            assertEquals(3, importer.importPaths(List.of(dir.resolve("nothing-here"))).exitCode());
        }
    }

    @Test
    void aFileTooLargeIsRefusedWithItsSize() throws Exception {
        Path big = dir.resolve("big.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] line = "A line of news text that repeats.\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= Importer.MAX_BYTES; written += line.length) out.write(line);
        }
        try (Store store = Store.open(dir.resolve("db.sqlite"))) {
            ImportReport.FileResult r = new Importer(store).importFile(big);
            assertEquals(ImportReport.Status.FAILED, r.status());
            assertTrue(r.message().startsWith("too large (20.0 MB; the limit is 20 MB)"), r.message());
            assertEquals(0, store.documents().count());
        }
    }

    @Test
    void aFailureWhileStoringLeavesNothingHalfWritten() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Article A\n\nText of A.");
        try (Store store = Store.open(dir.resolve("db.sqlite"))) {
            org.eventscope.extract.Extractor broken = (text, info) -> new org.eventscope.model.Analysis(info, List.of(),
                    List.of(new org.eventscope.model.EntityMention("A", org.eventscope.model.ParticipantKind.PERSON, "A", 0)),
                    List.of(), List.of(new org.eventscope.model.ExtractedEvent(org.eventscope.model.EventKind.OTHER, null,
                    org.eventscope.model.TimeValue.day(2020, 1, 1), 1, List.of(), "x", 0, 1, "x")));
            ImportReport r = new Importer(store, broken, org.eventscope.extract.EventMerger.standard()).importPaths(List.of(a));
            assertEquals(ImportReport.Status.FAILED, r.files().get(0).status());
            assertEquals(0, store.documents().count(), "the document row was rolled back with its analysis");
            assertTrue(store.participants().all().isEmpty(), "no participant of a failed file remains");
        }
    }

    @Test
    void textIsDecodedFromUtf8Utf16AndWindows1252() {
        assertEquals("Tskhinvali – “quoted”", TextDecoder.decode("Tskhinvali – “quoted”".getBytes(StandardCharsets.UTF_8)));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertEquals("Hi", TextDecoder.decode(bom));
        byte[] utf16 = "\uFEFFМой мир".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Мой мир", TextDecoder.decode(utf16));
        assertEquals("café “x”", TextDecoder.decode("café “x”".getBytes(Charset.forName("windows-1252"))));
        TextDecoder.decode(new byte[]{(byte) 0xFF, (byte) 0xFE, 0x41}); // an odd UTF-16 byte never throws
    }

    @Test
    void theBundledSampleCorpusMatchesTheSeedsFolder() throws Exception {
        List<String> seeds;
        try (var s = Files.list(Path.of("seeds"))) {
            seeds = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(seeds, SampleCorpus.names());
        List<Path> copied = SampleCorpus.copyTo(dir.resolve("samples"));
        assertEquals(5, copied.size());
        assertEquals(Files.readString(Path.of("seeds", seeds.get(0))), Files.readString(copied.get(0)));
    }
}
