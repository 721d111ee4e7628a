package org.eventscope.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eventscope.ingest.Importer;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Event;
import org.eventscope.model.EventKind;
import org.eventscope.model.EventSource;
import org.eventscope.model.TimeValue;
import org.eventscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeds imported with the real extractor and merger, exported for 2008 as the user would. */
class RealImportExportTest {

    @Test
    void the2008PdfOfTheRealImport(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir.resolve("real.db"))) {
            new Importer(store).importPaths(List.of(SeedFixture.seeds()));
            ExportData y2008 = ExportData.load(store, LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31), List.of());
            ExportData y2021 = ExportData.load(store, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), List.of());
            Event recognition = y2008.events().stream()
                    .filter(e -> e.kind() == EventKind.RECOGNITION && e.when().equals(TimeValue.day(2008, 8, 26)))
                    .findFirst().orElseThrow(() -> new AssertionError("the extractor finds the recognition of 26 August 2008"));
            Set<Long> recognitionDocs = recognition.sources().stream().map(EventSource::documentId).collect(Collectors.toSet());
            assertEquals(3, recognitionDocs.size(), "three articles tell the recognition");
            Event disputed = y2008.events().stream().filter(Event::disputed).findFirst()
                    .orElseThrow(() -> new AssertionError("the offensive is disputed between 7 and 8 August"));
            Set<String> disputedDates = disputed.sources().stream().map(s -> DisplayDates.of(s.when())).collect(Collectors.toSet());
            assertEquals(Set.of("7 Aug 2008", "8 Aug 2008"), disputedDates);
            assertFalse(y2021.events().isEmpty(), "the seeds tell of 2021 too");

            byte[] pdf = PdfExportTest.pdf(y2008, PdfExportTest.OPTIONS);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String t = PdfExportTest.text(doc).replaceAll("\\s+", " ");
                assertTrue(t.contains(recognition.title()), recognition.title());
                assertTrue(t.contains("26 Aug 2008"));
                Map<Long, String> titles = y2008.documents().stream()
                        .collect(Collectors.toMap(d -> d.id(), d -> d.title()));
                for (long d : recognitionDocs) {
                    String title = titles.get(d);
                    String head = title.length() > 60 ? title.substring(0, 60) : title;
                    assertTrue(t.contains(head.strip()), "source listed: " + head);
                }
                for (EventSource s : recognition.sources()) {
                    String sentence = s.sentence().replaceAll("\\s+", " ").strip();
                    assertTrue(t.contains(sentence.substring(0, Math.min(50, sentence.length()))), "evidence quoted: " + sentence);
                }
                assertTrue(t.contains(disputed.title()));
                assertTrue(t.contains("7 Aug 2008") && t.contains("8 Aug 2008"), "both disputed dates are shown");
                for (Event e : y2021.events()) {
                    if (y2008.events().stream().anyMatch(x -> x.title().equals(e.title()))) continue;
                    assertFalse(t.contains(e.title()), "a 2021 event is not in the 2008 export: " + e.title());
                }
            }
        }
    }
}
