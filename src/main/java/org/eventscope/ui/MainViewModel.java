package org.eventscope.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.eventscope.ingest.ImportReport;
import org.eventscope.ingest.Importer;
import org.eventscope.ingest.SampleCorpus;
import org.eventscope.store.Store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The main window's state. All store work runs on the {@link TaskRunner}; the store is only touched from there.
 */
public final class MainViewModel {
    private final Path databasePath;
    private final TaskRunner runner;
    private Store store;

    private final ObjectProperty<WorkspaceSnapshot> snapshot = new SimpleObjectProperty<>(WorkspaceSnapshot.empty());
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObjectProperty<ImportReport> lastImport = new SimpleObjectProperty<>();

    public MainViewModel(Path databasePath, TaskRunner runner) {
        this.databasePath = databasePath;
        this.runner = runner;
    }

    public ReadOnlyObjectProperty<WorkspaceSnapshot> snapshotProperty() { return snapshot; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ReadOnlyStringProperty errorProperty() { return error; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded; }
    public ReadOnlyObjectProperty<ImportReport> lastImportProperty() { return lastImport; }
    public Path databasePath() { return databasePath; }
    public TaskRunner runner() { return runner; }

    /** Opens the database (importing the bundled sample corpus into an empty one) and loads it. */
    public void start() {
        runner.submit("Opening " + databasePath.getFileName(), progress -> {
            store = Store.open(databasePath);
            if (store.documents().count() == 0) {
                progress.update(-1, "Importing the sample articles…");
                Path folder = databasePath.toAbsolutePath().getParent().resolve("sample-corpus");
                new Importer(store).importPaths(SampleCorpus.copyTo(folder),
                        (d, t, f) -> progress.update(t == 0 ? -1 : (double) d / t, "Importing sample " + (d + 1) + " of " + t),
                        progress::isCancelled);
            }
            return WorkspaceSnapshot.read(store);
        }, this::show, this::fail);
    }

    /** Imports files and folders in the background, then reloads. */
    public TaskRunner.Handle importPaths(List<Path> paths, Consumer<ImportReport> done) {
        return runner.submit("Importing", progress -> {
            requireStore();
            ImportReport report = new Importer(store).importPaths(paths,
                    (d, t, f) -> progress.update(t == 0 ? -1 : (double) d / t,
                            f == null ? "Merging events…" : "Importing " + f.getFileName() + " (" + (d + 1) + " of " + t + ")"),
                    progress::isCancelled);
            return new Object[]{report, WorkspaceSnapshot.read(store)};
        }, r -> {
            ImportReport report = (ImportReport) r[0];
            show((WorkspaceSnapshot) r[1]);
            lastImport.set(report);
            status.set(report.summary());
            if (done != null) done.accept(report);
        }, this::fail);
    }

    /** Runs store work in the background, then reloads the snapshot. */
    public void update(String title, StoreWork work) {
        runner.submit(title, progress -> {
            requireStore();
            work.run(store);
            return WorkspaceSnapshot.read(store);
        }, this::show, this::fail);
    }

    /** Store work. */
    @FunctionalInterface
    public interface StoreWork {
        void run(Store store) throws Exception;
    }

    /** Reads from the store in the background and hands the result over on the FX thread. */
    public <T> void query(String title, StoreQuery<T> query, Consumer<T> onResult) {
        runner.submit(title, progress -> {
            requireStore();
            return query.run(store);
        }, onResult, this::fail);
    }

    @FunctionalInterface
    public interface StoreQuery<T> {
        T run(Store store) throws Exception;
    }

    private void requireStore() {
        if (store == null) throw new IllegalStateException("The database is not open.");
    }

    private void show(WorkspaceSnapshot s) {
        snapshot.set(s);
        error.set(null);
        status.set(s.documents().size() + " documents, " + s.events().size() + " events"
                + (s.undated().isEmpty() ? "" : " (+" + s.undated().size() + " with unknown year)")
                + " — " + databasePath);
        loaded.set(true);
    }

    private void fail(Throwable t) {
        String message = t.getMessage() == null ? t.toString() : t.getMessage();
        error.set(message);
        status.set("Error: " + message);
        loaded.set(true);
    }

    public void close() {
        runner.submit("Closing", progress -> {
            if (store != null) store.close();
            return null;
        }, r -> { }, t -> { });
        runner.close();
    }
}
