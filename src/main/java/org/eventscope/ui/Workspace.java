package org.eventscope.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.eventscope.model.EventKind;
import org.eventscope.timeline.EventFilter;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the main window on a stage with its stylesheets, and restores and saves what it remembers between runs
 * (window size and position, split positions, filters, theme; the timeline adds zoom, range and lanes).
 */
public final class Workspace {
    static final String LIGHT = "/org/eventscope/ui/app.css";
    static final String DARK = "/org/eventscope/ui/app-dark.css";

    private final Stage stage;
    private final MainWindow window;
    private final UiSettings settings;

    private Workspace(Stage stage, MainWindow window, UiSettings settings) {
        this.stage = stage;
        this.window = window;
        this.settings = settings;
    }

    public static Workspace open(Stage stage, MainViewModel vm) {
        UiSettings settings = UiSettings.load(vm.databasePath());
        MainWindow window = new MainWindow(vm);
        Scene scene = new Scene(window, settings.width, settings.height);
        Workspace w = new Workspace(stage, window, settings);
        w.restore();
        window.darkTheme().selectedProperty().addListener((o, a, dark) -> w.applyTheme(dark));
        w.applyTheme(settings.dark);
        window.setOnQuit(() -> {
            w.save();
            stage.close();
            Platform.exit();
        });
        stage.setTitle("Eventscope — " + vm.databasePath().getFileName());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> w.save());
        stage.show();
        return w;
    }

    public MainWindow window() {
        return window;
    }

    void applyTheme(boolean dark) {
        Scene scene = window.getScene();
        if (scene == null) return;
        scene.getStylesheets().setAll(resource(LIGHT));
        if (dark) scene.getStylesheets().add(resource(DARK));
        window.timeline().view().getStylesheets().setAll(dark ? org.eventscope.ui.timeline.TimelineView.DARK_STYLESHEET
                : org.eventscope.ui.timeline.TimelineView.LIGHT_STYLESHEET);
        window.darkTheme().setSelected(dark);
        window.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
    }

    private static String resource(String path) {
        var url = Workspace.class.getResource(path);
        return url == null ? "" : url.toExternalForm();
    }

    private void restore() {
        if (!Double.isNaN(settings.x) && !Double.isNaN(settings.y) && onScreen(settings.x, settings.y)) {
            stage.setX(settings.x);
            stage.setY(settings.y);
        }
        stage.setMaximized(settings.maximized);
        if (settings.dividers != null && settings.dividers.size() == 2) {
            window.mainSplit().setDividerPositions(settings.dividers.get(0), settings.dividers.get(1));
        }
        window.centreSplit().setDividerPositions(settings.centerDivider);
        window.timeline().restore(settings);
        SelectionViewModel sel = window.selection();
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (String k : settings.kinds) {
            try {
                kinds.add(EventKind.valueOf(k));
            } catch (IllegalArgumentException ignored) {
                // a kind this version does not know
            }
        }
        sel.hideLowConfidenceProperty().set(settings.hideLowConfidence);
        sel.filterProperty().set(sel.filterProperty().get().withKinds(kinds).withRange(day(settings.from), day(settings.to)));
    }

    private static LocalDate day(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean onScreen(double x, double y) {
        return !Screen.getScreensForRectangle(x, y, 40, 40).isEmpty();
    }

    /** Writes what the window remembers. */
    public void save() {
        if (!stage.isMaximized()) {
            settings.x = stage.getX();
            settings.y = stage.getY();
            settings.width = stage.getWidth();
            settings.height = stage.getHeight();
        }
        settings.maximized = stage.isMaximized();
        double[] d = window.mainSplit().getDividerPositions();
        settings.dividers = List.of(d[0], d[1]);
        settings.centerDivider = window.centreSplit().getDividerPositions()[0];
        EventFilter f = window.selection().filterProperty().get();
        settings.kinds = f.kinds().stream().map(Enum::name).sorted().toList();
        settings.hideLowConfidence = window.selection().hideLowConfidenceProperty().get();
        settings.from = f.from() == null ? null : f.from().toString();
        settings.to = f.to() == null ? null : f.to().toString();
        settings.dark = window.darkTheme().isSelected();
        window.saveTimeline(settings);
        settings.save(window.viewModel().databasePath());
    }
}
