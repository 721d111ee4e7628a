package org.eventscope.ingest;

import org.eventscope.extract.EventMerger;
import org.eventscope.extract.Extractor;
import org.eventscope.model.Analysis;
import org.eventscope.model.Document;
import org.eventscope.model.TimeValue;
import org.eventscope.store.Documents;
import org.eventscope.store.Store;

import java.util.List;

/**
 * Runs the extractor again over stored documents (after a rule change, or after a user sets a document's date)
 * and rebuilds the merged events; user corrections are re-applied, never lost.
 */
public final class Reanalyzer {
    private final Store store;
    private final Extractor extractor;
    private final EventMerger merger;

    public Reanalyzer(Store store, Extractor extractor, EventMerger merger) {
        this.store = store;
        this.extractor = extractor;
        this.merger = merger;
    }

    public Reanalyzer(Store store) {
        this(store, Extractor.standard(), EventMerger.standard());
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
        for (long id : documentIds) {
            Document d = store.documents().get(id).orElse(null);
            if (d == null) continue;
            Analysis a = extractor.analyze(d.text(), Documents.info(d));
            store.inTransaction(() -> {
                store.participants().replaceAnalysis(id, a);
                store.events().storeMentions(id, a.events());
                return null;
            });
        }
        store.rebuildEvents(merger);
    }

    /** Re-analyses every document. */
    public void reanalyzeAll() {
        reanalyze(store.documents().all().stream().map(Document::id).toList());
    }
}
