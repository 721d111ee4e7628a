package org.eventscope.ingest;

import org.eventscope.extract.EventMerger;
import org.eventscope.extract.Extractor;
import org.eventscope.model.Analysis;
import org.eventscope.model.Document;
import org.eventscope.model.TimeValue;
import org.eventscope.store.Documents;
import org.eventscope.store.Store;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs the extractor again over stored documents (after a rule change, or after a user sets a document's date)
 * and rebuilds the merged events; user corrections are re-applied, never lost.
 */
public final class Reanalyzer {
    private final Store store;
    private final Extractor extractor;
    private final Supplier<EventMerger> merger;

    public Reanalyzer(Store store, Extractor extractor, EventMerger merger) {
        this(store, extractor, () -> merger);
    }

    /**
     * With the standard rules. The merger is made only when events are rebuilt, so asking what is
     * {@link #outdated()} loads no word lists (the standard extractor builds its stages on first use too).
     */
    public Reanalyzer(Store store) {
        this(store, Extractor.standard(), EventMerger::standard);
    }

    private Reanalyzer(Store store, Extractor extractor, Supplier<EventMerger> merger) {
        this.store = store;
        this.extractor = extractor;
        this.merger = merger;
    }

    /** Sets a document's publication date as a user correction, then re-resolves everything in it. */
    public void setDocumentDate(long documentId, TimeValue published) {
        Document d = store.documents().get(documentId)
                .orElseThrow(() -> new IllegalArgumentException("No document " + documentId));
        store.corrections().setDocumentDate(d, published);
        reanalyze(List.of(documentId));
    }

    /** Re-analyses the given documents and rebuilds events. */
    public void reanalyze(List<Long> documentIds) {
        reanalyze(documentIds, (done, total) -> { }, () -> false);
    }

    /** Reports {@code done} of {@code total} documents re-analysed so far. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /**
     * Re-analyses the given documents, one transaction each, then rebuilds the merged events once. When
     * {@code cancelled} turns true it stops after the document at hand and still rebuilds, so what was redone
     * shows; the rest keep their earlier analysis. Returns how many documents were re-analysed.
     */
    public int reanalyze(List<Long> documentIds, Progress progress, BooleanSupplier cancelled) {
        int done = 0;
        for (long id : documentIds) {
            if (cancelled.getAsBoolean()) break;
            progress.update(done, documentIds.size());
            Document d = store.documents().get(id).orElse(null);
            if (d != null) {
                Analysis a = extractor.analyze(d.text(), Documents.info(d));
                store.inTransaction(() -> {
                    store.participants().replaceAnalysis(id, a);
                    store.events().storeMentions(id, a.events());
                    store.documents().setAnalysedWith(id, extractor.rules());
                    return null;
                });
            }
            done++;
        }
        progress.update(done, documentIds.size());
        store.rebuildEvents(merger.get());
        return done;
    }

    /** Re-analyses every document; returns how many were re-analysed. */
    public int reanalyzeAll(Progress progress, BooleanSupplier cancelled) {
        return reanalyze(store.documents().ids(), progress, cancelled);
    }

    /** Re-analyses every document. */
    public void reanalyzeAll() {
        reanalyzeAll((done, total) -> { }, () -> false);
    }

    /** The documents analysed by other rules than this extractor's (an older Eventscope, or unrecorded). */
    public List<Long> outdated() {
        return store.documents().analysedWithOtherRules(extractor.rules());
    }

    /**
     * Brings the analyses made by other rules up to date (after an update of Eventscope); user corrections are
     * re-applied. Returns how many documents were re-analysed (0 when all were current; nothing is rebuilt then).
     */
    public int updateOutdated(Progress progress, BooleanSupplier cancelled) {
        List<Long> ids = outdated();
        return ids.isEmpty() ? 0 : reanalyze(ids, progress, cancelled);
    }
}
