package org.eventscope.ingest;

import org.eventscope.extract.EventMerger;
import org.eventscope.extract.Extractor;
import org.eventscope.model.Analysis;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.Event;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.store.Corrections;
import org.eventscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After an update of Eventscope changes the extraction rules, the articles the earlier rules analysed are found
 * and redone, user corrections kept; a cancelled update leaves the rest for next time.
 */
class OutdatedAnalysisTest {
    @TempDir
    Path dir;

    /** The toy extractor under a given rules name, titling its events with a given verb. */
    record Rules(String name, String verb) implements Extractor {
        @Override
        public Analysis analyze(String text, DocumentInfo info) {
            Analysis a = new CorrectionsSurviveReanalysisTest.ToyExtractor().analyze(text, info);
            List<ExtractedEvent> retitled = a.events().stream().map(e -> new ExtractedEvent(e.kind(),
                    e.title().replace(" meet", " " + verb), e.when(), e.confidence(), e.participants(), e.sentence(),
                    e.offset(), e.length(), e.dateText())).toList();
            return new Analysis(a.document(), a.timex(), a.entities(), a.participants(), retitled);
        }

        @Override
        public String rules() {
            return name;
        }
    }

    @Test
    void articlesAnalysedByEarlierRulesAreRedoneAndCorrectionsKept() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("a.txt"), "Moscow talks\n\nLavrov met Medoev on 2021-01-25.");
        Files.writeString(folder.resolve("b.txt"), "Statement\n\nLavrov spoke on 2021-02-02.");
        EventMerger merger = EventMerger.strict();
        try (Store store = Store.open(dir.resolve("db.sqlite"))) {
            new Importer(store, new Rules("v1", "meet"), merger).importPaths(List.of(folder));
            Reanalyzer sameRules = new Reanalyzer(store, new Rules("v1", "meet"), merger);
            assertTrue(sameRules.outdated().isEmpty(), "what the current rules analysed is current");
            assertEquals(0, sameRules.updateOutdated((d, t) -> { }, () -> false));

            Event meeting = byDate(store, "2021-01-25");
            assertTrue(store.corrections().editEvent(meeting.id(), Corrections.EventField.TITLE, "Talks in Moscow", store.events()));
            store.rebuildEvents(merger);

            Reanalyzer newRules = new Reanalyzer(store, new Rules("v2", "talk"), merger);
            assertEquals(2, newRules.outdated().size(), "both articles were analysed by the earlier rules");
            AtomicInteger reported = new AtomicInteger();
            assertEquals(2, newRules.updateOutdated((d, t) -> reported.set(d), () -> false));
            assertEquals(2, reported.get(), "progress reaches the end");
            assertTrue(newRules.outdated().isEmpty());
            assertEquals("Talks in Moscow", byDate(store, "2021-01-25").title(), "the user's title survives");
            assertTrue(byDate(store, "2021-02-02").title().contains("Lavrov"), "the other event is redone");
        }
    }

    @Test
    void aCancelledUpdateKeepsWhatWasRedoneAndLeavesTheRestForNextTime() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        for (int i = 1; i <= 3; i++) Files.writeString(folder.resolve(i + ".txt"), "T\n\nLavrov met Medoev on 2021-01-2" + i + ".");
        EventMerger merger = EventMerger.strict();
        try (Store store = Store.open(dir.resolve("db.sqlite"))) {
            new Importer(store, new Rules("v1", "meet"), merger).importPaths(List.of(folder));
            Reanalyzer newRules = new Reanalyzer(store, new Rules("v2", "talk"), merger);
            AtomicInteger calls = new AtomicInteger();
            int done = newRules.updateOutdated((d, t) -> { }, () -> calls.incrementAndGet() > 1);
            assertEquals(1, done);
            assertEquals(2, newRules.outdated().size());
            assertEquals(3, store.events().count(), "events are rebuilt from the new and the old analyses alike");
            assertEquals(2, newRules.updateOutdated((d, t) -> { }, () -> false));
            assertFalse(store.events().inRange(null, null).stream().anyMatch(e -> e.title().endsWith(" meet")));
        }
    }

    @Test
    void theStandardRulesHaveAStableNameThatDiffersFromOtherExtractors() {
        String rules = Extractor.standard().rules();
        assertEquals(rules, Extractor.standard().rules());
        assertTrue(rules.startsWith("news-") && !rules.equals("news-unknown"), rules);
        assertNotEquals(rules, new CorrectionsSurviveReanalysisTest.ToyExtractor().rules());
    }

    private static Event byDate(Store store, String day) {
        return store.events().inRange(null, null).stream().filter(e -> e.when().timeml().equals(day)).findFirst().orElseThrow();
    }
}
