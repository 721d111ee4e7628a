package org.eventscope.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The JavaFX application. Started through {@link AppLauncher}, never as the main class itself. */
public final class EventscopeApp extends Application {
    private MainViewModel vm;

    @Override
    public void start(Stage stage) {
        Path db = Path.of(getParameters().getNamed().get("db"));
        String shot = getParameters().getNamed().get("screenshot");
        vm = new MainViewModel(db, TaskRunner.background());
        MainWindow window = new MainWindow(vm);
        Scene scene = new Scene(window, 1280, 800);
        var css = EventscopeApp.class.getResource("/org/eventscope/ui/app.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        stage.setTitle("Eventscope — " + db.getFileName());
        stage.setScene(scene);
        stage.show();
        if (shot != null) SelfTest.watch(vm, scene, Path.of(shot));
        vm.start();
    }

    @Override
    public void stop() {
        if (vm != null) vm.close();
        Platform.exit();
    }
}
