package org.eventscope.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.eventscope.store.Store;
import org.eventscope.store.Synthetic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dense year: the timeline splits over several landscape pages and every event is numbered once in the table. */
class DensePdfTest {

    @Test
    void aDenseYearSplitsTheTimelineAndKeepsEveryEvent(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir.resolve("dense.db"))) {
            Synthetic.generate(store, 700, 1, 3, x -> { });
            int year = LocalDate.now().getYear();
            ExportData data = ExportData.load(store, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of());
            assertEquals(700, data.events().size());
            try (PDDocument doc = Loader.loadPDF(PdfExportTest.pdf(data, PdfExportTest.OPTIONS))) {
                int landscape = 0;
                for (PDPage p : doc.getPages()) if (p.getMediaBox().getWidth() > p.getMediaBox().getHeight()) landscape++;
                assertTrue(landscape > 1, "the timeline takes several pages: " + landscape);
                String second = PdfExportTest.pageText(doc, 2);
                assertTrue(second.contains("part 1 of " + landscape), second);
                // the timeline pages' captions cover the year without gaps, in order
                LocalDate expected = LocalDate.of(year, 1, 1);
                Pattern caption = Pattern.compile("Timeline (\\d{1,2} \\w{3} \\d{4})(?: – (\\d{1,2} \\w{3} \\d{4}))? ·");
                java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
                for (int p = 2; p < 2 + landscape; p++) {
                    Matcher m = caption.matcher(PdfExportTest.pageText(doc, p).replaceAll("\\s+", " "));
                    assertTrue(m.find(), "caption on page " + p);
                    LocalDate a = LocalDate.parse(m.group(1), f);
                    LocalDate b = m.group(2) == null ? a : LocalDate.parse(m.group(2), f);
                    if (!a.equals(expected)) {
                        assertEquals(expected.minusDays(1), b, "rows of one day continued on page " + p);
                        expected = a;
                    }
                    expected = b.plusDays(1);
                }
                assertEquals(LocalDate.of(year + 1, 1, 1), expected, "the last page ends on 31 December");
                // every event number appears in the table, in order
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(2 + landscape);
                stripper.setEndPage(doc.getNumberOfPages());
                stripper.setSortByPosition(true);
                String table = stripper.getText(doc);
                Set<Integer> seen = new HashSet<>();
                Matcher row = Pattern.compile("(?m)^(\\d+) ").matcher(table);
                while (row.find()) seen.add(Integer.parseInt(row.group(1)));
                for (int i = 1; i <= 700; i++) assertTrue(seen.contains(i), "event " + i + " is in the table");
            }
        }
    }
}
