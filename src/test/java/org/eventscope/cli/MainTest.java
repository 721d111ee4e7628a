package org.eventscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user runs it: exit codes, messages, and the JSON shapes. */
class MainTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }
    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void usageErrorsExitTwoWithAMessageAndNoStackTrace() {
        for (String[] args : List.of(new String[]{"frobnicate"}, new String[]{"import"}, new String[]{"export", "--format"},
                new String[]{"export", "--from", "last tuesday"}, new String[]{"analyze", "x.txt"}, new String[]{"import", "x", "--bogus"})) {
            assertEquals(2, run(args), String.join(" ", args));
            assertTrue(err().startsWith("eventscope: "), err());
            assertFalse(err().contains("\tat "), err());
        }
        assertEquals(0, run("--help"));
        assertTrue(out().contains("import PATH..."));
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("Eventscope "));
    }

    @Test
    void importThenExportTheSeedsAsJson() throws Exception {
        String db = dir.resolve("seeds.db").toString();
        assertEquals(0, run("import", "seeds", "--db", db));
        assertEquals(6, out().lines().count(), out());
        assertTrue(out().contains("5 imported, 0 skipped, 0 failed"), out());
        assertEquals(0, run("import", "seeds", "--db", db));
        assertTrue(out().contains("0 imported, 5 skipped, 0 failed"), out());

        Path json = dir.resolve("out.json");
        assertEquals(0, run("export", "--format", "json", "--db", db, "--out", json.toString()));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("eventscope/1", root.get("schema").asText());
        JsonNode docs = root.get("documents");
        assertEquals(5, docs.size());
        List<String> published = new ArrayList<>();
        for (JsonNode d : docs) {
            for (String field : List.of("id", "file", "title", "published", "publishedFrom")) assertTrue(d.has(field), field);
            published.add(d.get("file").asText() + "=" + (d.get("published").isNull() ? "unknown" : d.get("published").asText())
                    + "/" + d.get("publishedFrom").asText());
        }
        assertTrue(published.containsAll(List.of("000_2a2b352943eb0d57.txt=2021-01-25/header", "001_193cfc740241580c.txt=2021-01-25/header",
                "002_7a84d5151686bfe4.txt=unknown/unknown", "003_db4b9f58d0698066.txt=2021-12-21/header",
                "004_f6572cd3f2c05bf0.txt=2023-12-28/dateline")), published.toString());
        assertTrue(root.get("participants").isArray());
        assertTrue(root.get("events").isArray());
        for (JsonNode e : root.get("events")) {
            for (String field : List.of("id", "kind", "title", "when", "start", "end", "precision", "participants", "disputed", "sources")) {
                assertTrue(e.has(field), field + " in " + e);
            }
            for (JsonNode s : e.get("sources")) {
                for (String field : List.of("document", "sentence", "offset", "length", "dateText", "when")) assertTrue(s.has(field), field);
            }
        }

        assertEquals(0, run("export", "--db", db, "--from", "2030", "--to", "2031"));
        JsonNode empty = new ObjectMapper().readTree(out());
        assertEquals(0, empty.get("events").size());
        assertEquals(0, empty.get("documents").size(), "a range export lists only the documents its events cite");
    }

    @Test
    void reanalyzeRedoesWhatAnEarlierVersionAnalysedAndSaysWhenThereIsNothingToDo() throws Exception {
        String db = dir.resolve("seeds.db").toString();
        assertEquals(0, run("import", "seeds", "--db", db));
        assertFalse(out().contains("earlier version"), out());
        assertEquals(0, run("reanalyze", "--db", db));
        assertTrue(out().contains("nothing to do"), out());
        // what an earlier Eventscope leaves behind: two articles analysed by other rules
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.executeUpdate("UPDATE documents SET analysed_with = 'news-earlier' WHERE id IN (SELECT id FROM documents LIMIT 2)");
        }
        assertEquals(0, run("import", "seeds", "--db", db));
        assertTrue(out().contains("2 articles were analysed by an earlier version; 'eventscope reanalyze'"), out());
        assertEquals(0, run("reanalyze", "--db", db));
        assertTrue(out().startsWith("Re-analysed 2 articles; corrections kept"), out());
        assertEquals(0, run("reanalyze", "--db", db));
        assertTrue(out().contains("nothing to do"), out());
        assertEquals(0, run("reanalyze", "--all", "--db", db));
        assertTrue(out().startsWith("Re-analysed 5 articles"), out());
        assertEquals(1, run("reanalyze", "--db", dir.resolve("none.db").toString()));
        assertTrue(err().contains("no database at"), err());
    }

    @Test
    void analyzePrintsTheDocumentPartWithoutADatabase() throws Exception {
        assertEquals(0, run("analyze", "seeds/004_f6572cd3f2c05bf0.txt", "--json"));
        JsonNode root = new ObjectMapper().readTree(out());
        JsonNode doc = root.get("document");
        assertEquals("004_f6572cd3f2c05bf0.txt", doc.get("file").asText());
        assertEquals("2023-12-28", doc.get("published").asText());
        assertEquals("dateline", doc.get("publishedFrom").asText());
        assertNotNull(root.get("timex"));
        assertNotNull(root.get("entities"));
        assertNotNull(root.get("events"));
        assertEquals(1, run("analyze", dir.resolve("none.txt").toString(), "--json"));
        assertTrue(err().contains("no such file"), err());
    }

    @Test
    void aBrokenDatabaseIsReportedNotOverwritten() throws Exception {
        Path db = Files.writeString(dir.resolve("mine.db"), "my precious notes");
        assertEquals(1, run("import", "seeds", "--db", db.toString()));
        assertTrue(err().contains("not an Eventscope database"), err());
        assertEquals("my precious notes", Files.readString(db));
    }

    @Test
    void generateMakesASyntheticDatabase() throws Exception {
        String db = dir.resolve("gen.db").toString();
        assertEquals(0, run("generate", "--events", "2000", "--db", db, "--years", "10"));
        assertEquals(0, run("export", "--db", db));
        assertEquals(2000, new ObjectMapper().readTree(out()).get("events").size());
        assertEquals(2, run("generate", "--events", "-5", "--db", db));
    }
}
