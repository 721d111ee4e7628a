package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.EntityMention;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.Timex;

import java.util.ArrayList;
import java.util.List;

/**
 * The news extractor: tokens and sentences, then dates (against the publication date), names with their
 * aliases, and dated events. Stateless and thread-safe; linear in the text's length.
 */
final class NewsExtractor implements Extractor {
    /** The stages, built on the first analysis: asking for {@link #rules()} does not load the word lists. */
    private static final class Stages {
        final TemporalTagger tagger = new TemporalTagger();
        final EntityRecognizer recognizer = new EntityRecognizer();
        final Coreference coreference = new Coreference();
        final EventExtractor events = new EventExtractor();
    }

    private volatile Stages stages;

    private Stages stages() {
        Stages st = stages;
        if (st == null) {
            synchronized (this) {
                st = stages;
                if (st == null) stages = st = new Stages();
            }
        }
        return st;
    }

    /** A digest of this package's classes and word lists as shipped ({@link RulesFingerprint}). */
    @Override
    public String rules() {
        return RulesFingerprint.get();
    }

    @Override
    public Analysis analyze(String text, DocumentInfo info) {
        DocumentInfo doc = orUnknown(info);
        try {
            return analyzeOrThrow(text, doc);
        } catch (RuntimeException | StackOverflowError e) {
            // a fault in a rule must not lose the import: the document is kept without extraction, and said so
            System.getLogger(NewsExtractor.class.getName()).log(System.Logger.Level.WARNING,
                    "extraction failed for " + doc.file() + "; the document is kept without events", e);
            return new Analysis(doc, List.of(), List.of(), List.of(), List.of());
        }
    }

    /** As {@link #analyze}, but a fault in a rule is thrown: the tests see it instead of an empty analysis. */
    Analysis analyzeOrThrow(String text, DocumentInfo info) {
        return run(text == null ? "" : text, orUnknown(info));
    }

    private static DocumentInfo orUnknown(DocumentInfo info) {
        return info == null ? new DocumentInfo(null, null, null, org.eventscope.model.DateSource.UNKNOWN, null) : info;
    }

    private Analysis run(String text, DocumentInfo info) {
        Stages st = stages();
        TemporalTagger tagger = st.tagger;
        EntityRecognizer recognizer = st.recognizer;
        Coreference coreference = st.coreference;
        EventExtractor events = st.events;
        Tokens t = new Tokens(text);
        Sentences s = new Sentences(t);
        Anchor anchor = new Anchor(info.published());
        List<TemporalTagger.Found> found = tagger.tag(t, s, anchor);
        List<Timex> timex = new ArrayList<>(found.size());
        for (TemporalTagger.Found f : found) {
            int start = t.start[f.from()];
            timex.add(new Timex(text.substring(start, t.end[f.to() - 1]), f.value(), f.type(), start));
        }
        DocumentMetadata.PageLines page = DocumentMetadata.pageLines(text);
        List<EntityRecognizer.Mention> mentions = coreference.resolve(t,
                outsideCredits(t, page.credits(), outsideDates(recognizer.find(t, s), found)), info.author());
        List<EntityMention> entities = new ArrayList<>(mentions.size());
        for (EntityRecognizer.Mention m : mentions) {
            if ("agency".equals(m.title) || m.canonical == null) continue;
            int start = t.start[m.from];
            entities.add(new EntityMention(text.substring(start, t.end[m.to - 1]), m.kind, m.canonical, start));
        }
        List<ExtractedParticipant> participants = Participants.of(t, mentions);
        List<ExtractedEvent> ev = events.extract(t, s, found, mentions, anchor.day);
        if (!page.stamps().isEmpty()) {
            ev = new ArrayList<>(ev);
            for (int[] line : page.stamps()) ev.removeIf(e -> e.offset() >= line[0] && e.offset() < line[1]);
        }
        return new Analysis(info, timex, entities, participants, ev);
    }

    /**
     * The mentions outside credit lines ("Image source, Getty Images", a byline, "Reporting by ...") and not a
     * photographer's name after an agency's ("REUTERS/Monicah Mwangi", "AP Photo/Ben Curtis").
     */
    private static List<EntityRecognizer.Mention> outsideCredits(Tokens t, List<int[]> credits,
                                                                 List<EntityRecognizer.Mention> mentions) {
        List<EntityRecognizer.Mention> kept = new ArrayList<>(mentions.size());
        for (EntityRecognizer.Mention m : mentions) {
            boolean in = photographer(t, m.from);
            for (int[] c : credits) in |= t.start[m.from] >= c[0] && t.start[m.from] < c[1];
            if (!in) kept.add(m);
        }
        return kept.size() == mentions.size() ? mentions : kept;
    }

    /** Whether a name at k follows an agency's credit and a slash: "REUTERS/Monicah Mwangi", "AP Photo/Ben Curtis". */
    private static boolean photographer(Tokens t, int k) {
        if (k < 2 || !t.is(k - 1, '/') || !t.glued(k - 1) || !t.glued(k) || !t.isWord(k - 2)) return false;
        return t.allCaps(k - 2) && t.len(k - 2) >= 2 || t.wordIs(k - 2, "photo");
    }

    /**
     * The names that are not words of a date: "a tremor in May last year" names no place called May. Both lists are
     * in text order; one pass.
     */
    private static List<EntityRecognizer.Mention> outsideDates(List<EntityRecognizer.Mention> mentions,
                                                               List<TemporalTagger.Found> dates) {
        if (dates.isEmpty()) return mentions;
        List<EntityRecognizer.Mention> out = new ArrayList<>(mentions.size());
        int d = 0;
        for (EntityRecognizer.Mention m : mentions) {
            while (d < dates.size() && dates.get(d).to() <= m.from) d++;
            boolean inside = false;
            for (int q = d; q < dates.size() && dates.get(q).from() <= m.from; q++) inside |= m.to <= dates.get(q).to();
            if (!inside) out.add(m);
        }
        return out;
    }
}
