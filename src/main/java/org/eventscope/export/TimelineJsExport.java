package org.eventscope.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.EventSource;
import org.eventscope.model.Precision;
import org.eventscope.model.TimeValue;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Knight Lab TimelineJS JSON: a title slide and one slide per event with start (and, for spans and vague dates, end)
 * date — month and day left out when the date is coarser — headline, HTML text with participants and quoted evidence,
 * the kind as group, the date as people read it, and the sources as credit. Events whose year is unknown are left out
 * (TimelineJS needs a year).
 */
public final class TimelineJsExport {
    private TimelineJsExport() {
    }

    public static ObjectNode build(ExportData data, ExportOptions options) {
        NumberedExport n = new NumberedExport(data);
        Map<Long, Document> docs = data.documentsById();
        ObjectNode root = JsonExport.mapper().createObjectNode();
        ObjectNode title = root.putObject("title").putObject("text");
        title.put("headline", esc(options.title()));
        title.put("text", "<p>" + esc(PdfExport.dayRange(n.first, n.last)) + " · " + n.events.size() + " events from "
                + n.sources.size() + " sources. Exported from Eventscope.</p>");
        ArrayNode events = root.putArray("events");
        for (Event e : n.events) {
            TimeValue w = e.when();
            if (!w.yearKnown()) continue;
            ObjectNode o = events.addObject();
            date(o.putObject("start_date"), w.start().get(), w.precision(), true);
            if (w.precision() != Precision.DAY && w.precision() != Precision.TIME && w.precision() != Precision.MONTH
                    && w.precision() != Precision.YEAR) {
                date(o.putObject("end_date"), w.end().get(), w.precision(), false);
            }
            ObjectNode text = o.putObject("text");
            text.put("headline", esc(e.title()));
            StringBuilder html = new StringBuilder();
            String people = n.participantNames(e);
            if (!people.isEmpty()) html.append("<p><b>Participants:</b> ").append(esc(people)).append("</p>");
            Set<String> credits = new LinkedHashSet<>();
            for (EventSource s : e.sources()) {
                Document d = docs.get(s.documentId());
                if (s.sentence() != null && !s.sentence().isBlank()) {
                    html.append("<blockquote>").append(esc(s.sentence().replaceAll("\\s+", " ").strip())).append("</blockquote>");
                }
                if (d != null) {
                    credits.add(d.title() + (d.published() == null ? "" : " (" + DisplayDates.of(d.published()) + ")"));
                }
            }
            text.put("text", html.toString());
            o.put("group", e.kind().label());
            String display = DisplayDates.of(w);
            if (e.disputed()) {
                List<String> alts = new ArrayList<>();
                for (EventSource s : e.sources()) if (s.when() != null) alts.add(DisplayDates.of(s.when()));
                display += " (disputed: " + String.join(" / ", new LinkedHashSet<>(alts)) + ")";
            }
            o.put("display_date", display);
            if (!credits.isEmpty()) o.put("credit", esc(String.join("; ", credits)));
            o.put("unique_id", JsonExport.eventId(e.id()));
        }
        return root;
    }

    private static void date(ObjectNode o, LocalDate d, Precision p, boolean start) {
        o.put("year", d.getYear());
        boolean withMonth = p != Precision.YEAR && p != Precision.DECADE && p != Precision.CENTURY;
        boolean withDay = p == Precision.DAY || p == Precision.TIME || p == Precision.SPAN || p == Precision.WEEK;
        if (withMonth) o.put("month", d.getMonthValue());
        if (withDay) o.put("day", d.getDayOfMonth());
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static void write(ExportData data, ExportOptions options, OutputStream out) throws IOException {
        JsonExport.write(build(data, options), out);
    }
}
