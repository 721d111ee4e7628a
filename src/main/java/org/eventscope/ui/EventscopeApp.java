package org.eventscope.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The JavaFX application. Started through {@link AppLauncher}, never as the main class itself. */
public final class EventscopeApp extends Application {
    private MainViewModel vm;
    private Workspace workspace;

    @Override
    public void start(Stage stage) {
        Path db = Path.of(getParameters().getNamed().get("db"));
        String shot = getParameters().getNamed().get("screenshot");
        vm = new MainViewModel(db, TaskRunner.background(), AppLauncher.exportService());
        // Open the database in the background while the window is built: its result arrives on this thread
        // only after start() returns, so every listener below is in place by then.
        vm.start();
        workspace = Workspace.open(stage, vm);
        if (shot != null) SelfTest.watch(vm, stage.getScene(), Path.of(shot));
    }

    @Override
    public void stop() {
        if (workspace != null) workspace.save();
        if (vm != null) vm.close();
        Platform.exit();
    }
}
