package org.eventscope.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eventscope.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV, TimelineJS, JSON and PNG exports of the seeds' 2008 range, each read back. */
class DataExportsTest {
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

    static byte[] export(ExportFormat f, ExportData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(f, data, ExportOptions.of("Georgia 2008"), out, null);
        return out.toByteArray();
    }

    /** RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') { f.append('"'); i += 2; continue; }
                if (c == '"') { quoted = false; i++; continue; }
                f.append(c);
                i++;
                continue;
            }
            if (c == '"' && f.length() == 0) { quoted = true; i++; continue; }
            if (c == ',') { row.add(f.toString()); f.setLength(0); i++; continue; }
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
                continue;
            }
            assertFalse(c == '\n' || c == '\r' || c == '"', "bare line break or quote at " + i);
            f.append(c);
            i++;
        }
        assertTrue(row.isEmpty() && f.length() == 0, "the last record ends with CRLF");
        return rows;
    }

    @Test
    void csvHasOneRowPerEventAndSourceAndReadsBack() throws IOException {
        byte[] bytes = export(ExportFormat.CSV, year2008);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark for spreadsheet programs");
        String s = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = parseCsv(s);
        assertEquals(CsvExport.COLUMNS, rows.get(0));
        List<List<String>> body = rows.subList(1, rows.size());
        for (List<String> r : body) assertEquals(CsvExport.COLUMNS.size(), r.size(), r.toString());
        int title = CsvExport.COLUMNS.indexOf("title");
        int when = CsvExport.COLUMNS.indexOf("source_when");
        int sentence = CsvExport.COLUMNS.indexOf("sentence");
        List<List<String>> recognition = body.stream()
                .filter(r -> r.get(title).equals(SeedFixture.RECOGNITION)).toList();
        assertEquals(3, recognition.size(), "three sources, three rows");
        assertTrue(recognition.stream().allMatch(r -> r.get(CsvExport.COLUMNS.indexOf("when")).equals("2008-08-26")));
        // a sentence with commas survives quoting
        assertTrue(recognition.stream().anyMatch(r -> r.get(sentence)
                .equals("On August 26, 2008, Russia recognized the independence of South Ossetia and Abkhazia.")));
        List<String> offensiveDates = body.stream().filter(r -> r.get(title).equals(SeedFixture.OFFENSIVE))
                .map(r -> r.get(when)).sorted().toList();
        assertEquals(List.of("2008-08-07", "2008-08-08"), offensiveDates);
        assertTrue(body.stream().filter(r -> r.get(title).equals(SeedFixture.OFFENSIVE))
                .allMatch(r -> r.get(CsvExport.COLUMNS.indexOf("disputed")).equals("true")));
        assertTrue(body.stream().noneMatch(r -> r.get(CsvExport.COLUMNS.indexOf("start")).startsWith("2021")));
        assertEquals(6, body.size(), "war 1 + offensive 2 + recognition 3");
    }

    @Test
    void csvQuotingFollowsRfc4180() {
        assertEquals("plain", CsvExport.quote("plain"));
        assertEquals("\"a, b\"", CsvExport.quote("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.quote("say \"hi\""));
        assertEquals("\"two\r\nlines\"", CsvExport.quote("two\r\nlines"));
        assertEquals(List.of(List.of("a, b", "say \"hi\"", "two\r\nlines")),
                parseCsv(CsvExport.quote("a, b") + "," + CsvExport.quote("say \"hi\"") + "," + CsvExport.quote("two\r\nlines") + "\r\n"));
    }

    @Test
    void timelineJsReadsBackWithDatesAsPreciseAsKnown() throws IOException {
        JsonNode root = new ObjectMapper().readTree(export(ExportFormat.TIMELINEJS, year2008));
        assertEquals("Georgia 2008", root.path("title").path("text").path("headline").asText());
        JsonNode events = root.path("events");
        assertEquals(3, events.size());
        JsonNode war = find(events, SeedFixture.WAR);
        assertEquals(2008, war.path("start_date").path("year").asInt());
        assertEquals(8, war.path("start_date").path("month").asInt());
        assertFalse(war.path("start_date").has("day"), "a month has no day");
        assertEquals("August 2008", war.path("display_date").asText());
        assertEquals("Military action or attack", war.path("group").asText());
        JsonNode recognition = find(events, SeedFixture.RECOGNITION);
        JsonNode d = recognition.path("start_date");
        assertEquals(List.of(2008, 8, 26), List.of(d.path("year").asInt(), d.path("month").asInt(), d.path("day").asInt()));
        assertFalse(recognition.has("end_date"));
        String credit = recognition.path("credit").asText();
        assertTrue(credit.contains("Russian, South Ossetian Foreign Ministers Sign 2021-2022 Consultations Plan"), credit);
        assertEquals(3, credit.split("; ").length, credit);
        assertTrue(recognition.path("text").path("text").asText().contains("<blockquote>On August 26, 2008, Russia recognized"));
        JsonNode offensive = find(events, SeedFixture.OFFENSIVE);
        assertTrue(offensive.path("display_date").asText().contains("disputed: 8 Aug 2008 / 7 Aug 2008"),
                offensive.path("display_date").asText());
    }

    @Test
    void timelineJsSpansHaveAnEndAndYearsHaveNoMonth() throws IOException {
        ExportData all = ExportData.load(store, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), List.of());
        JsonNode events = new ObjectMapper().readTree(export(ExportFormat.TIMELINEJS, all)).path("events");
        JsonNode trade = events.get(0);
        assertEquals(30, trade.path("end_date").path("day").asInt());
        assertEquals(9, trade.path("end_date").path("month").asInt());
        assertEquals(1, trade.path("start_date").path("day").asInt());
    }

    private static JsonNode find(JsonNode events, String headline) {
        for (JsonNode e : events) if (e.path("text").path("headline").asText().equals(headline)) return e;
        throw new AssertionError("no slide " + headline);
    }

    @Test
    void jsonIsRestrictedToTheRange() throws IOException {
        JsonNode root = new ObjectMapper().readTree(export(ExportFormat.JSON, year2008));
        assertEquals("eventscope/1", root.path("schema").asText());
        assertEquals(3, root.path("events").size());
        for (JsonNode e : root.path("events")) assertTrue(e.path("start").asText().startsWith("2008"));
    }

    @Test
    void pngIsTheTimelineAtTwiceTheScale() throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(export(ExportFormat.PNG, year2008)));
        assertEquals(PngExport.WIDTH * 2, img.getWidth());
        // the recognition's mark is drawn in its kind's colour about 26 Aug (x of the day centre, at 2x)
        int colour = TimelineRenderer.colorOf(org.eventscope.model.EventKind.RECOGNITION).getRGB() & 0xFFFFFF;
        boolean found = false;
        for (int y = 0; y < img.getHeight() && !found; y++) {
            for (int x = 0; x < img.getWidth() && !found; x++) found = (img.getRGB(x, y) & 0xFFFFFF) == colour;
        }
        assertTrue(found, "the recognition's point is drawn");
    }
}
