package org.eventscope.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eventscope.ingest.Importer;
import org.eventscope.model.EventKind;
import org.eventscope.store.Store;
import org.eventscope.timeline.EventFilter;
import org.eventscope.ui.ExportService;
import org.eventscope.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exporting from the window: only the range's events that pass the window's filters, and the cover says which filters. */
class ExportBridgeTest {
    @TempDir
    Path dir;

    @Test
    void theWindowsFiltersShapeThePdfAndAreNamedOnItsCover() throws Exception {
        try (Store store = Store.open(dir.resolve("seeds.db"))) {
            new Importer(store).importPaths(List.of(Path.of("seeds")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EventFilter onlyRecognitions = EventFilter.NONE.withKinds(Set.of(EventKind.RECOGNITION));
            new ExportBridge().export(store, new ExportService.Request("pdf", "Recognitions", LocalDate.of(2008, 1, 1),
                    LocalDate.of(2008, 12, 31), "A4", onlyRecognitions, false), out, new TaskRunner.Progress() {
                @Override
                public void update(double fraction, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            String text;
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
            assertTrue(text.contains("Kinds: Recognition"), "the cover names the filter");
            assertTrue(text.toLowerCase().contains("recogni"), "the recognition of 26 August 2008 is there");
            assertFalse(text.contains("fires rockets"), "the attack is filtered out");
        }
    }
}
