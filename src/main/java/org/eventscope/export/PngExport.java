package org.eventscope.export;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline of the range as a PNG at 2× scale, drawn with Java2D from the same layout and renderer as the PDF.
 * Very tall timelines are cut after {@link #MAX_HEIGHT} logical pixels, with a note saying how many rows are left out.
 */
public final class PngExport {
    /** Logical width (the image is twice as wide). */
    public static final int WIDTH = 1400;
    public static final int MAX_HEIGHT = 3000;
    public static final double SCALE = 2.0;
    private static final double MARGIN = 24;

    private PngExport() {
    }

    public static BufferedImage render(ExportData data, ExportOptions options) {
        NumberedExport n = new NumberedExport(data);
        ExportTimelineLayout.Style style = new ExportTimelineLayout.Style(17, 10, 10, 3.6, 5);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        Java2DPainter measure = new Java2DPainter(pg);
        ExportTimelineLayout layout = new ExportTimelineLayout(measure, style);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < n.events.size(); i++) numbers.add(i + 1);
        double width = WIDTH - 2 * MARGIN;
        List<ExportTimelineLayout.LaneSpec> lanes = List.of();
        ExportTimelineLayout.Layout l = TimelineSegments.layoutOf(layout, n.events, numbers, n.first, n.last, width, lanes);
        pg.dispose();
        double titleH = 44;
        double axisH = TimelineRenderer.axisHeight(style);
        int maxRows = (int) ((MAX_HEIGHT - titleH - axisH - 2 * MARGIN) / style.rowHeight());
        int rows = Math.max(1, Math.min(l.rows(), maxRows));
        int height = (int) Math.ceil(MARGIN + titleH + axisH + rows * style.rowHeight() + MARGIN + (l.rows() > rows ? 18 : 0));
        BufferedImage img = new BufferedImage((int) (WIDTH * SCALE), (int) (height * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(SCALE, SCALE);
            Java2DPainter p = new Java2DPainter(g);
            p.text(p.fit(options.title(), Painter.Weight.BOLD, 16, width), MARGIN, MARGIN + 16, Painter.Weight.BOLD, 16,
                    TimelineRenderer.INK);
            String sub = PdfExport.dayRange(n.first, n.last) + " · " + n.events.size() + (n.events.size() == 1 ? " event" : " events");
            p.text(sub, MARGIN, MARGIN + 34, Painter.Weight.REGULAR, 10.5, TimelineRenderer.MUTED);
            TimelineRenderer.draw(p, l, style, MARGIN, MARGIN + titleH, 0, rows);
            if (l.rows() > rows) {
                p.text((l.rows() - rows) + " more rows not shown: narrow the range or export a PDF for every event.", MARGIN,
                        height - MARGIN, Painter.Weight.REGULAR, 10, TimelineRenderer.DISPUTED);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    public static void write(ExportData data, ExportOptions options, OutputStream out) throws IOException {
        if (!ImageIO.write(render(data, options), "png", out)) throw new IOException("no PNG writer available");
        out.flush();
    }
}
