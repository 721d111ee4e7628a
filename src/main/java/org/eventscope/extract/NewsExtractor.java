package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.DocumentInfo;

import java.util.List;

/** The news extractor. (Placeholder until issue "Extraction": finds nothing yet.) */
final class NewsExtractor implements Extractor {
    @Override
    public Analysis analyze(String text, DocumentInfo info) {
        return new Analysis(info, List.of(), List.of(), List.of(), List.of());
    }
}
