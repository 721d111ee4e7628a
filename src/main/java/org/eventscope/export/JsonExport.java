package org.eventscope.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventscope.model.Analysis;
import org.eventscope.model.DateSource;
import org.eventscope.model.Document;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.EntityMention;
import org.eventscope.model.Event;
import org.eventscope.model.EventSource;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.Participant;
import org.eventscope.model.TimeValue;
import org.eventscope.model.Timex;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The {@code eventscope/1} JSON shapes: the export of a store, and the analysis of one document. */
public final class JsonExport {
    public static final String SCHEMA = "eventscope/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonExport() {
    }

    public static String documentId(long id) { return "d" + id; }
    public static String participantId(long id) { return "p" + id; }
    public static String eventId(long id) { return "e" + id; }

    public static ObjectNode export(ExportData data) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode docs = root.putArray("documents");
        for (Document d : data.documents()) {
            ObjectNode o = docs.addObject();
            o.put("id", documentId(d.id()));
            documentFields(o, new DocumentInfo(d.file(), d.title(), d.published(), d.publishedFrom(), d.author()));
        }
        ArrayNode parts = root.putArray("participants");
        for (Participant p : data.participants()) {
            ObjectNode o = parts.addObject();
            o.put("id", participantId(p.id()));
            o.put("name", p.name());
            o.put("kind", p.kind().name());
            o.put("title", p.title());
            ArrayNode aliases = o.putArray("aliases");
            p.aliases().forEach(aliases::add);
            ArrayNode in = o.putArray("documents");
            for (long docId : data.documentsByParticipant().getOrDefault(p.id(), List.of())) in.add(documentId(docId));
        }
        ArrayNode events = root.putArray("events");
        for (Event e : data.events()) {
            ObjectNode o = events.addObject();
            o.put("id", eventId(e.id()));
            o.put("kind", e.kind().name());
            o.put("title", e.title());
            whenFields(o, e.when());
            ArrayNode ps = o.putArray("participants");
            e.participantIds().forEach(id -> ps.add(participantId(id)));
            o.put("disputed", e.disputed());
            o.put("confidence", Math.round(e.confidence() * 100) / 100.0);
            ArrayNode sources = o.putArray("sources");
            for (EventSource s : e.sources()) {
                ObjectNode so = sources.addObject();
                so.put("document", documentId(s.documentId()));
                sourceFields(so, s.sentence(), s.offset(), s.length(), s.dateText(), s.when());
            }
        }
        return root;
    }

    public static ObjectNode analysis(Analysis a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        documentFields(root.putObject("document"), a.document());
        ArrayNode timex = root.putArray("timex");
        for (Timex t : a.timex()) {
            ObjectNode o = timex.addObject();
            o.put("text", t.text());
            o.put("value", t.value());
            o.put("type", t.type().name());
            o.put("offset", t.offset());
        }
        ArrayNode entities = root.putArray("entities");
        for (EntityMention m : a.entities()) {
            ObjectNode o = entities.addObject();
            o.put("text", m.text());
            o.put("kind", m.kind().name());
            o.put("name", m.name());
            o.put("offset", m.offset());
        }
        ArrayNode events = root.putArray("events");
        int n = 0;
        for (ExtractedEvent e : a.events()) {
            ObjectNode o = events.addObject();
            o.put("id", eventId(++n));
            o.put("kind", e.kind().name());
            o.put("title", e.title());
            whenFields(o, e.when());
            ArrayNode ps = o.putArray("participants");
            e.participants().forEach(ps::add);
            o.put("disputed", false);
            o.put("confidence", Math.round(e.confidence() * 100) / 100.0);
            ObjectNode so = o.putArray("sources").addObject();
            sourceFields(so, e.sentence(), e.offset(), e.length(), e.dateText(), e.when());
        }
        return root;
    }

    private static void documentFields(ObjectNode o, DocumentInfo d) {
        o.put("file", d.file());
        o.put("title", d.title());
        o.put("published", d.published() == null ? null : d.published().timeml());
        o.put("publishedFrom", (d.published() == null ? DateSource.UNKNOWN : d.publishedFrom()).json());
        if (d.author() != null) o.put("author", d.author());
    }

    private static void whenFields(ObjectNode o, TimeValue when) {
        o.put("when", when.timeml());
        o.put("start", when.start().map(Object::toString).orElse(null));
        o.put("end", when.end().map(Object::toString).orElse(null));
        o.put("precision", when.precision().name());
        o.put("yearKnown", when.yearKnown());
    }

    private static void sourceFields(ObjectNode so, String sentence, int offset, int length, String dateText, TimeValue when) {
        so.put("sentence", sentence);
        so.put("offset", offset);
        so.put("length", length);
        so.put("dateText", dateText);
        so.put("when", when == null ? null : when.timeml());
    }

    public static void write(ObjectNode node, OutputStream out) throws IOException {
        JSON.writeValue(new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        }, node);
        out.write('\n');
        out.flush();
    }

    public static ObjectMapper mapper() {
        return JSON;
    }
}
