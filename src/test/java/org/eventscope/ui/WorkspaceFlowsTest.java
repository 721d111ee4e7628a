package org.eventscope.ui;

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventscope.ingest.Importer;
import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.Participant;
import org.eventscope.store.Store;
import org.eventscope.timeline.TimelineEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flows a person walks through in the workspace, on the sample articles, driven headlessly. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceFlowsTest {
    @TempDir
    Path dir;
    private Path db;
    private Stage stage;
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openOnTheSeeds(FxRobot robot) throws Exception {
        db = dir.resolve("workspace.db");
        try (Store store = Store.open(db)) {
            new Importer(store).importPaths(List.of(Path.of("seeds")));
        }
        open(robot);
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm = new MainViewModel(db, TaskRunner.background());
            window = new MainWindow(vm);
            Scene scene = new Scene(window, 1240, 780);
            scene.getStylesheets().add(MainWindow.class.getResource(Workspace.LIGHT).toExternalForm());
            stage.setScene(scene);
            stage.show();
            vm.start();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(vm.errorProperty().get());
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private static <T> T fx(FxRobot robot, Callable<T> c) {
        List<T> out = new ArrayList<>();
        robot.interact(() -> {
            try {
                out.add(c.call());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        return out.get(0);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Event eventWith(String word) {
        return vm.snapshotProperty().get().allEvents().stream()
                .filter(e -> e.title().toLowerCase().contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no event about " + word + " in " + vm.snapshotProperty().get().allEvents()));
    }

    @Test
    void selectingAnEventShowsItsArticleWithTheEvidenceHighlighted(FxRobot robot) throws Exception {
        Event recognition = eventWith("recogni");
        robot.interact(() -> window.selection().selectedEventProperty().set(recognition));
        waitUntil(() -> window.selection().sourceViewProperty().get() != null);
        SelectionViewModel.SourceView view = window.selection().sourceViewProperty().get();
        HighlightedText text = robot.lookup("#source-text").queryAs(HighlightedText.class);
        HighlightedText.Mark evidence = text.marks().stream().filter(m -> m.styleClass().equals("evidence")).findFirst().orElseThrow();
        String sentence = text.text().substring(evidence.start(), evidence.end());
        assertEquals(recognition.sources().get(0).sentence(), sentence);
        assertTrue(sentence.contains("August 26, 2008") || sentence.contains("26 August 2008"), sentence);
        assertTrue(text.marks().stream().anyMatch(m -> m.styleClass().equals("date")), "the date expression is marked");
        assertEquals(view.document().id(), recognition.sources().get(0).documentId());
        // A picture of the workspace with an event selected, for people to look at (target/screenshots/).
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        robot.interact(() -> {
            try {
                SelfTest.write(stage.getScene(), Path.of("target", "screenshots", "workspace-event-selected.png"));
            } catch (java.io.IOException ex) {
                throw new AssertionError(ex);
            }
        });
        assertTrue(recognition.sources().size() >= 2, "told by several articles");
        // Several sources are listed; choosing another shows that article.
        assertTrue(robot.lookup("#event-sources").query().isVisible());
        robot.interact(() -> window.selection().selectedSourceProperty().set(1));
        waitUntil(() -> window.selection().sourceViewProperty().get().document().id() == recognition.sources().get(1).documentId());
        assertTrue(robot.lookup("#source-panel .panel-title").queryAs(Labeled.class).getText()
                .equals(window.selection().sourceViewProperty().get().document().title()));
    }

    @Test
    void selectingAParticipantHighlightsTheirEventsAndCheckingTwoFiltersTheTimeline(FxRobot robot) throws Exception {
        Participant lavrov = participant("Lavrov");
        Participant georgia = participant("Georgia");
        robot.interact(() -> window.selection().highlightedParticipantProperty().set(null));
        ParticipantsPanel panel = robot.lookup("#participants-panel").queryAs(ParticipantsPanel.class);
        robot.interact(() -> panel.list().getSelectionModel().select(lavrov));
        assertEquals(Set.of(lavrov.id()), fx(robot, () -> Set.copyOf(window.timeline().view().getHighlightedParticipants())));
        assertFalse(robot.lookup("#co-occurrence").queryListView().getItems().isEmpty(), "who appears with Lavrov");

        int all = fx(robot, () -> window.timeline().view().getEvents().size());
        robot.interact(() -> {
            panel.list().getCheckModel().check(lavrov);
            panel.list().getCheckModel().check(georgia);
        });
        TimelineEvents shown = fx(robot, () -> window.timeline().view().getEvents());
        Set<Long> expected = new HashSet<>();
        for (Event e : vm.snapshotProperty().get().events()) {
            if (e.participantIds().contains(lavrov.id()) || e.participantIds().contains(georgia.id())) expected.add(e.id());
        }
        Set<Long> actual = new HashSet<>();
        for (int i = 0; i < shown.size(); i++) actual.add(shown.id(i));
        assertEquals(expected, actual);
        assertTrue(actual.size() < all, "the filter hides the others");
        assertTrue(robot.lookup(".filter-chip").queryAll().stream().anyMatch(n -> ((Labeled) n).getText().contains("Participants")));
        robot.clickOn("#clear-filters");
        assertEquals(all, (int) fx(robot, () -> window.timeline().view().getEvents().size()));
    }

    private Participant participant(String name) {
        return vm.snapshotProperty().get().participants().values().stream().filter(p -> p.name().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no participant " + name));
    }

    @Test
    void searchingAWordOpensTheArticleAtTheHitAndHostileTextIsHarmless(FxRobot robot) throws Exception {
        robot.interact(window::find);
        robot.interact(() -> window.searchPanel().field().setText("Nauru"));
        waitUntil(() -> !robot.lookup("#search-results").queryListView().getItems().isEmpty());
        robot.interact(() -> window.searchPanel().open(window.searchPanel().results().getItems().stream()
                .filter(h -> h.documentId() != null).findFirst().orElseThrow()));
        SelectionViewModel.SourceView view = window.selection().sourceViewProperty().get();
        assertNotNull(view);
        assertTrue(view.document().text().substring(view.scrollTo()).startsWith("Nauru"));
        for (String hostile : List.of("\"", "*", "NEAR(", "-x", "((a", "a OR", "'; DROP TABLE events; --")) {
            robot.interact(() -> window.searchPanel().field().setText(hostile));
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertNull(vm.errorProperty().get(), hostile);
        }
        assertEquals(5, vm.snapshotProperty().get().documents().size());
    }

    @Test
    void importingAFolderWithABadFileShowsProgressAddsTheGoodOnesAndListsTheBadOne(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("more"));
        Files.writeString(folder.resolve("good.txt"), " date 2019-03-04 Example\nTalks in Paris\n\n"
                + "French President Emmanuel Macron met German Chancellor Angela Merkel in Paris on Monday.");
        Files.write(folder.resolve("bad.txt"), new byte[]{0, 1, 2, 0, 3});
        List<String> progress = new ArrayList<>();
        robot.interact(() -> vm.runner().setProgressListener(recorder(progress)));
        robot.interact(() -> vm.importPaths(List.of(folder), null));
        waitUntil(() -> vm.lastImportProperty().get() != null);
        assertTrue(progress.stream().anyMatch(m -> m.contains("good.txt")), progress.toString());
        assertEquals(6, vm.snapshotProperty().get().documents().size());
        assertTrue(vm.statusProperty().get().contains("1 imported") && vm.statusProperty().get().contains("1 failed"), vm.statusProperty().get());
        assertTrue(vm.lastImportProperty().get().files().stream()
                .anyMatch(f -> f.path().endsWith("bad.txt") && f.line().startsWith("failed:")));
    }

    private static TaskRunner.ProgressListener recorder(List<String> sink) {
        return (title, fraction, message, running) -> {
            if (running && message != null) sink.add(message);
        };
    }

    @Test
    void settingTheUndatedArticlesDateMovesItsEventsFromTheTrayOntoTheTimeline(FxRobot robot) throws Exception {
        assertFalse(window.selection().visibleUndated().isEmpty(), "the undated article's events wait in the tray");
        Document undated = vm.snapshotProperty().get().documents().stream().filter(d -> d.published() == null).findFirst().orElseThrow();
        Event trayEvent = window.selection().visibleUndated().get(0);
        robot.interact(() -> window.selection().selectedEventProperty().set(trayEvent));
        waitUntil(() -> window.selection().sourceViewProperty().get() != null);
        robot.clickOn("#set-date");
        robot.lookup("#date-field").queryTextInputControl();
        robot.interact(() -> robot.lookup("#date-field").queryTextInputControl().setText("2021-11-15"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.selection().visibleUndated().isEmpty());
        Document dated = vm.snapshotProperty().get().documentsById().get(undated.id());
        assertEquals("2021-11-15", dated.published().timeml());
        assertTrue(vm.snapshotProperty().get().events().stream().anyMatch(e -> e.when().timeml().equals("2021-11-12")),
                "“November 12” in an article of 15 November 2021 is 2021-11-12");
        assertFalse(robot.lookup("#undated-tray").tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
    }

    @Test
    void anEditedEventKeepsItsEditInANewWindowOnTheSameDatabase(FxRobot robot) throws Exception {
        Event e = eventWith("recogni");
        robot.interact(() -> window.selection().selectedEventProperty().set(e));
        robot.clickOn("#edit-event");
        robot.interact(() -> robot.lookup("#edit-title").queryTextInputControl().setText("Moscow recognises South Ossetia and Abkhazia"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm.snapshotProperty().get().allEvents().stream().anyMatch(x -> x.title().startsWith("Moscow recognises")));
        vm.close();
        open(robot);
        assertTrue(vm.snapshotProperty().get().allEvents().stream().anyMatch(x -> x.title().equals("Moscow recognises South Ossetia and Abkhazia")));
        robot.interact(vm::undo);
        waitUntil(() -> vm.snapshotProperty().get().allEvents().stream().noneMatch(x -> x.title().startsWith("Moscow recognises")));
    }
}
