package org.eventscope.export;

import org.apache.pdfbox.pdmodel.PDPage;
import org.eventscope.model.Event;
import org.eventscope.model.Participant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timeline pages: landscape, the range split into segments that each fit a page (see {@link TimelineSegments}),
 * each drawn as vectors by {@link TimelineRenderer} from {@link ExportTimelineLayout}, in lanes when asked.
 */
final class PdfTimelineSection {
    /** Lanes beyond this many participants go into one "Other participants" lane. */
    static final int MAX_LANES = 10;
    /** Room kept at the foot of each timeline page for the colour key. */
    private static final double LEGEND = 20;
    /** Height of the heading line above the timeline. */
    private static final double CAPTION = 30;

    private final PdfPages p;
    private final NumberedExport n;
    private final ExportOptions options;
    private final Check check;

    interface Check {
        void run() throws IOException;
    }

    PdfTimelineSection(PdfPages p, NumberedExport n, ExportOptions options, Check check) {
        this.p = p;
        this.n = n;
        this.options = options;
        this.check = check;
    }

    PDPage write() throws IOException {
        PDPage first = p.newPage(true);
        double width = p.contentWidth();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < n.events.size(); i++) numbers.add(i + 1);
        List<ExportTimelineLayout.LaneSpec> lanes = options.lanes() ? lanes() : List.of();
        // A range that fits one page in the large style gets it; a dense one is split in the compact print style.
        ExportTimelineLayout.Style style = ExportTimelineLayout.Style.large();
        int maxRows = maxRows(style);
        List<ExportTimelineLayout.Layout> segments = List.of(TimelineSegments.layoutOf(
                new ExportTimelineLayout(new PdfPainter(null, p.fonts, 0), style), n.events, numbers, n.first, n.last, width, lanes));
        if (segments.get(0).rows() > maxRows) {
            style = ExportTimelineLayout.Style.print();
            maxRows = maxRows(style);
            ExportTimelineLayout layout = new ExportTimelineLayout(new PdfPainter(null, p.fonts, 0), style);
            segments = TimelineSegments.split(layout, n.events, numbers, n.first, n.last, width, maxRows, lanes, () -> { });
        }
        int pagesTotal = 0;
        for (ExportTimelineLayout.Layout s : segments) pagesTotal += Math.max(1, (s.rows() + maxRows - 1) / maxRows);
        int page = 0;
        for (ExportTimelineLayout.Layout s : segments) {
            int rows = Math.max(1, s.rows());
            for (int r0 = 0; r0 < rows; r0 += maxRows) {
                check.run();
                if (page > 0) p.newPage(true);
                page++;
                caption(s, page, pagesTotal, r0 > 0);
                int r1 = Math.min(rows, r0 + maxRows);
                TimelineRenderer.draw(p.painter, s, style, PdfPages.MARGIN, p.y, r0, r1);
                if (s.marks().isEmpty()) {
                    p.painter.text("No events in this part of the range.", PdfPages.MARGIN + 4,
                            p.y + TimelineRenderer.axisHeight(style) + style.rowHeight() * 0.7, Painter.Weight.REGULAR,
                            style.labelSize() + 1, TimelineRenderer.MUTED);
                }
                kindKey(s);
            }
        }
        return first;
    }

    /** The colours of the kinds of event on this page, in one line at its foot. */
    private void kindKey(ExportTimelineLayout.Layout s) {
        java.util.EnumSet<org.eventscope.model.EventKind> kinds = java.util.EnumSet.noneOf(org.eventscope.model.EventKind.class);
        for (ExportTimelineLayout.Mark m : s.marks()) kinds.add(m.event().kind());
        double x = PdfPages.MARGIN;
        double y = p.bottom() - 4;
        double size = 7.5;
        for (org.eventscope.model.EventKind k : kinds) {
            double tw = p.painter.textWidth(k.label(), Painter.Weight.REGULAR, size);
            if (x + 12 + tw > PdfPages.MARGIN + p.contentWidth()) break;
            p.painter.fillRect(x, y - 6.5, 8, 8, TimelineRenderer.colorOf(k), 1);
            p.painter.text(k.label(), x + 11, y, Painter.Weight.REGULAR, size, TimelineRenderer.MUTED);
            x += 11 + tw + 14;
        }
    }

    private int maxRows(ExportTimelineLayout.Style style) {
        double top = PdfPages.MARGIN + PdfPages.HEADER + CAPTION;
        return Math.max(1, (int) Math.floor((p.bottom() - LEGEND - top - TimelineRenderer.axisHeight(style)) / style.rowHeight()));
    }

    private void caption(ExportTimelineLayout.Layout s, int page, int total, boolean continued) {
        p.y = PdfPages.MARGIN + PdfPages.HEADER - 6;
        p.painter.text("Timeline", PdfPages.MARGIN, p.y + 12, Painter.Weight.BOLD, 14, TimelineRenderer.INK);
        Set<Long> ids = new HashSet<>();
        for (ExportTimelineLayout.Mark m : s.marks()) ids.add(m.event().id());
        String what = PdfExport.dayRange(s.first(), s.last()) + " · " + ids.size() + (ids.size() == 1 ? " event" : " events")
                + (continued ? " (continued)" : "") + (total > 1 ? " · part " + page + " of " + total : "");
        double tw = p.painter.textWidth("Timeline", Painter.Weight.BOLD, 14);
        p.painter.text(what, PdfPages.MARGIN + tw + 12, p.y + 12, Painter.Weight.REGULAR, 9, TimelineRenderer.MUTED);
        p.y += 30;
    }

    private List<ExportTimelineLayout.LaneSpec> lanes() {
        Map<Long, java.util.TreeSet<Integer>> byP = n.eventsOfParticipant;
        List<Long> ids = new ArrayList<>(byP.keySet());
        List<String> filter = n.data.participantFilter().stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        ids.sort(Comparator.comparing((Long id) -> {
                    Participant pt = n.participants.get(id);
                    return pt == null || !filter.contains(pt.name().toLowerCase(java.util.Locale.ROOT));
                }).thenComparing(id -> -byP.get(id).size())
                .thenComparing(id -> n.participants.containsKey(id) ? n.participants.get(id).name() : ""));
        List<ExportTimelineLayout.LaneSpec> out = new ArrayList<>();
        Set<Long> chosen = new HashSet<>();
        for (Long id : ids) {
            if (out.size() == MAX_LANES) break;
            Participant pt = n.participants.get(id);
            if (pt == null) continue;
            chosen.add(id);
            out.add(new ExportTimelineLayout.LaneSpec(pt.name(), e -> e.participantIds().contains(id)));
        }
        out.add(new ExportTimelineLayout.LaneSpec(chosen.isEmpty() ? "Events" : "Other participants",
                (Event e) -> e.participantIds().stream().noneMatch(chosen::contains)));
        return out;
    }
}
