package org.eventscope.store;

import org.eventscope.model.Event;
import org.eventscope.model.EventSource;
import org.eventscope.model.Participant;
import org.eventscope.model.TimeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User corrections of events and participants: they hold through rebuilds, re-analysis, re-import and restarts, and undo. */
class CorrectionsTest {
    private static final String AC_MEETING = "Lavrov meets Medoev";
    private static final String B_MEETING = "Sergei Lavrov holds talks with Alan Medoev";
    private static final String C_MEETING = "Lavrov and Medoev meet";
    private static final String PROTEST = "Georgia protests";

    @TempDir
    Path dir;

    private Store open() {
        return Store.open(dir.resolve("workspace.db"));
    }

    @Test
    void theCorpusStartsAsTheMergerLeavesIt() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            assertEquals(3, k.events().size());
            assertEquals(List.of("a.txt", "c.txt"), k.files(k.event(AC_MEETING)));
            assertEquals(List.of("b.txt"), k.files(k.event(B_MEETING)));
            assertTrue(k.hasParticipant("Lavrov") && k.hasParticipant("Sergei Lavrov"));
        }
    }

    // ---- merging events -----------------------------------------------------------------------------------------

    @Test
    void aUserMergesTwoEventsReAnalysisRunsAndTheyAreStillOneEventWithAllSources() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            Event keep = k.event(AC_MEETING);
            Event merge = k.event(B_MEETING);

            assertTrue(store.corrections().mergeEvents(keep.id(), merge.id(), store.events()));

            Event merged = k.event(AC_MEETING);
            assertEquals(List.of("a.txt", "b.txt", "c.txt"), k.files(merged));
            assertEquals(List.of("Alan Medoev", "Lavrov", "Medoev", "Sergei Lavrov"), k.people(merged));
            assertFalse(merged.disputed(), "all three sources say 25 January 2021");
            assertEquals(2, k.events().size());
            assertTrue(store.events().get(merge.id()).isEmpty(), "the merged event is gone");
            assertEquals(3, sourceCount(store, merged.id()));

            k.reanalyseAll();

            Event after = k.event(AC_MEETING);
            assertEquals(List.of("a.txt", "b.txt", "c.txt"), k.files(after));
            assertEquals(List.of("Alan Medoev", "Lavrov", "Medoev", "Sergei Lavrov"), k.people(after));
            assertEquals(3, sourceCount(store, after.id()));
            assertEquals(2, k.events().size());
        }
    }

    @Test
    void mergingEventsWhoseSourcesGiveDifferentDaysMarksTheEventDisputed() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            Event meeting = k.event(B_MEETING);
            Event protest = k.event(PROTEST);

            store.corrections().mergeEvents(meeting.id(), protest.id(), store.events());

            Event merged = k.event(B_MEETING);
            assertTrue(merged.disputed(), "25 and 27 January cannot both be right");
            assertEquals(List.of("2021-01-25", "2021-01-27"), merged.sources().stream().map(s -> s.when().timeml()).sorted().toList());
            assertEquals("2021-01-25", merged.when().timeml(), "the kept event keeps its date");

            k.rebuild();
            assertTrue(k.event(B_MEETING).disputed(), "still disputed after a rebuild");
            assertEquals(2, sourceCount(store, k.event(B_MEETING).id()));
        }
    }

    @Test
    void datesAgreeWhenOneContainsTheOther() {
        TimeValue day = TimeValue.day(2021, 1, 25);
        assertTrue(EventCorrections.compatible(day, TimeValue.parse("2021-01").orElseThrow()));
        assertTrue(EventCorrections.compatible(TimeValue.parse("2021").orElseThrow(), day));
        assertTrue(EventCorrections.compatible(TimeValue.parse("XXXX-01-25").orElseThrow(), day), "a day of an unknown year");
        assertTrue(EventCorrections.compatible(TimeValue.parse("XXXX-01").orElseThrow(), TimeValue.parse("XXXX-01-25").orElseThrow()));
        assertFalse(EventCorrections.compatible(day, TimeValue.day(2021, 1, 27)));
        assertFalse(EventCorrections.compatible(TimeValue.parse("XXXX-02-25").orElseThrow(), day));
        assertFalse(EventCorrections.compatible(TimeValue.parse("2021-01-20/2021-01-26").orElseThrow(),
                TimeValue.parse("2021-01-24/2021-01-30").orElseThrow()), "overlapping spans, neither inside the other");
    }

    @Test
    void undoingAnEventMergeBringsBothEventsBackAfterTheRebuild() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            List<String> before = k.picture();
            store.corrections().mergeEvents(k.event(AC_MEETING).id(), k.event(B_MEETING).id(), store.events());
            assertNotEquals(before, k.picture());

            Optional<Corrections.Correction> undone = store.corrections().undoLast();
            k.rebuild();

            assertEquals("MERGE", undone.orElseThrow().field());
            assertEquals(before, k.picture());
        }
    }

    @Test
    void anEventMergeRecordsNothingWhenThereIsNothingToMerge() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            long id = k.event(AC_MEETING).id();
            assertFalse(store.corrections().mergeEvents(id, id, store.events()));
            assertFalse(store.corrections().mergeEvents(id, 987_654, store.events()));
            assertEquals(List.of(), store.corrections().active());
        }
    }

    @Test
    void aTitleEditOnAMergedEventSurvivesReAnalysisAndMergedEventsCanBeMergedAgain() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            store.corrections().mergeEvents(k.event(AC_MEETING).id(), k.event(B_MEETING).id(), store.events());
            store.corrections().editEvent(k.event(AC_MEETING).id(), Corrections.EventField.TITLE, "Moscow talks", store.events());
            store.corrections().mergeEvents(k.event("Moscow talks").id(), k.event(PROTEST).id(), store.events());

            k.reanalyseAll();

            assertEquals(1, k.events().size());
            Event only = k.event("Moscow talks");
            assertEquals(List.of("a.txt", "b.txt", "b.txt", "c.txt"), k.files(only));
            assertTrue(only.disputed());
        }
    }

    @Test
    void aMergedEventTheUserThenRemovesStaysRemovedWithAllItsSources() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            store.corrections().mergeEvents(k.event(AC_MEETING).id(), k.event(B_MEETING).id(), store.events());
            store.corrections().editEvent(k.event(AC_MEETING).id(), Corrections.EventField.REMOVED, "true", store.events());

            k.reanalyseAll();

            assertEquals(List.of(PROTEST), k.events().stream().map(Event::title).toList());
        }
    }

    // ---- splitting a source off -----------------------------------------------------------------------------------

    @Test
    void aUserSplitsASourceOffAndItStaysItsOwnEventAfterReAnalysis() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            Event joint = k.event(AC_MEETING);
            EventSource fromC = joint.sources().stream().filter(s -> s.documentId() == k.docs.get("c.txt")).findFirst().orElseThrow();

            Optional<Long> created = store.corrections().splitSource(joint.id(), fromC.documentId(), fromC.offset(), store.events());

            assertTrue(created.isPresent());
            Event split = store.events().get(created.get()).orElseThrow();
            assertEquals(C_MEETING, split.title(), "the title of its own mention");
            assertEquals("MEETING", split.kind().name());
            assertEquals("2021-01-25", split.when().timeml());
            assertEquals(List.of("c.txt"), k.files(split));
            assertEquals(List.of("a.txt"), k.files(k.event(AC_MEETING)));
            assertEquals(1, sourceCount(store, joint.id()));
            assertEquals(List.of("Lavrov", "Medoev"), k.people(split));

            k.reanalyseAll();

            assertEquals(List.of("c.txt"), k.files(k.event(C_MEETING)));
            assertEquals(List.of("a.txt"), k.files(k.event(AC_MEETING)));
            assertEquals(4, k.events().size());
        }
    }

    @Test
    void splittingTheSourceThatAnchoredAnEventLeavesTheRestEditable() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            Event joint = k.event(AC_MEETING);
            String anchor = store.events().keyOf(joint.id()).orElseThrow();
            EventSource anchoring = joint.sources().stream()
                    .filter(s -> anchor.startsWith(store.documents().get(s.documentId()).orElseThrow().hash() + ":"))
                    .findFirst().orElseThrow();
            String remainingFile = anchoring.documentId() == k.docs.get("a.txt") ? "c.txt" : "a.txt";

            store.corrections().splitSource(joint.id(), anchoring.documentId(), anchoring.offset(), store.events());
            assertNotEquals(anchor, store.events().keyOf(joint.id()).orElseThrow(), "the remaining event has a new anchor");
            store.corrections().editEvent(joint.id(), Corrections.EventField.TITLE, "The remaining report", store.events());

            k.reanalyseAll();

            assertEquals(List.of(remainingFile), k.files(k.event("The remaining report")));
        }
    }

    @Test
    void undoingASplitJoinsTheSourceAgainAfterTheRebuild() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            List<String> before = k.picture();
            Event joint = k.event(AC_MEETING);
            store.corrections().splitSource(joint.id(), k.docs.get("c.txt"), 0, store.events());
            assertEquals(4, k.events().size());

            store.corrections().undoLast();
            k.rebuild();

            assertEquals(before, k.picture());
        }
    }

    @Test
    void anEventWithOneSourceHasNothingToSplitOff() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            Event single = k.event(B_MEETING);
            assertTrue(store.corrections().splitSource(single.id(), k.docs.get("b.txt"), 0, store.events()).isEmpty());
            assertTrue(store.corrections().splitSource(k.event(AC_MEETING).id(), k.docs.get("b.txt"), 0, store.events()).isEmpty(),
                    "b.txt is not a source of that event");
            assertEquals(List.of(), store.corrections().active());
        }
    }

    // ---- merging participants ---------------------------------------------------------------------------------------

    @Test
    void aUserMergesTwoParticipantsAndEverythingOfTheMergedOneMovesToTheKeptOne() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            Participant keep = k.participant("Sergei Lavrov");
            Participant merge = k.participant("Lavrov");

            assertTrue(store.corrections().mergeParticipants(keep.id(), merge.id()));

            assertFalse(k.hasParticipant("Lavrov"));
            assertTrue(store.participants().get(merge.id()).isEmpty(), "the merged row is deleted");
            assertTrue(k.participant("Sergei Lavrov").aliases().contains("Lavrov"));
            assertEquals("Sergei Lavrov", k.mentions("a.txt").get("Lavrov@0"));
            assertEquals("Sergei Lavrov", k.mentions("c.txt").get("Lavrov@0"));
            assertEquals(List.of("Medoev", "Sergei Lavrov"), k.people(k.event(AC_MEETING)), "event participations moved");
            assertEquals(2, store.participants().eventCounts().get(keep.id()));
        }
    }

    @Test
    void aParticipantMergeSurvivesReAnalysisAndReImport() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            long keep = k.participant("Sergei Lavrov").id();
            store.corrections().mergeParticipants(keep, k.participant("Lavrov").id());

            k.reanalyse("a.txt");
            assertFalse(k.hasParticipant("Lavrov"), "merged again as soon as the analysis is stored, before any rebuild");
            k.rebuild();
            k.reanalyseAll();

            assertFalse(k.hasParticipant("Lavrov"));
            assertEquals(keep, k.participant("Sergei Lavrov").id());
            assertEquals("Sergei Lavrov", k.mentions("a.txt").get("Lavrov@0"));
            assertEquals(List.of("Medoev", "Sergei Lavrov"), k.people(k.event(AC_MEETING)));

            k.importD();

            assertFalse(k.hasParticipant("Lavrov"), "a new article naming Lavrov joins the kept participant");
            assertEquals("Sergei Lavrov", k.mentions("d.txt").get("Lavrov@0"));
            assertEquals(List.of("Sergei Lavrov"), k.people(k.event("Lavrov speaks")));
        }
    }

    @Test
    void undoingAParticipantMergeRestoresBoth() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            List<String> before = k.picture();
            Participant merged = k.participant("Lavrov");
            store.corrections().mergeParticipants(k.participant("Sergei Lavrov").id(), merged.id());

            store.corrections().undoLast();
            k.rebuild();

            assertEquals(before, k.picture());
            assertEquals(merged.id(), k.participant("Lavrov").id(), "the restored participant keeps its id");
        }
    }

    @Test
    void undoingAParticipantMergeAfterReAnalysisAndReImportRestoresBoth() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            store.corrections().mergeParticipants(k.participant("Sergei Lavrov").id(), k.participant("Lavrov").id());
            k.reanalyseAll();
            k.importD();

            store.corrections().undoLast();
            k.rebuild();

            assertEquals(Map.of("Lavrov@0", "Lavrov", "Moscow@16", "Moscow"), k.mentions("d.txt"));
            assertEquals("Lavrov", k.mentions("a.txt").get("Lavrov@0"));
            assertEquals(List.of("Lavrov", "Medoev"), k.people(k.event(AC_MEETING)));
            assertEquals(List.of("Alan Medoev", "Sergei Lavrov"), k.people(k.event(B_MEETING)));
            assertFalse(k.participant("Sergei Lavrov").aliases().contains("Lavrov"));
        }
    }

    @Test
    void mergingAParticipantIntoOneThatWasMergedLaterStillEndsInTheSurvivor() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            store.corrections().mergeParticipants(k.participant("Lavrov").id(), k.participant("Medoev").id());
            store.corrections().mergeParticipants(k.participant("Sergei Lavrov").id(), k.participant("Lavrov").id());

            k.reanalyseAll();

            assertFalse(k.hasParticipant("Lavrov"));
            assertFalse(k.hasParticipant("Medoev"));
            assertEquals("Sergei Lavrov", k.mentions("a.txt").get("Medoev@11"));
            assertTrue(k.participant("Sergei Lavrov").aliases().containsAll(List.of("Lavrov", "Medoev")));
        }
    }

    // ---- renaming participants ----------------------------------------------------------------------------------------

    @Test
    void aRenameSurvivesReAnalysisEvenWhenTheArticleSpellsTheNameInFull() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            long id = k.participant("Sergei Lavrov").id();

            assertTrue(store.corrections().renameParticipant(id, "S. Lavrov"));
            assertEquals("S. Lavrov", store.participants().get(id).orElseThrow().name());
            assertTrue(store.participants().get(id).orElseThrow().aliases().contains("Sergei Lavrov"), "the old name stays an alias");

            k.reanalyseAll();
            k.importD();

            assertEquals("S. Lavrov", store.participants().get(id).orElseThrow().name(),
                    "the fuller spelling from the article does not override the user's choice");
            assertEquals(List.of("Alan Medoev", "S. Lavrov"), k.people(k.event(B_MEETING)));
        }
    }

    @Test
    void undoingARenameBringsTheOldNameBack() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            List<String> before = k.picture();
            store.corrections().renameParticipant(k.participant("Sergei Lavrov").id(), "S. Lavrov");

            store.corrections().undoLast();
            k.rebuild();

            assertEquals(before, k.picture());
        }
    }

    @Test
    void anEmptyNameIsRefused() {
        try (Store store = open()) {
            Corpus k = Corpus.imported(store);
            long id = k.participant("Lavrov").id();
            assertThrows(IllegalArgumentException.class, () -> store.corrections().renameParticipant(id, "  "));
            assertFalse(store.corrections().renameParticipant(987_654, "Nobody"));
            assertEquals(List.of(), store.corrections().active());
        }
    }

    // ---- all together ----------------------------------------------------------------------------------------------------

    @Test
    void everyKindOfCorrectionSurvivesARestartAndReAnalysisAndUndoWalksBackStepByStep() {
        Path db = dir.resolve("workspace.db");
        List<List<String>> pictures = new java.util.ArrayList<>();
        try (Store store = Store.open(db)) {
            Corpus k = Corpus.imported(store);
            pictures.add(k.picture());
            store.corrections().mergeEvents(k.event(AC_MEETING).id(), k.event(B_MEETING).id(), store.events());
            pictures.add(k.picture());
            store.corrections().mergeParticipants(k.participant("Sergei Lavrov").id(), k.participant("Lavrov").id());
            k.rebuild();
            pictures.add(k.picture());
            store.corrections().renameParticipant(k.participant("Alan Medoev").id(), "A. Medoev");
            k.rebuild();
            pictures.add(k.picture());
            Event joint = k.event(AC_MEETING);
            store.corrections().splitSource(joint.id(), k.docs.get("c.txt"), 0, store.events());
            pictures.add(k.picture());
            store.corrections().editEvent(k.event(C_MEETING).id(), Corrections.EventField.TITLE, "Officials on the meeting", store.events());
            pictures.add(k.picture());
        }
        try (Store store = Store.open(db)) {
            Corpus k = Corpus.reopened(store);
            assertEquals(pictures.get(pictures.size() - 1), k.picture(), "after a restart");
            k.reanalyseAll();
            assertEquals(pictures.get(pictures.size() - 1), k.picture(), "after re-analysis");
            for (int i = pictures.size() - 2; i >= 0; i--) {
                assertTrue(store.corrections().undoLast().isPresent());
                k.rebuild();
                assertEquals(pictures.get(i), k.picture(), "after undoing back to step " + i);
            }
            assertEquals(List.of(), store.corrections().active());
        }
    }

    private static int sourceCount(Store store, long eventId) {
        return Store.sql(() -> {
            try (var ps = store.connection().prepareStatement("SELECT source_count FROM events WHERE id = ?")) {
                ps.setLong(1, eventId);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            }
        });
    }
}
