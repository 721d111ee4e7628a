package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.DocumentInfo;

/** Turns one document's text into dates, participants and events. Implementations are thread-safe. */
public interface Extractor {

    /**
     * Analyses {@code text} (the whole file as decoded, header included); {@code info.published()}
     * is the document creation time that relative dates resolve against, or null when unknown.
     * Never throws on any text; every offset lies inside the text.
     */
    Analysis analyze(String text, DocumentInfo info);

    /**
     * Identifies the rules this extractor applies; it changes whenever they change, so analyses stored by other
     * rules can be found and redone. Extractors that do not track their rules return their class name.
     */
    default String rules() {
        return getClass().getName();
    }

    /** The extractor the application uses. */
    static Extractor standard() {
        return new NewsExtractor();
    }
}
