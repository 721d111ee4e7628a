package org.eventscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export --format pdf|csv|json|png|timelinejs} from the command line, on the real import of the seeds. */
class ExportCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        err.reset();
        return new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void everyFormatFromTheCommandLine() throws Exception {
        String db = dir.resolve("cli.db").toString();
        assertEquals(0, run("import", "seeds", "--db", db));
        Path pdf = dir.resolve("georgia.pdf");
        assertEquals(0, run("export", "--format", "pdf", "--from", "2008", "--to", "2008", "--title", "Georgia, 2008",
                "--paper", "Letter", "--lanes", "--db", db, "--out", pdf.toString()), err.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 0.1);
            assertEquals("Georgia, 2008", doc.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("26 Aug 2008"));
            assertFalse(text.contains("Dec 2021"));
        }
        Path csv = dir.resolve("georgia.csv");
        assertEquals(0, run("export", "--format", "csv", "--from", "2008-08", "--to", "2008-08", "--db", db, "--out", csv.toString()));
        String c = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(c.startsWith("\uFEFFevent,event_id,date,"));
        assertTrue(c.contains("2008-08-26"));
        Path tl = dir.resolve("georgia.timeline.json");
        assertEquals(0, run("export", "--format", "timelinejs", "--from", "2008", "--to", "2008", "--title", "Georgia",
                "--db", db, "--out", tl.toString()));
        JsonNode root = new ObjectMapper().readTree(tl.toFile());
        assertEquals("Georgia", root.path("title").path("text").path("headline").asText());
        assertTrue(root.path("events").size() >= 2);
        Path png = dir.resolve("georgia.png");
        assertEquals(0, run("export", "--format", "png", "--from", "2008", "--to", "2008", "--db", db, "--out", png.toString()));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(2800, img.getWidth());
        Path json = dir.resolve("georgia.json");
        assertEquals(0, run("export", "--format", "json", "--from", "2008", "--to", "2008", "--db", db, "--out", json.toString()));
        assertEquals("eventscope/1", new ObjectMapper().readTree(json.toFile()).path("schema").asText());
    }

    @Test
    void badFormatOrPaperIsAUsageErrorAndWritesNothing() {
        String db = dir.resolve("cli.db").toString();
        assertEquals(0, run("import", "seeds", "--db", db));
        Path out = dir.resolve("x.out");
        assertEquals(2, run("export", "--format", "docx", "--db", db, "--out", out.toString()));
        assertTrue(err.toString().contains("unknown format 'docx'"), err.toString());
        assertEquals(2, run("export", "--format", "pdf", "--paper", "A5", "--db", db, "--out", out.toString()));
        assertTrue(err.toString().contains("unknown paper 'A5' (A4 or Letter)"), err.toString());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("x.out.part")));
    }
}
