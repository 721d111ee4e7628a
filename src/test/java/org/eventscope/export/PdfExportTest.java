package org.eventscope.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eventscope.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfExportTest {
    static final String TITLE = "South Ossetia 2008 — Южная Осетия — სამხრეთ ოსეთი";
    static final ExportOptions OPTIONS = new ExportOptions(TITLE, Paper.A4, false,
            Instant.parse("2026-11-22T12:00:00Z"), java.time.ZoneId.of("UTC"));

    @TempDir
    static Path dir;
    static Store store;
    static ExportData year2008;

    @BeforeAll
    static void open() {
        store = SeedFixture.open(dir.resolve("seeds.db"));
        year2008 = ExportData.load(store, LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31), List.of());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static byte[] pdf(ExportData data, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Double> progress = new ArrayList<>();
        Exporter.export(ExportFormat.PDF, data, options, out, (f, m) -> progress.add(f));
        assertEquals(1.0, progress.get(progress.size() - 1), "progress ends at 100 %");
        for (int i = 1; i < progress.size(); i++) assertTrue(progress.get(i) >= progress.get(i - 1), "progress never goes back");
        return out.toByteArray();
    }

    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    @Test
    void the2008RangeHoldsTheRecognitionItsThreeSourcesAndTheDisputedDatesButNot2021() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(year2008, OPTIONS))) {
            String t = text(doc).replaceAll("\\s+", " ");
            assertTrue(t.contains("Russia recognises the independence of South Ossetia and Abkhazia"), t);
            assertTrue(t.contains("26 Aug 2008"));
            // its three sources, listed and quoted
            assertTrue(t.contains("Russian, South Ossetian Foreign Ministers Sign 2021-2022 Consultations Plan"));
            assertTrue(t.contains("South Ossetia appreciates strong bilateral relations with Russia"));
            assertTrue(t.contains("Russian Foreign Minister Sergey Lavrov met on November 12 with Dmitry Medoev"));
            assertTrue(t.contains("“On August 26, 2008, Russia recognized the independence of South Ossetia and Abkhazia.”"));
            assertTrue(t.contains("“Moscow recognized the independence of South Ossetia on August 26, 2008.”"));
            assertTrue(t.contains("1, 2, 3"), "the recognition cites sources 1, 2 and 3");
            // the disputed offensive: both dates
            assertTrue(t.contains("Georgian offensive against South Ossetia"));
            assertTrue(t.contains("disputed: 8 Aug 2008 [2]; 7 Aug 2008 [3]"), t);
            // nothing from 2021 or 2023
            assertFalse(t.contains("Lavrov hosts Ardzinba and Medoev in Sochi"));
            assertFalse(t.contains("Medoev meets Lavrov in Moscow"));
            assertFalse(t.contains("Lavrov and Medoev sign the 2021–2022 consultations plan"));
            assertFalse(t.contains("Gagloev"));
            // Cyrillic and Georgian are real, searchable text
            assertTrue(t.contains("Южная Осетия"));
            assertTrue(t.contains("სამხრეთ ოსეთი"));
        }
    }

    @Test
    void everyFontIsEmbeddedDejaVu() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(year2008, OPTIONS))) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont f = res.getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " is embedded");
                    assertTrue(f.getName().contains("DejaVuSans"), f.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= doc.getNumberOfPages(), "every page uses the embedded fonts");
        }
    }

    @Test
    void goldenLayoutPagesSectionsHeadersMetadataAndBookmarks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(year2008, OPTIONS))) {
            assertEquals(5, doc.getNumberOfPages(), "cover, timeline, events, sources, participants");
            String cover = pageText(doc, 1);
            for (String s : List.of("EVENTSCOPE · EVENTS AND SOURCES", "1 January 2008 – 31 December 2008",
                    "Range", "Filters", "None: every event in the range", "Events 3 (1 with disputed dates)",
                    "Sources 3 articles, cited 6 times", "Participants 4", "Exported 22 November 2026, 12:00 UTC",
                    "Contents", "Timeline", "Events", "Sources", "Participants")) {
                assertTrue(cover.replaceAll("\\s+", " ").contains(s), "cover has " + s + ":\n" + cover);
            }
            String[] headings = {null, "Timeline", "Events", "Sources", "Participants"};
            for (int p = 2; p <= 5; p++) {
                String[] lines = pageText(doc, p).split("\\R");
                assertTrue(lines[0].startsWith("South Ossetia 2008 — Южная Осетия"), "header title on page " + p + ": " + lines[0]);
                assertTrue(lines[0].endsWith("1 January 2008 – 31 December 2008"), "header range on page " + p);
                assertTrue(lines[1].startsWith(headings[p - 1]), "page " + p + " opens with " + headings[p - 1] + ": " + lines[1]);
                assertTrue(lines[lines.length - 1].endsWith("Page " + p + " of 5"), lines[lines.length - 1]);
            }
            // landscape timeline, portrait text pages
            PDPage timeline = doc.getPage(1);
            assertTrue(timeline.getMediaBox().getWidth() > timeline.getMediaBox().getHeight());
            assertEquals(595.27, doc.getPage(0).getMediaBox().getWidth(), 0.1);
            assertEquals(841.89, doc.getPage(2).getMediaBox().getHeight(), 0.1);
            // the table is sorted by date: war (August 2008, starting the 1st), offensive (7 Aug), recognition (26 Aug)
            String table = pageText(doc, 3).replaceAll("\\s+", " ");
            int war = table.indexOf("1 August 2008");
            int offensive = table.indexOf("2 7 Aug 2008");
            int recognition = table.indexOf("3 26 Aug 2008");
            assertTrue(war >= 0 && war < offensive && offensive < recognition, table);
            // the participants index points to event numbers
            String index = pageText(doc, 5).replaceAll("\\s+", " ");
            assertTrue(index.contains("Abkhazia — Place Event 3"), index);
            assertTrue(index.contains("South Ossetia — Place Events 2, 3"), index);
            // each source number in the table links to its entry under Sources (page 4)
            var annotations = doc.getPage(2).getAnnotations();
            assertEquals(6, annotations.size(), "war [1], offensive [2, 3], recognition [1, 2, 3]");
            for (var a : annotations) {
                var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) a;
                var dest = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) link.getDestination();
                assertEquals(3, doc.getPages().indexOf(dest.getPage()), "links to the Sources page");
            }
            // metadata
            var info = doc.getDocumentInformation();
            assertEquals(TITLE, info.getTitle());
            assertEquals("Eventscope", info.getCreator());
            assertNotNull(info.getCreationDate());
            assertEquals(Instant.parse("2026-11-22T12:00:00Z"), info.getCreationDate().toInstant());
            // bookmarks
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) marks.add(item.getTitle());
            assertEquals(List.of("Summary", "Timeline", "Events", "Sources", "Participants"), marks);
        }
    }

    @Test
    void letterPaperAndAParticipantFilter() throws IOException {
        ExportData georgia = ExportData.load(store, LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31), List.of("Georgia"));
        try (PDDocument doc = Loader.loadPDF(pdf(georgia, OPTIONS.withPaper(Paper.LETTER)))) {
            assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 0.1);
            assertEquals(792, doc.getPage(0).getMediaBox().getHeight(), 0.1);
            String t = text(doc).replaceAll("\\s+", " ");
            assertTrue(t.contains("Only events with Georgia"), t);
            assertTrue(t.contains("Georgian offensive against South Ossetia"));
            assertTrue(t.contains("Russo-Georgian war"));
            assertFalse(t.contains("Russia recognises the independence"));
        }
    }

    @Test
    void lanesNameTheParticipants() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(year2008, OPTIONS.withLanes(true)))) {
            String timeline = pageText(doc, 2);
            for (String lane : List.of("South Ossetia", "Russia", "Georgia", "Abkhazia")) {
                assertTrue(timeline.contains(lane), "lane " + lane + " in\n" + timeline);
            }
        }
    }

    @Test
    void paperFollowsTheLocale() {
        assertEquals(Paper.LETTER, Paper.forLocale(java.util.Locale.US));
        assertEquals(Paper.LETTER, Paper.forLocale(java.util.Locale.CANADA));
        assertEquals(Paper.A4, Paper.forLocale(java.util.Locale.GERMANY));
        assertEquals(Paper.A4, Paper.forLocale(java.util.Locale.UK));
    }
}
