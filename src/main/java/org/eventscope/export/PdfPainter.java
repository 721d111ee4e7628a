package org.eventscope.export;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws vector graphics and real (selectable, searchable) text into one PDF page's content stream.
 * Takes top-left coordinates in points and flips them to PDF's bottom-left origin.
 */
final class PdfPainter implements Painter {
    private static final double KAPPA = 0.5522847498;
    private final PDPageContentStream cs;
    private final ExportFonts fonts;
    private final double pageHeight;
    private final Map<Long, PDExtendedGraphicsState> alphas = new HashMap<>();

    PdfPainter(PDPageContentStream cs, ExportFonts fonts, double pageHeight) {
        this.cs = cs;
        this.fonts = fonts;
        this.pageHeight = pageHeight;
    }

    private float fy(double y) {
        return (float) (pageHeight - y);
    }

    @Override
    public double textWidth(String text, Weight weight, double size) {
        return fonts.width(text, weight, size);
    }

    @Override
    public void text(String text, double x, double y, Weight weight, double size, Color color) {
        if (text.isEmpty()) return;
        try {
            cs.beginText();
            cs.setNonStrokingColor(color);
            cs.newLineAtOffset((float) x, fy(y));
            for (ExportFonts.Run r : fonts.runs(text, weight)) {
                cs.setFont(r.font().pd, (float) size);
                cs.showText(r.text());
            }
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, Color color, boolean dashed) {
        try {
            cs.setStrokingColor(color);
            cs.setLineWidth((float) width);
            if (dashed) cs.setLineDashPattern(new float[]{2.5f, 2f}, 0);
            cs.moveTo((float) x1, fy(y1));
            cs.lineTo((float) x2, fy(y2));
            cs.stroke();
            if (dashed) cs.setLineDashPattern(new float[]{}, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color, double alpha) {
        try {
            boolean translucent = alpha < 0.999;
            if (translucent) {
                cs.saveGraphicsState();
                cs.setGraphicsStateParameters(alpha(alpha));
            }
            cs.setNonStrokingColor(color);
            cs.addRect((float) x, fy(y + h), (float) w, (float) h);
            cs.fill();
            if (translucent) cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDExtendedGraphicsState alpha(double a) {
        long key = Math.round(a * 1000);
        return alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setNonStrokingAlphaConstant((float) (k / 1000.0));
            return gs;
        });
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, double width, Color color) {
        try {
            cs.setStrokingColor(color);
            cs.setLineWidth((float) width);
            cs.addRect((float) x, fy(y + h), (float) w, (float) h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth) {
        try {
            float x = (float) cx;
            float y = fy(cy);
            float rr = (float) r;
            float k = (float) (KAPPA * r);
            cs.moveTo(x + rr, y);
            cs.curveTo(x + rr, y + k, x + k, y + rr, x, y + rr);
            cs.curveTo(x - k, y + rr, x - rr, y + k, x - rr, y);
            cs.curveTo(x - rr, y - k, x - k, y - rr, x, y - rr);
            cs.curveTo(x + k, y - rr, x + rr, y - k, x + rr, y);
            cs.closePath();
            if (fill != null) cs.setNonStrokingColor(fill);
            if (stroke != null) {
                cs.setStrokingColor(stroke);
                cs.setLineWidth((float) strokeWidth);
            }
            if (fill != null && stroke != null) cs.fillAndStroke();
            else if (fill != null) cs.fill();
            else if (stroke != null) cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
