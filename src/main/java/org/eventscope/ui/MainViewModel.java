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
import org.eventscope.extract.EventMerger;
import org.eventscope.ingest.Reanalyzer;
import org.eventscope.model.TimeValue;
import org.eventscope.store.Corrections;
import org.eventscope.store.Search;
import org.eventscope.store.Store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    private volatile TaskRunner.Handle cancellable;

    /** Cancels the running import or export, if any (it stops after the file at hand). */
    public void cancelRunning() {
        TaskRunner.Handle h = cancellable;
        if (h != null) h.cancel();
    }

    public boolean isCancellable() {
        return cancellable != null;
    }

    /** Runs cancellable store work with progress (an import or an export). */
    public <T> void runCancellable(String title, CancellableWork<T> work, Consumer<T> done) {
        cancellable = runner.submit(title, progress -> {
            requireStore();
            return work.run(store, progress);
        }, r -> {
            cancellable = null;
            done.accept(r);
        }, t -> {
            cancellable = null;
            fail(t);
        });
    }

    @FunctionalInterface
    public interface CancellableWork<T> {
        T run(Store store, TaskRunner.Progress progress) throws Exception;
    }

    private record ImportResult(ImportReport report, WorkspaceSnapshot snapshot) {
    }

    /** Imports files and folders in the background, then reloads. */
    public void importPaths(List<Path> paths, Consumer<ImportReport> done) {
        runCancellable("Importing", (store, progress) -> {
            ImportReport report = new Importer(store).importPaths(paths,
                    (d, t, f) -> progress.update(t == 0 ? -1 : (double) d / t,
                            f == null ? "Merging events…" : "Importing " + f.getFileName() + " (" + (d + 1) + " of " + t + ")"),
                    progress::isCancelled);
            return new ImportResult(report, WorkspaceSnapshot.read(store));
        }, r -> {
            show(r.snapshot());
            lastImport.set(r.report());
            status.set(r.report().summary());
            if (done != null) done.accept(r.report());
        });
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

    /** Sets a document's publication date (a user correction) and re-resolves its events. */
    public void setDocumentDate(long documentId, TimeValue published) {
        update("Setting the publication date", store -> new Reanalyzer(store).setDocumentDate(documentId, published));
    }

    /** Corrects one field of an event (a user correction that survives re-analysis). */
    public void editEvent(long eventId, Corrections.EventField field, String value) {
        update("Correcting the event", store -> {
            if (!store.corrections().editEvent(eventId, field, value, store.events())) {
                throw new IllegalArgumentException("This event has no source to anchor a correction to.");
            }
        });
    }

    /** Undoes the newest correction, restoring what it changed. */
    public void undo() {
        update("Undoing the last correction", store -> {
            Optional<Corrections.Correction> undone = store.corrections().undoLast();
            if (undone.isEmpty()) return;
            Corrections.Correction c = undone.get();
            if (c.target().equals("document")) {
                Optional<Long> doc = store.documents().idByHash(c.targetKey());
                if (doc.isPresent()) {
                    new Reanalyzer(store).reanalyze(List.of(doc.get()));
                    return;
                }
            }
            store.rebuildEvents(EventMerger.standard());
        });
    }

    /** Full-text search in the background; hits are handed over on the FX thread. */
    public void search(String typed, Consumer<List<Search.Hit>> onHits) {
        query("Searching", store -> store.search(typed, 50), onHits);
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
