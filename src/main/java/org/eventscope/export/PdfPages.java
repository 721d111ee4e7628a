package org.eventscope.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The page flow of the PDF: opens portrait or landscape pages, keeps a cursor, wraps text to a width, and later
 * stamps every page but the cover with its header (title, range) and footer (page n of N).
 */
final class PdfPages implements AutoCloseable {
    static final double MARGIN = 48;
    static final double HEADER = 30;
    static final double FOOTER = 30;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile(" ");

    final PDDocument doc;
    final ExportFonts fonts;
    private final Paper paper;
    PDPage page;
    private PDPageContentStream cs;
    PdfPainter painter;
    /** Cursor, from the top of the page. */
    double y;

    PdfPages(PDDocument doc, ExportFonts fonts, Paper paper) {
        this.doc = doc;
        this.fonts = fonts;
        this.paper = paper;
    }

    PDPage newPage(boolean landscape) throws IOException {
        closeStream();
        PDRectangle box = landscape ? paper.landscape() : paper.portrait();
        page = new PDPage(box);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        painter = new PdfPainter(cs, fonts, box.getHeight());
        y = MARGIN + HEADER;
        return page;
    }

    double width() {
        return page.getMediaBox().getWidth();
    }

    double height() {
        return page.getMediaBox().getHeight();
    }

    double contentWidth() {
        return width() - 2 * MARGIN;
    }

    /** The lowest y content may reach. */
    double bottom() {
        return height() - MARGIN - FOOTER;
    }

    /** Starts a new page of the same orientation when fewer than {@code h} points remain. */
    boolean ensure(double h) throws IOException {
        if (y + h <= bottom()) return false;
        newPage(width() > height());
        return true;
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    /** Words of {@code text} wrapped to {@code width}; a word longer than a line is broken between characters. */
    List<String> wrap(String text, Painter.Weight w, double size, double width) {
        List<String> lines = new ArrayList<>();
        String clean = text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
        if (clean.isEmpty()) {
            lines.add("");
            return lines;
        }
        double space = fonts.width(" ", w, size);
        StringBuilder line = new StringBuilder();
        double lineW = 0;
        for (String word : SPACE.split(clean)) {
            double ww = fonts.width(word, w, size);
            if (line.length() > 0 && lineW + space + ww <= width) {
                line.append(' ').append(word);
                lineW += space + ww;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineW = 0;
            }
            while (ww > width) {
                int cut = breakPoint(word, w, size, width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                ww = fonts.width(word, w, size);
            }
            line.append(word);
            lineW = ww;
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private int breakPoint(String word, Painter.Weight w, double size, double width) {
        int i = 1;
        while (i < word.length() && fonts.width(word.substring(0, i + 1), w, size) <= width) i++;
        if (Character.isHighSurrogate(word.charAt(i - 1)) && i > 1) i--;
        return Math.max(1, i);
    }

    /** Writes wrapped text at the cursor, moving to a new page as needed; returns the first page used. */
    PDPage paragraph(String text, double x, double width, Painter.Weight w, double size, double leading, Color color)
            throws IOException {
        PDPage first = null;
        for (String line : wrap(text, w, size, width)) {
            ensure(leading);
            if (first == null) first = page;
            y += leading;
            painter.text(line, x, y - leading * 0.25, w, size, color);
        }
        return first;
    }

    /** Stamps the header and footer on every page after the first. */
    void stampHeadersAndFooters(String title, String range, String footerLeft) throws IOException {
        closeStream();
        int total = doc.getNumberOfPages();
        for (int i = 1; i < total; i++) {
            PDPage p = doc.getPage(i);
            PDRectangle box = p.getMediaBox();
            try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                PdfPainter pp = new PdfPainter(s, fonts, box.getHeight());
                double w = box.getWidth();
                double top = MARGIN - 6;
                double rangeW = pp.textWidth(range, Painter.Weight.REGULAR, 8);
                pp.text(pp.fit(title, Painter.Weight.BOLD, 8, w - 2 * MARGIN - rangeW - 20), MARGIN, top,
                        Painter.Weight.BOLD, 8, TimelineRenderer.INK);
                pp.text(range, w - MARGIN - rangeW, top, Painter.Weight.REGULAR, 8, TimelineRenderer.MUTED);
                pp.line(MARGIN, top + 4, w - MARGIN, top + 4, 0.5, TimelineRenderer.GRID, false);
                double base = box.getHeight() - MARGIN + 14;
                pp.line(MARGIN, base - 11, w - MARGIN, base - 11, 0.5, TimelineRenderer.GRID, false);
                String num = "Page " + (i + 1) + " of " + total;
                pp.text(num, w - MARGIN - pp.textWidth(num, Painter.Weight.REGULAR, 8), base, Painter.Weight.REGULAR, 8,
                        TimelineRenderer.MUTED);
                pp.text(pp.fit(footerLeft, Painter.Weight.REGULAR, 8, w - 2 * MARGIN - 90), MARGIN, base,
                        Painter.Weight.REGULAR, 8, TimelineRenderer.MUTED);
            }
        }
    }

    /** A painter appending to an already written page (the cover's table of contents). */
    <T> T appendTo(PDPage p, PainterWork<T> work) throws IOException {
        try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
            return work.run(new PdfPainter(s, fonts, p.getMediaBox().getHeight()));
        }
    }

    interface PainterWork<T> {
        T run(PdfPainter p) throws IOException;
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
