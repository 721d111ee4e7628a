package org.eventscope.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.eventscope.model.DateSource;
import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.EventKind;
import org.eventscope.model.EventSource;
import org.eventscope.model.Participant;
import org.eventscope.model.ParticipantKind;
import org.eventscope.model.TimeValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text the fonts cannot show, words longer than a column, control characters, and cancellation. */
class HostileContentTest {
    static final String LONG_WORD = "https://example.org/" + "a-very-long-path-segment-".repeat(12) + "end";

    static ExportData data() {
        Document d = new Document(1, "/x/a.txt", "a.txt", "h", "Emoji 😀 and 中文 and a tab\tinside", "text",
                TimeValue.day(2008, 8, 1), DateSource.HEADER, null, Instant.EPOCH);
        Participant p = new Participant(1, "Participant with \u0000 control", ParticipantKind.PERSON, null, List.of());
        Event e = new Event(1, EventKind.OTHER, "Title with " + LONG_WORD, TimeValue.day(2008, 8, 2), 0.5, false, List.of(1L),
                List.of(new EventSource(1, "A sentence quoting " + LONG_WORD + " and 😀.", 0, 10, "today", TimeValue.day(2008, 8, 2))));
        return new ExportData(LocalDate.of(2008, 8, 1), LocalDate.of(2008, 8, 31), List.of(), List.of(d), List.of(p), List.of(e),
                Map.of(1L, List.of(1L)));
    }

    @Test
    void charactersTheFontsLackAreReplacedAndLongWordsWrapInsideTheMargins() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(ExportFormat.PDF, data(), ExportOptions.of("Title 😀 中文"), out, null);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Title 😀 ??"), "DejaVu draws the emoji; characters it lacks (Chinese) become '?'");
            assertFalse(text.contains("中文"));
            assertFalse(text.contains("\u0000"));
            float[] extent = {Float.MAX_VALUE, 0};
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                float width = doc.getPage(page - 1).getMediaBox().getWidth();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String str, List<TextPosition> positions) throws IOException {
                        for (TextPosition t : positions) {
                            extent[0] = Math.min(extent[0], t.getXDirAdj());
                            extent[1] = Math.max(extent[1], t.getXDirAdj() + t.getWidthDirAdj());
                        }
                        super.writeString(str, positions);
                    }
                };
                s.setStartPage(page);
                s.setEndPage(page);
                s.getText(doc);
                assertTrue(extent[0] >= PdfPages.MARGIN - 1, "text starts inside the left margin on page " + page);
                assertTrue(extent[1] <= width - PdfPages.MARGIN + 1, "text ends inside the right margin on page " + page
                        + ": " + extent[1] + " > " + (width - PdfPages.MARGIN));
                extent[0] = Float.MAX_VALUE;
                extent[1] = 0;
            }
        }
    }

    @Test
    void anInterruptedExportStopsWithInterruptedIOException() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class,
                    () -> Exporter.export(ExportFormat.PDF, data(), ExportOptions.of("x"), new ByteArrayOutputStream(), null));
        } finally {
            Thread.interrupted();
        }
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void theOtherFormatsTakeTheSameContent() throws IOException {
        for (ExportFormat f : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.export(f, data(), ExportOptions.of("Title 😀"), out, null);
            assertTrue(out.size() > 100, f + " wrote something");
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Exporter.export(ExportFormat.CSV, data(), null, csv, null);
        List<List<String>> rows = DataExportsTest.parseCsv(csv.toString(java.nio.charset.StandardCharsets.UTF_8).substring(1));
        assertEquals("Emoji 😀 and 中文 and a tab\tinside", rows.get(1).get(CsvExport.COLUMNS.indexOf("document_title")),
                "CSV keeps the text exactly");
    }
}
