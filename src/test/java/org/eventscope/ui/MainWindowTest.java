package org.eventscope.ui;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.eventscope.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window a user sees on first start: the bundled sample articles, imported and listed. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(dir.resolve("first-start.db"), TaskRunner.background());
        stage.setScene(new Scene(new MainWindow(vm), 1200, 800));
        stage.show();
        vm.start();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    @Test
    void firstStartImportsAndShowsTheFiveSampleArticles(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(vm.errorProperty().get());
        @SuppressWarnings("unchecked")
        ListView<Document> list = robot.lookup("#documents").queryAs(ListView.class);
        assertEquals(5, list.getItems().size());
        assertTrue(list.getItems().stream().anyMatch(d -> d.file().equals("002_7a84d5151686bfe4.txt") && d.published() == null));
        assertTrue(robot.lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().contains("date unknown")));
    }
}
