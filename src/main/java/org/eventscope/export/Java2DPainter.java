package org.eventscope.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Draws on a {@link Graphics2D} (PNG export) with the same bundled DejaVu fonts as the PDF. */
public final class Java2DPainter implements Painter {
    private static volatile Font regularBase;
    private static volatile Font boldBase;

    private final Graphics2D g;

    public Java2DPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static Font base(Weight w) {
        if (regularBase == null) {
            synchronized (Java2DPainter.class) {
                if (regularBase == null) {
                    boldBase = load(ExportFonts.BOLD);
                    regularBase = load(ExportFonts.REGULAR);
                }
            }
        }
        return w == Weight.BOLD ? boldBase : regularBase;
    }

    private static Font load(String resource) {
        try (InputStream in = ExportFonts.open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad bundled font " + resource, e);
        }
    }

    private Font font(Weight w, double size) {
        return base(w).deriveFont((float) size);
    }

    @Override
    public double textWidth(String text, Weight weight, double size) {
        if (text.isEmpty()) return 0;
        return font(weight, size).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public void text(String text, double x, double y, Weight weight, double size, Color color) {
        if (text.isEmpty()) return;
        g.setFont(font(weight, size));
        g.setColor(color);
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, Color color, boolean dashed) {
        g.setColor(color);
        g.setStroke(dashed
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{2.5f, 2f}, 0f)
                : new BasicStroke((float) width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color, double alpha) {
        g.setColor(withAlpha(color, alpha));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, double width, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth) {
        Ellipse2D e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        if (fill != null) {
            g.setColor(fill);
            g.fill(e);
        }
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(new BasicStroke((float) strokeWidth));
            g.draw(e);
        }
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255));
    }
}
