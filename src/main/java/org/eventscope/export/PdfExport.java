package org.eventscope.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.eventscope.model.Event;
import org.eventscope.model.Participant;

import java.awt.Color;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The print PDF: a cover with title, range, filters, counts and date of export; the timeline drawn as vectors on
 * landscape pages; the events table; the cited sources with their evidence sentences; a participants index.
 * Headers, page numbers, metadata, bookmarks and embedded DejaVu fonts (Latin, Cyrillic, Georgian).
 */
final class PdfExport {
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final Color INK = TimelineRenderer.INK;
    private static final Color MUTED = TimelineRenderer.MUTED;

    private final NumberedExport n;
    private final ExportOptions options;
    private final Exporter.Progress progress;
    private final Map<String, PDPage> sections = new LinkedHashMap<>();
    /** Source number → {page, y} of its entry under Sources. */
    private final Map<Integer, Object[]> sourceAt = new java.util.HashMap<>();
    /** Where the cover's contents list goes, once the sections' pages are known. */
    private double coverEnd;

    PdfExport(ExportData data, ExportOptions options, Exporter.Progress progress) {
        this.n = new NumberedExport(data);
        this.options = options;
        this.progress = progress;
    }

    String rangeText() {
        return n.first.format(LONG_DAY) + " – " + n.last.format(LONG_DAY);
    }

    void write(OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            progress.update(0.02, "Loading fonts");
            ExportFonts fonts = new ExportFonts(doc);
            try (PdfPages pages = new PdfPages(doc, fonts, options.paper())) {
                PDPage cover = cover(pages);
                sections.put("Summary", cover);
                check();
                progress.update(0.05, "Drawing the timeline");
                sections.put("Timeline", new PdfTimelineSection(pages, n, options, this::check).write());
                progress.update(0.35, "Writing the events table");
                PdfEventsTable table = new PdfEventsTable(pages, n, this::check);
                sections.put("Events", table.write());
                progress.update(0.70, "Writing the sources");
                sections.put("Sources", sources(pages));
                progress.update(0.78, "Writing the participants index");
                sections.put("Participants", participantsIndex(pages));
                contents(pages, cover);
                links(table.links);
                pages.stampHeadersAndFooters(options.title(), rangeText(),
                        "Exported " + ZonedDateTime.ofInstant(options.exportedAt(), options.zone()).format(LONG_DAY) + " with Eventscope");
            }
            metadata(doc);
            outline(doc);
            check();
            progress.update(0.85, "Saving the PDF");
            doc.save(out);
            progress.update(1.0, "Done");
        }
    }

    private void check() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("export cancelled");
    }

    // ----- cover -----

    private PDPage cover(PdfPages p) throws IOException {
        PDPage page = p.newPage(false);
        double x = PdfPages.MARGIN;
        double w = p.contentWidth();
        p.y = PdfPages.MARGIN + 40;
        p.painter.text("EVENTSCOPE · EVENTS AND SOURCES", x, p.y, Painter.Weight.BOLD, 8.5, MUTED);
        p.y += 14;
        for (String line : p.wrap(options.title(), Painter.Weight.BOLD, 24, w)) {
            p.y += 29;
            p.painter.text(line, x, p.y - 6, Painter.Weight.BOLD, 24, INK);
        }
        p.y += 22;
        p.painter.text(rangeText(), x, p.y, Painter.Weight.REGULAR, 13, INK);
        p.y += 16;
        p.painter.line(x, p.y, x + w, p.y, 0.8, INK, false);
        p.y += 10;
        long days = ChronoUnit.DAYS.between(n.first, n.last) + 1;
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[]{"Range", n.first.format(LONG_DAY) + " to " + n.last.format(LONG_DAY)
                + " (" + days + (days == 1 ? " day)" : " days)")});
        facts.add(new String[]{"Filters", !options.filters().isEmpty() ? String.join("; ", options.filters())
                : n.data.participantFilter().isEmpty() ? "None: every event in the range"
                : "Only events with " + String.join(" or ", n.data.participantFilter())});
        int disputed = n.disputedCount();
        facts.add(new String[]{"Events", n.events.size() + (disputed > 0 ? " (" + disputed + " with disputed dates)" : "")});
        int citations = n.events.stream().mapToInt(e -> e.sources().size()).sum();
        facts.add(new String[]{"Sources", n.sources.size() + (n.sources.size() == 1 ? " article" : " articles")
                + ", cited " + citations + (citations == 1 ? " time" : " times")});
        facts.add(new String[]{"Participants", Integer.toString(n.eventsOfParticipant.size())});
        facts.add(new String[]{"Exported", ZonedDateTime.ofInstant(options.exportedAt(), options.zone()).format(EXPORTED)});
        for (String[] f : facts) {
            List<String> lines = p.wrap(f[1], Painter.Weight.REGULAR, 10.5, w - 110);
            p.y += 16;
            p.painter.text(f[0], x, p.y, Painter.Weight.BOLD, 9.5, MUTED);
            for (int i = 0; i < lines.size(); i++) {
                p.painter.text(lines.get(i), x + 110, p.y + i * 13, Painter.Weight.REGULAR, 10.5, INK);
            }
            p.y += (lines.size() - 1) * 13;
        }
        p.y += 28;
        legend(p, x, w);
        coverEnd = p.y + 6;
        return page;
    }

    private void legend(PdfPages p, double x, double w) {
        PdfPainter g = p.painter;
        g.text("How to read the timeline", x, p.y, Painter.Weight.BOLD, 10, INK);
        p.y += 16;
        double cy = p.y;
        double r = 2.8;
        String[] texts = {"a day", "a span of days", "a week, month, season, quarter or year (vague date)",
                "a disputed date: the sources disagree; hollow marks show the other dates given"};
        Color c = new Color(0x4e, 0x79, 0xa7);
        for (int i = 0; i < texts.length; i++) {
            double yy = cy + i * 16;
            switch (i) {
                case 0 -> g.circle(x + 14, yy, r, c, INK, 0.5);
                case 1 -> {
                    g.fillRect(x + 4, yy - r, 22, 2 * r, c, 1);
                    g.line(x + 4, yy - r - 1, x + 4, yy + r + 1, 0.8, INK, false);
                    g.line(x + 26, yy - r - 1, x + 26, yy + r + 1, 0.8, INK, false);
                }
                case 2 -> {
                    g.fillRect(x + 2, yy - 5.5, 26, 11, c, 0.22);
                    g.line(x + 2, yy + 5.5, x + 28, yy + 5.5, 1.2, c, false);
                }
                default -> {
                    g.line(x + 8, yy, x + 22, yy, 0.8, TimelineRenderer.DISPUTED, true);
                    g.circle(x + 8, yy, r, c, TimelineRenderer.DISPUTED, 0.5);
                    g.circle(x + 22, yy, r, Color.WHITE, TimelineRenderer.DISPUTED, 0.9);
                }
            }
            g.text(texts[i], x + 40, yy + 3, Painter.Weight.REGULAR, 9, INK);
        }
        p.y = cy + texts.length * 16 + 4;
        g.text("Colours stand for kinds of event; the events table and the sources give the details.", x, p.y,
                Painter.Weight.REGULAR, 9, MUTED);
        p.y += 26;
    }

    private void contents(PdfPages p, PDPage cover) throws IOException {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (var e : sections.entrySet()) {
            if (e.getKey().equals("Summary") || e.getValue() == null) continue;
            numbers.put(e.getKey(), p.doc.getPages().indexOf(e.getValue()) + 1);
        }
        double x = PdfPages.MARGIN;
        double w = cover.getMediaBox().getWidth() - 2 * PdfPages.MARGIN;
        p.appendTo(cover, g -> {
            double y = coverEnd;
            g.text("Contents", x, y, Painter.Weight.BOLD, 10, INK);
            y += 16;
            for (var e : numbers.entrySet()) {
                String num = Integer.toString(e.getValue());
                double nw = g.textWidth(num, Painter.Weight.REGULAR, 10);
                g.text(e.getKey(), x, y, Painter.Weight.REGULAR, 10, INK);
                double lw = g.textWidth(e.getKey(), Painter.Weight.REGULAR, 10);
                g.line(x + lw + 4, y, x + w - nw - 4, y, 0.4, TimelineRenderer.GRID, true);
                g.text(num, x + w - nw, y, Painter.Weight.REGULAR, 10, INK);
                y += 15;
            }
            return null;
        });
    }


    // ----- sources -----

    private PDPage sources(PdfPages p) throws IOException {
        PDPage first = p.newPage(false);
        double x = PdfPages.MARGIN;
        double w = p.contentWidth();
        heading(p, "Sources");
        if (n.sources.isEmpty()) {
            p.paragraph("No source is cited by the events in this range.", x, w, Painter.Weight.REGULAR, 9.5, 13, MUTED);
            return first;
        }
        p.paragraph("Every article cited in the events table, with the sentences quoted as evidence. The numbers in the"
                + " table's Sources column refer to this list.", x, w, Painter.Weight.REGULAR, 9, 12, MUTED);
        p.y += 6;
        double indent = 26;
        int count = 0;
        for (var doc : n.sources) {
            if (++count % 50 == 0) check();
            int number = n.sourceNumber.get(doc.id());
            p.ensure(48);
            p.y += 8;
            sourceAt.put(number, new Object[]{p.page, p.y});
            p.painter.text("[" + number + "]", x, p.y + 11, Painter.Weight.BOLD, 10, INK);
            p.paragraph(doc.title(), x + indent, w - indent, Painter.Weight.BOLD, 10, 13, INK);
            String published = doc.published() == null ? "publication date unknown"
                    : "published " + org.eventscope.model.DisplayDates.of(doc.published());
            p.paragraph(published + " · file " + doc.file(), x + indent, w - indent, Painter.Weight.REGULAR, 8.5, 11.5, MUTED);
            // Each evidence sentence once, with the events it supports and the date as each one reads it.
            Map<String, List<String>> quotes = new LinkedHashMap<>();
            for (int i = 0; i < n.events.size(); i++) {
                for (var s : n.events.get(i).sources()) {
                    if (s.documentId() != doc.id()) continue;
                    String q = s.sentence() == null ? "" : s.sentence().replaceAll("\\s+", " ").strip();
                    String dt = s.dateText() == null || s.dateText().isBlank() ? "" : " (“" + s.dateText().strip() + "”)";
                    List<String> refs = quotes.computeIfAbsent(q, k -> new ArrayList<>());
                    String ref = "Event " + (i + 1) + dt;
                    if (!refs.contains(ref)) refs.add(ref);
                }
            }
            for (var q : quotes.entrySet()) {
                p.y += 3;
                p.paragraph(String.join(" · ", q.getValue()), x + indent, w - indent, Painter.Weight.BOLD, 8, 10.5, MUTED);
                p.paragraph(q.getKey().isEmpty() ? "(no sentence stored)" : "“" + q.getKey() + "”", x + indent + 8,
                        w - indent - 8, Painter.Weight.REGULAR, 9, 12, INK);
            }
        }
        return first;
    }

    // ----- participants index -----

    private PDPage participantsIndex(PdfPages p) throws IOException {
        PDPage first = p.newPage(false);
        double x = PdfPages.MARGIN;
        double w = p.contentWidth();
        heading(p, "Participants");
        List<Participant> people = new ArrayList<>();
        for (long id : n.eventsOfParticipant.keySet()) {
            Participant pt = n.participants.get(id);
            if (pt != null) people.add(pt);
        }
        if (people.isEmpty()) {
            p.paragraph("No participant is named in the events of this range.", x, w, Painter.Weight.REGULAR, 9.5, 13, MUTED);
            return first;
        }
        p.paragraph("Each participant with the numbers of the events they take part in.", x, w, Painter.Weight.REGULAR,
                9, 12, MUTED);
        p.y += 4;
        people.sort(Comparator.comparing((Participant q) -> q.name().toLowerCase(Locale.ROOT)).thenComparingLong(Participant::id));
        int count = 0;
        for (Participant pt : people) {
            if (++count % 200 == 0) check();
            String kind = pt.kind().name().charAt(0) + pt.kind().name().substring(1).toLowerCase(Locale.ROOT);
            String detail = kind + (pt.title() == null || pt.title().isBlank() ? "" : ", " + pt.title());
            p.ensure(26);
            p.y += 3;
            p.paragraph(pt.name() + "  —  " + detail, x, w, Painter.Weight.BOLD, 9, 12, INK);
            TreeSet<Integer> evs = n.eventsOfParticipant.get(pt.id());
            p.paragraph((evs.size() == 1 ? "Event " : "Events ") + joinInts(evs), x + 14, w - 14, Painter.Weight.REGULAR,
                    8.5, 11, MUTED);
        }
        return first;
    }

    static String joinInts(Iterable<Integer> ints) {
        StringBuilder sb = new StringBuilder();
        for (int i : ints) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(i);
        }
        return sb.toString();
    }

    static void heading(PdfPages p, String text) {
        p.y += 16;
        p.painter.text(text, PdfPages.MARGIN, p.y, Painter.Weight.BOLD, 16, INK);
        p.y += 10;
    }

    /** Makes each source number in the table a link to its entry under Sources. */
    private void links(List<PdfEventsTable.RefLink> refs) throws IOException {
        Map<PDPage, List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation>> byPage = new LinkedHashMap<>();
        org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary none =
                new org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary();
        none.setWidth(0);
        for (PdfEventsTable.RefLink r : refs) {
            Object[] target = sourceAt.get(r.source());
            if (target == null) continue;
            PDPage page = r.page();
            double h = page.getMediaBox().getHeight();
            var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle((float) r.x(), (float) (h - r.y() - r.h()),
                    (float) r.w(), (float) r.h()));
            link.setBorderStyle(none);
            var dest = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination();
            PDPage to = (PDPage) target[0];
            dest.setPage(to);
            dest.setTop((int) Math.round(to.getMediaBox().getHeight() - (double) target[1] + 4));
            dest.setLeft(0);
            link.setDestination(dest);
            byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(link);
        }
        for (var e : byPage.entrySet()) {
            List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annots = new ArrayList<>(e.getKey().getAnnotations());
            annots.addAll(e.getValue());
            e.getKey().setAnnotations(annots);
        }
    }

    // ----- metadata and bookmarks -----

    private void metadata(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(options.title());
        info.setSubject("Events from " + rangeText());
        info.setCreator("Eventscope");
        info.setProducer("Eventscope with Apache PDFBox");
        GregorianCalendar cal = GregorianCalendar.from(ZonedDateTime.ofInstant(options.exportedAt(), options.zone()));
        info.setCreationDate(cal);
        info.setModificationDate(cal);
        doc.getDocumentCatalog().setLanguage("en");
    }

    private void outline(PDDocument doc) {
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        for (var e : sections.entrySet()) {
            if (e.getValue() == null) continue;
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(e.getValue());
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(e.getKey());
            item.setDestination(dest);
            outline.addLast(item);
        }
        outline.openNode();
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    static String dayRange(LocalDate a, LocalDate b) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        return a.equals(b) ? a.format(f) : a.format(f) + " – " + b.format(f);
    }

    List<Event> events() {
        return n.events;
    }
}
