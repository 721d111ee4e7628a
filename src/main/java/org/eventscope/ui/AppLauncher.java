package org.eventscope.ui;

import javafx.application.Application;

import java.io.PrintStream;
import java.nio.file.Path;

/** Starts the GUI. */
public final class AppLauncher {
    private static volatile ExportService exports;

    private AppLauncher() {
    }

    /** The export layer the window will use (set by the command line before launching). */
    public static void setExportService(ExportService service) {
        exports = service;
    }

    static ExportService exportService() {
        return exports;
    }

    /** Opens the window on {@code db}; returns when the user closes it. */
    public static void launch(Path db) {
        Application.launch(EventscopeApp.class, "--db=" + db.toAbsolutePath());
    }

    /** Opens the window, waits for it to paint the data, writes a screenshot, closes; returns the exit code. */
    public static int selfTest(Path db, Path screenshot, PrintStream err) {
        try {
            Application.launch(EventscopeApp.class, "--db=" + db.toAbsolutePath(), "--screenshot=" + screenshot.toAbsolutePath());
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            err.println("eventscope: the window could not start: " + e.getMessage());
            return 1;
        }
        (SelfTest.RESULT.get() == 0 ? System.out : err).println(SelfTest.MESSAGE.get());
        return SelfTest.RESULT.get();
    }
}
