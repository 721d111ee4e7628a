package org.eventscope.ingest;

import org.eventscope.extract.EventMerger;
import org.eventscope.extract.Extractor;
import org.eventscope.model.Analysis;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.EntityMention;
import org.eventscope.model.Event;
import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.Participant;
import org.eventscope.model.ParticipantKind;
import org.eventscope.model.TimeValue;
import org.eventscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The importer and the re-analyser, run for real (with a toy extractor), keep every user correction. */
class CorrectionsSurviveReanalysisTest {
    @TempDir
    Path dir;

    /** Finds the known names and, in each sentence with an ISO date, a meeting of the people it names. */
    static final class ToyExtractor implements Extractor {
        private static final List<String> NAMES = List.of("Sergei Lavrov", "Alan Medoev", "Lavrov", "Medoev");
        private static final Pattern SENTENCE = Pattern.compile("[^.]+\\.");
        private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        @Override
        public Analysis analyze(String text, DocumentInfo info) {
            Map<String, ExtractedParticipant> people = new LinkedHashMap<>();
            List<EntityMention> mentions = new ArrayList<>();
            List<ExtractedEvent> events = new ArrayList<>();
            Matcher s = SENTENCE.matcher(text);
            while (s.find()) {
                String sentence = s.group();
                int at = s.start();
                while (at < s.end() && Character.isWhitespace(text.charAt(at))) at++;
                sentence = text.substring(at, s.end());
                List<String> named = new ArrayList<>();
                String rest = sentence;
                for (String n : NAMES) {
                    int i = rest.indexOf(n);
                    if (i < 0) continue;
                    named.add(n);
                    people.putIfAbsent(n, new ExtractedParticipant(n, ParticipantKind.PERSON, null, List.of()));
                    mentions.add(new EntityMention(n, ParticipantKind.PERSON, n, at + i));
                    rest = rest.substring(0, i) + "#".repeat(n.length()) + rest.substring(i + n.length());
                }
                Matcher d = DATE.matcher(sentence);
                if (d.find()) {
                    events.add(new ExtractedEvent(EventKind.MEETING, String.join(" and ", named) + " meet",
                            TimeValue.parse(d.group()).orElseThrow(), 0.9, named, sentence, at, sentence.length(), d.group()));
                }
            }
            return new Analysis(info, List.of(), mentions, List.copyOf(people.values()), events);
        }
    }

    @Test
    void correctionsMadeAfterImportHoldThroughReanalysisOfEverythingAndTheImportOfANewArticle() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("a.txt"), "Moscow talks\n\nLavrov met Medoev on 2021-01-25.");
        Files.writeString(folder.resolve("b.txt"), "Talks in Moscow\n\nSergei Lavrov met Alan Medoev on 2021-01-25.");
        Extractor toy = new ToyExtractor();
        EventMerger merger = EventMerger.strict();
        try (Store store = Store.open(dir.resolve("db.sqlite"))) {
            new Importer(store, toy, merger).importPaths(List.of(folder));
            assertEquals(2, store.events().count(), "the merger keeps the two spellings apart");
            List<String> original = picture(store);

            long fullLavrov = byName(store, "Sergei Lavrov").id();
            store.corrections().mergeParticipants(fullLavrov, byName(store, "Lavrov").id());
            store.corrections().renameParticipant(byName(store, "Alan Medoev").id(), "A. Medoev");
            store.corrections().mergeParticipants(byName(store, "A. Medoev").id(), byName(store, "Medoev").id());
            store.rebuildEvents(merger);
            List<Event> two = store.events().inRange(null, null);
            store.corrections().mergeEvents(two.get(0).id(), two.get(1).id(), store.events());
            List<String> corrected = picture(store);
            assertEquals(List.of("A. Medoev [Alan Medoev, Medoev]", "Sergei Lavrov [Lavrov]",
                    "event Lavrov and Medoev meet 2021-01-25 sources=2 people=[A. Medoev, Sergei Lavrov]"), corrected);

            new Reanalyzer(store, toy, merger).reanalyzeAll();
            assertEquals(corrected, picture(store), "re-analysis of every article keeps every correction");

            Files.writeString(folder.resolve("c.txt"), "Statement\n\nLavrov spoke on 2021-02-02.");
            new Importer(store, toy, merger).importPaths(List.of(folder));
            assertFalse(store.participants().all().stream().anyMatch(p -> p.name().equals("Lavrov")),
                    "the new article's Lavrov is the merged participant");
            Event statement = store.events().inRange(TimeValue.day(2021, 2, 2).start().orElseThrow(), null).get(0);
            assertEquals(List.of(fullLavrov), statement.participantIds());

            for (int i = 0; i < 4; i++) {
                assertTrue(store.corrections().undoLast().isPresent());
                store.rebuildEvents(merger);
            }
            assertEquals(original, picture(store), "undoing all four restores what the import made");
        }
    }

    private static Participant byName(Store store, String name) {
        return store.participants().all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** Participants with their aliases, then events with their source count and participants, by name. */
    private static List<String> picture(Store store) {
        Map<Long, String> names = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (Participant p : store.participants().all()) {
            names.put(p.id(), p.name());
            out.add(p.name() + " " + p.aliases());
        }
        List<String> events = new ArrayList<>();
        for (Event e : store.events().inRange(null, TimeValue.day(2021, 1, 31).end().orElseThrow())) {
            events.add("event " + e.title() + " " + e.when().timeml() + " sources=" + e.sources().size() + " people="
                    + e.participantIds().stream().map(names::get).sorted().toList());
        }
        events.sort(null);
        out.addAll(events);
        return out;
    }
}
