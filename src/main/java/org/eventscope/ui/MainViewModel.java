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

    private final ExportService exports;

    public MainViewModel(Path databasePath, TaskRunner runner) {
        this(databasePath, runner, null);
    }

    /** {@code exports} may be null: File ▸ Export then says it is not available. */
    public MainViewModel(Path databasePath, TaskRunner runner, ExportService exports) {
        this.databasePath = databasePath;
        this.runner = runner;
        this.exports = exports;
    }

    public ExportService exports() { return exports; }

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
            if (store.documents().count() == 0 && store.events().count() == 0) {
                progress.update(-1, "Importing the sample articles…");
                Path folder = databasePath.toAbsolutePath().getParent().resolve("sample-corpus");
                new Importer(store).importPaths(SampleCorpus.copyTo(folder),
                        (d, t, f) -> progress.update(t == 0 ? -1 : (double) d / t, "Importing sample " + (d + 1) + " of " + t),
                        progress::isCancelled);
            }
            return WorkspaceSnapshot.read(store);
        }, s -> {
            show(s);
            reanalyse(false);
        }, this::fail);
    }

    /**
     * Re-analyses articles in the background with progress, keeping every user correction: with {@code all}
     * false only those an earlier version's rules analysed (after an update of Eventscope; nothing happens
     * when all are current), else every article. Cancelling keeps what was redone; the rest is redone next time.
     */
    public void reanalyse(boolean all) {
        runCancellable(all ? "Re-analysing" : "Checking the analysis", (store, progress) -> {
            Reanalyzer r = new Reanalyzer(store);
            Reanalyzer.Progress p = (d, t) -> progress.update(t == 0 ? -1 : (double) d / t,
                    "Re-analysing article " + Math.min(d + 1, t) + " of " + t + (all ? "" : " with this version's rules"));
            int n = all ? r.reanalyzeAll(p, progress::isCancelled) : r.updateOutdated(p, progress::isCancelled);
            return n == 0 ? null : new Reanalysed(WorkspaceSnapshot.read(store), n);
        }, r -> {
            if (r == null) return;
            show(r.snapshot());
            status.set("Re-analysed " + r.count() + (r.count() == 1 ? " article" : " articles")
                    + (all ? "" : " with this version's rules") + "; corrections kept — " + status.get());
        });
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
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        TaskRunner.Handle h = runner.submit(title, progress -> {
            requireStore();
            return work.run(store, progress);
        }, r -> {
            over.set(true);
            cancellable = null;
            done.accept(r);
        }, t -> {
            over.set(true);
            cancellable = null;
            fail(t);
        });
        if (!over.get()) cancellable = h; // a runner on the calling thread has finished already
    }

    @FunctionalInterface
    public interface CancellableWork<T> {
        T run(Store store, TaskRunner.Progress progress) throws Exception;
    }

    private record ImportResult(ImportReport report, WorkspaceSnapshot snapshot) {
    }

    private record Reanalysed(WorkspaceSnapshot snapshot, int count) {
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

    /** Merges event {@code mergeId} into {@code keepId}: one event with both events' sources (a user correction). */
    public void mergeEvents(long keepId, long mergeId) {
        update("Merging events", store -> require(store.corrections().mergeEvents(keepId, mergeId, store.events()),
                "These events cannot be merged (an event generated without sources cannot be corrected)."));
    }

    /** Splits one source off an event into an event of its own (a user correction). */
    public void splitSource(long eventId, long documentId, int sentenceOffset) {
        update("Splitting the source off", store -> require(store.corrections().splitSource(eventId, documentId, sentenceOffset,
                store.events()).isPresent(), "An event with a single source cannot be split."));
    }

    /** Merges participant {@code mergeId} into {@code keepId}: its names become aliases (a user correction). */
    public void mergeParticipants(long keepId, long mergeId) {
        update("Merging participants", store -> require(store.corrections().mergeParticipants(keepId, mergeId),
                "These participants cannot be merged."));
    }

    /** Renames a participant; the old name stays as an alias (a user correction). */
    public void renameParticipant(long id, String name) {
        update("Renaming", store -> require(store.corrections().renameParticipant(id, name), "A name cannot be empty."));
    }

    private static void require(boolean done, String otherwise) {
        if (!done) throw new IllegalArgumentException(otherwise);
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
        status.set(s.documents().size() + " documents, " + String.format("%,d", s.eventCount() - s.undated().size()) + " events"
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
