package org.eventscope.export;

import org.apache.pdfbox.pdmodel.PDPage;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Event;
import org.eventscope.model.EventSource;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events table: number, date (as precise as known; for a disputed date, what each source says), kind, title,
 * participants and source numbers, sorted by date; cells wrap, rows never split, the header repeats on every page.
 */
final class PdfEventsTable {
    private static final double SIZE = 8;
    private static final double LEADING = 10;
    private static final double PAD = 3.5;
    private static final String[] HEADERS = {"#", "Date", "Kind", "Event", "Participants", "Sources"};
    private static final double[] SHARES = {0.055, 0.17, 0.13, 0.33, 0.215, 0.10};
    private static final Color HEADER_BG = new Color(0xe8, 0xea, 0xee);
    private static final Color ZEBRA = new Color(0xf7, 0xf8, 0xfa);

    private final PdfPages p;
    private final NumberedExport n;
    private final PdfTimelineSection.Check check;
    private double[] widths;
    /** Where each source number was set in the table, to link it to its entry under Sources. */
    final List<RefLink> links = new ArrayList<>();

    /** A source number's box on a table page (top-left coordinates, points). */
    record RefLink(PDPage page, double x, double y, double w, double h, int source) {
    }

    PdfEventsTable(PdfPages p, NumberedExport n, PdfTimelineSection.Check check) {
        this.p = p;
        this.n = n;
        this.check = check;
    }

    /** A cell: paragraphs, each wrapped, with its own weight and colour. */
    private record Para(String text, Painter.Weight weight, Color color) {
    }

    PDPage write() throws IOException {
        PDPage first = p.newPage(false);
        PdfExport.heading(p, "Events");
        double w = p.contentWidth();
        widths = new double[SHARES.length];
        for (int i = 0; i < SHARES.length; i++) widths[i] = SHARES[i] * w;
        // The number column fits the largest number on one line; the title column gives up the difference.
        double number = p.fonts.width(Integer.toString(n.events.size()), Painter.Weight.BOLD, SIZE) + 2 * PAD + 1;
        if (number > widths[0]) {
            widths[3] -= number - widths[0];
            widths[0] = number;
        }
        if (n.events.isEmpty()) {
            p.paragraph("No events in this range.", PdfPages.MARGIN, w, Painter.Weight.REGULAR, 9.5, 13, TimelineRenderer.MUTED);
            return first;
        }
        p.y += 4;
        headerRow();
        for (int i = 0; i < n.events.size(); i++) {
            if (i % 250 == 0) check.run();
            row(i, n.events.get(i));
        }
        return first;
    }

    private void headerRow() {
        double h = LEADING + 2 * PAD;
        double x = PdfPages.MARGIN;
        p.painter.fillRect(x, p.y, p.contentWidth(), h, HEADER_BG, 1);
        for (int c = 0; c < HEADERS.length; c++) {
            p.painter.text(HEADERS[c], x + PAD, p.y + PAD + LEADING * 0.78, Painter.Weight.BOLD, SIZE, TimelineRenderer.INK);
            x += widths[c];
        }
        p.y += h;
    }

    private void row(int index, Event e) throws IOException {
        List<List<Para>> cells = new ArrayList<>();
        cells.add(List.of(new Para(Integer.toString(index + 1), Painter.Weight.BOLD, TimelineRenderer.INK)));
        List<Para> date = new ArrayList<>();
        date.add(new Para(DisplayDates.of(e.when()), Painter.Weight.REGULAR, TimelineRenderer.INK));
        if (e.disputed()) date.add(new Para("disputed: " + whatSourcesSay(e), Painter.Weight.REGULAR, TimelineRenderer.DISPUTED));
        cells.add(date);
        cells.add(List.of(new Para(e.kind().label(), Painter.Weight.REGULAR, TimelineRenderer.INK)));
        cells.add(List.of(new Para(e.title(), Painter.Weight.REGULAR, TimelineRenderer.INK)));
        cells.add(List.of(new Para(n.participantNames(e), Painter.Weight.REGULAR, TimelineRenderer.INK)));
        List<Integer> refs = n.sourceNumbers(e);
        cells.add(List.of(new Para(refs.isEmpty() ? "—" : PdfExport.joinInts(refs), Painter.Weight.REGULAR, TimelineRenderer.INK)));

        List<List<Line>> wrapped = new ArrayList<>();
        int maxLines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<Line> lines = new ArrayList<>();
            for (Para para : cells.get(c)) {
                for (String s : p.wrap(para.text(), para.weight(), SIZE, widths[c] - 2 * PAD)) {
                    lines.add(new Line(s, para.weight(), para.color()));
                }
            }
            wrapped.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        double fullPage = p.bottom() - (PdfPages.MARGIN + PdfPages.HEADER) - 2 * (LEADING + 2 * PAD);
        int fit = (int) Math.floor((fullPage - 2 * PAD) / LEADING);
        if (maxLines > fit) {
            maxLines = fit;
            for (List<Line> lines : wrapped) {
                if (lines.size() > fit) {
                    Line last = lines.get(fit - 1);
                    lines.subList(fit - 1, lines.size()).clear();
                    lines.add(new Line(last.text() + " …", last.weight(), last.color()));
                }
            }
        }
        double h = maxLines * LEADING + 2 * PAD;
        if (p.ensure(h)) {
            p.y += 4;
            headerRow();
        }
        double x = PdfPages.MARGIN;
        if (index % 2 == 1) p.painter.fillRect(x, p.y, p.contentWidth(), h, ZEBRA, 1);
        for (int c = 0; c < wrapped.size(); c++) {
            List<Line> lines = wrapped.get(c);
            for (int l = 0; l < lines.size(); l++) {
                Line line = lines.get(l);
                p.painter.text(line.text(), x + PAD, p.y + PAD + l * LEADING + LEADING * 0.78, line.weight(), SIZE, line.color());
                if (c == wrapped.size() - 1 && !refs.isEmpty()) linkNumbers(line.text(), x + PAD, p.y + PAD + l * LEADING);
            }
            x += widths[c];
        }
        p.y += h;
        p.painter.line(PdfPages.MARGIN, p.y, PdfPages.MARGIN + p.contentWidth(), p.y, 0.3, TimelineRenderer.GRID, false);
    }

    private record Line(String text, Painter.Weight weight, Color color) {
    }

    private void linkNumbers(String line, double x, double top) {
        double cursor = x;
        for (String token : line.split(",")) {
            String t = token.strip();
            double lead = p.fonts.width(token.substring(0, token.indexOf(t.isEmpty() ? token : t)), Painter.Weight.REGULAR, SIZE);
            double w = p.fonts.width(t, Painter.Weight.REGULAR, SIZE);
            if (t.matches("\\d+")) links.add(new RefLink(p.page, cursor + lead - 1, top, w + 2, LEADING, Integer.parseInt(t)));
            cursor += p.fonts.width(token + ",", Painter.Weight.REGULAR, SIZE);
        }
    }

    /** "7 Aug 2008 [2]; 8 Aug 2008 [1]": each date the sources give, with the sources giving it. */
    private String whatSourcesSay(Event e) {
        Map<String, List<Integer>> byDate = new LinkedHashMap<>();
        for (EventSource s : e.sources()) {
            String d = s.when() == null ? "no date" : DisplayDates.of(s.when());
            Integer num = n.sourceNumber.get(s.documentId());
            List<Integer> l = byDate.computeIfAbsent(d, k -> new ArrayList<>());
            if (num != null && !l.contains(num)) l.add(num);
        }
        List<String> parts = new ArrayList<>();
        for (var en : byDate.entrySet()) {
            parts.add(en.getKey() + (en.getValue().isEmpty() ? "" : " [" + PdfExport.joinInts(en.getValue()) + "]"));
        }
        return String.join("; ", parts);
    }
}
