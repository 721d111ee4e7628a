package org.eventscope.store;

import org.eventscope.extract.EventMerger;
import org.eventscope.model.Analysis;
import org.eventscope.model.DateSource;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.EntityMention;
import org.eventscope.model.Event;
import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.Participant;
import org.eventscope.model.ParticipantKind;
import org.eventscope.model.TimeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.eventscope.model.ParticipantKind.PERSON;
import static org.eventscope.model.ParticipantKind.PLACE;

/**
 * A small corpus built with the real store API (the extractor is not used): three articles about one meeting and a
 * protest, with hand-made analyses. The standard merger joins A's and C's meeting (same kind, day and a shared name)
 * and keeps B's reports apart, because B spells the names in full.
 */
final class Corpus {
    static final String A = "Lavrov met Medoev in Moscow on Monday. The talks ended at night.";
    static final String B = "Sergei Lavrov held talks with Alan Medoev on 25 January 2021. Georgia protested on 27 January.";
    static final String C = "Lavrov and Medoev met in Moscow on Monday, officials said.";
    static final String D = "Lavrov spoke in Moscow on 2 February 2021.";

    final Store store;
    final Map<String, Long> docs = new LinkedHashMap<>();
    private final Map<Long, Analysis> analyses = new LinkedHashMap<>();

    Corpus(Store store) {
        this.store = store;
    }

    /** Imports A, B and C and builds events. */
    static Corpus imported(Store store) {
        Corpus k = new Corpus(store);
        k.add("a.txt", A, TimeValue.day(2021, 1, 25), analysisOfA());
        k.add("b.txt", B, TimeValue.day(2021, 1, 26), analysisOfB());
        k.add("c.txt", C, TimeValue.day(2021, 1, 25), analysisOfC());
        k.rebuild();
        return k;
    }

    /** Reopening a store: the documents are found again by content hash. */
    static Corpus reopened(Store store) {
        Corpus k = new Corpus(store);
        Map<String, Analysis> known = new LinkedHashMap<>();
        known.put("a.txt", analysisOfA());
        known.put("b.txt", analysisOfB());
        known.put("c.txt", analysisOfC());
        known.put("d.txt", analysisOfD());
        for (var e : known.entrySet()) {
            store.documents().idByHash("hash-" + e.getKey()).ifPresent(id -> {
                k.docs.put(e.getKey(), id);
                k.analyses.put(id, e.getValue());
            });
        }
        return k;
    }

    /** Imports a document the way the importer does: the document and its analysis in one transaction. */
    long add(String file, String text, TimeValue published, Analysis analysis) {
        long id = store.inTransaction(() -> {
            long docId = store.documents().insert("/news/" + file, "hash-" + file, text,
                    new DocumentInfo(file, file, published, DateSource.HEADER, null), Instant.now());
            store.participants().storeAnalysis(docId, analysis);
            store.events().storeMentions(docId, analysis.events());
            return docId;
        });
        docs.put(file, id);
        analyses.put(id, analysis);
        return id;
    }

    /** A later article mentioning "Lavrov" again, imported and followed by a rebuild as the importer does. */
    void importD() {
        add("d.txt", D, TimeValue.day(2021, 2, 2), analysisOfD());
        rebuild();
    }

    void rebuild() {
        store.rebuildEvents(EventMerger.strict());
    }

    /** Re-analyses one document as the re-analyser does (same analysis again), without rebuilding. */
    void reanalyse(String file) {
        long id = docs.get(file);
        Analysis a = analyses.get(id);
        store.inTransaction(() -> {
            store.participants().replaceAnalysis(id, a);
            store.events().storeMentions(id, a.events());
            return null;
        });
    }

    /** Re-analyses every document and rebuilds events. */
    void reanalyseAll() {
        for (String f : docs.keySet()) reanalyse(f);
        rebuild();
    }

    // ---- reading back -----------------------------------------------------------------------------------------

    List<Event> events() {
        return store.events().inRange(null, null);
    }

    Event event(String title) {
        List<Event> found = events().stream().filter(e -> e.title().equals(title)).toList();
        if (found.size() != 1) throw new AssertionError("expected one event titled " + title + " but found " + found.size()
                + " among " + events().stream().map(Event::title).toList());
        return found.get(0);
    }

    Participant participant(String name) {
        List<Participant> found = store.participants().all().stream().filter(p -> p.name().equals(name)).toList();
        if (found.size() != 1) throw new AssertionError("expected one participant named " + name + " but found "
                + store.participants().all().stream().map(Participant::name).toList());
        return found.get(0);
    }

    boolean hasParticipant(String name) {
        return store.participants().all().stream().anyMatch(p -> p.name().equals(name));
    }

    String nameOf(long participantId) {
        return store.participants().get(participantId).map(Participant::name).orElse("#" + participantId);
    }

    /** The names taking part in an event, sorted. */
    List<String> people(Event e) {
        return e.participantIds().stream().map(this::nameOf).sorted().toList();
    }

    /** The files an event's sources come from, sorted. */
    List<String> files(Event e) {
        Map<Long, String> byId = docs.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return e.sources().stream().map(s -> byId.get(s.documentId())).sorted().toList();
    }

    /** Who each name written in a document refers to: "Lavrov@0" to "Lavrov". */
    Map<String, String> mentions(String file) {
        Map<String, String> out = new TreeMap<>();
        String text = store.documents().get(docs.get(file)).orElseThrow().text();
        for (Participants.Mention m : store.participants().mentionsIn(docs.get(file))) {
            out.put(text.substring(m.offset(), m.offset() + m.length()) + "@" + m.offset(), nameOf(m.participantId()));
        }
        return out;
    }

    /**
     * Everything a user sees, without ids: participants with kind, title and aliases; who every mention refers to;
     * events with kind, date, disputed flag, source count, files and participants.
     */
    List<String> picture() {
        List<String> out = new ArrayList<>();
        for (Participant p : store.participants().all()) {
            out.add("participant " + p.name() + " " + p.kind() + " title=" + p.title() + " aliases=" + p.aliases().stream().sorted().toList());
        }
        for (String f : docs.keySet()) out.add("mentions " + f + " " + mentions(f));
        List<String> evs = new ArrayList<>();
        for (Event e : events()) {
            evs.add("event " + e.title() + " " + e.kind() + " " + e.when().timeml() + " disputed=" + e.disputed()
                    + " sources=" + files(e) + " people=" + people(e));
        }
        evs.sort(null);
        out.addAll(evs);
        return out;
    }

    // ---- the analyses ------------------------------------------------------------------------------------------

    static Analysis analysisOfA() {
        return analysis(A, List.of(person("Lavrov"), person("Medoev"), place("Moscow")),
                mentions(A, "Lavrov", "Lavrov", PERSON, "Medoev", "Medoev", PERSON, "Moscow", "Moscow", PLACE),
                List.of(event(A, EventKind.MEETING, "Lavrov meets Medoev", "2021-01-25", "Lavrov met Medoev in Moscow on Monday.",
                        "on Monday", "Lavrov", "Medoev")));
    }

    static Analysis analysisOfB() {
        return analysis(B, List.of(person("Sergei Lavrov"), person("Alan Medoev"), place("Georgia")),
                mentions(B, "Sergei Lavrov", "Sergei Lavrov", PERSON, "Alan Medoev", "Alan Medoev", PERSON,
                        "Georgia", "Georgia", PLACE),
                List.of(event(B, EventKind.MEETING, "Sergei Lavrov holds talks with Alan Medoev", "2021-01-25",
                                "Sergei Lavrov held talks with Alan Medoev on 25 January 2021.", "on 25 January 2021",
                                "Sergei Lavrov", "Alan Medoev"),
                        event(B, EventKind.PROTEST, "Georgia protests", "2021-01-27", "Georgia protested on 27 January.",
                                "on 27 January", "Georgia")));
    }

    static Analysis analysisOfC() {
        return analysis(C, List.of(person("Lavrov"), person("Medoev"), place("Moscow")),
                mentions(C, "Lavrov", "Lavrov", PERSON, "Medoev", "Medoev", PERSON, "Moscow", "Moscow", PLACE),
                List.of(event(C, EventKind.MEETING, "Lavrov and Medoev meet", "2021-01-25",
                        "Lavrov and Medoev met in Moscow on Monday, officials said.", "on Monday", "Lavrov", "Medoev")));
    }

    static Analysis analysisOfD() {
        return analysis(D, List.of(person("Lavrov"), place("Moscow")),
                mentions(D, "Lavrov", "Lavrov", PERSON, "Moscow", "Moscow", PLACE),
                List.of(event(D, EventKind.STATEMENT, "Lavrov speaks", "2021-02-02", D, "on 2 February 2021", "Lavrov")));
    }

    static ExtractedParticipant person(String name) {
        return new ExtractedParticipant(name, PERSON, null, List.of());
    }

    static ExtractedParticipant place(String name) {
        return new ExtractedParticipant(name, PLACE, null, List.of());
    }

    static Analysis analysis(String text, List<ExtractedParticipant> participants, List<EntityMention> mentions,
                             List<ExtractedEvent> events) {
        return new Analysis(new DocumentInfo("x", "x", null, DateSource.UNKNOWN, null), List.of(), mentions, participants, events);
    }

    /** Mentions from (text as written, canonical name, kind) triples, each at its first place in the text. */
    static List<EntityMention> mentions(String text, Object... triples) {
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            String written = (String) triples[i];
            out.add(new EntityMention(written, (ParticipantKind) triples[i + 2], (String) triples[i + 1], text.indexOf(written)));
        }
        return out;
    }

    static ExtractedEvent event(String text, EventKind kind, String title, String when, String sentence, String dateText,
                                String... people) {
        int offset = text.indexOf(sentence);
        if (offset < 0) throw new IllegalArgumentException(sentence);
        return new ExtractedEvent(kind, title, TimeValue.parse(when).orElseThrow(), 0.8, List.of(people), sentence,
                offset, sentence.length(), dateText);
    }
}
