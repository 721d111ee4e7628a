package org.eventscope.export;

import org.eventscope.model.DisplayDates;
import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.EventSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV, one row per event and source (an event without sources gets one row with empty source columns), sorted by date.
 * RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled.
 * UTF-8 with a byte order mark, so spreadsheet programs read Cyrillic and Georgian right.
 */
public final class CsvExport {
    public static final List<String> COLUMNS = List.of("event", "event_id", "date", "when", "start", "end", "precision",
            "kind", "title", "participants", "disputed", "confidence", "source", "document_id", "file", "document_title",
            "published", "source_when", "date_text", "sentence");

    private CsvExport() {
    }

    public static void write(ExportData data, OutputStream out) throws IOException {
        NumberedExport n = new NumberedExport(data);
        Map<Long, Document> docs = data.documentsById();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        row(w, COLUMNS);
        for (int i = 0; i < n.events.size(); i++) {
            Event e = n.events.get(i);
            List<String> base = new ArrayList<>(List.of(Integer.toString(i + 1), JsonExport.eventId(e.id()),
                    DisplayDates.of(e.when()), e.when().timeml(), e.when().start().map(Object::toString).orElse(""),
                    e.when().end().map(Object::toString).orElse(""), e.when().precision().name(), e.kind().name(),
                    nz(e.title()), n.participantNames(e).replace(", ", "; "), Boolean.toString(e.disputed()),
                    String.format(java.util.Locale.ROOT, "%.2f", e.confidence())));
            if (e.sources().isEmpty()) {
                List<String> r = new ArrayList<>(base);
                for (int k = 0; k < 8; k++) r.add("");
                row(w, r);
                continue;
            }
            for (EventSource s : e.sources()) {
                Document d = docs.get(s.documentId());
                List<String> r = new ArrayList<>(base);
                Integer num = n.sourceNumber.get(s.documentId());
                r.add(num == null ? "" : Integer.toString(num));
                r.add(JsonExport.documentId(s.documentId()));
                r.add(d == null ? "" : nz(d.file()));
                r.add(d == null ? "" : nz(d.title()));
                r.add(d == null || d.published() == null ? "" : d.published().timeml());
                r.add(s.when() == null ? "" : s.when().timeml());
                r.add(nz(s.dateText()));
                r.add(nz(s.sentence()));
                row(w, r);
            }
        }
        w.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            w.write(quote(fields.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String f) {
        if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0) return f;
        return '"' + f.replace("\"", "\"\"") + '"';
    }
}
