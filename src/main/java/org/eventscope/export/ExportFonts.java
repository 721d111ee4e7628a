package org.eventscope.export;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled DejaVu Sans fonts (Latin, Greek, Cyrillic, Georgian …) embedded as subsets into a PDF, never the OS's.
 * Knows which characters each font can draw, so text the fonts cannot show is replaced rather than failing the export,
 * and caches glyph widths so measuring thousands of table cells stays fast.
 */
final class ExportFonts {
    static final String REGULAR = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    /** Shown in place of a character no bundled font has. */
    private static final int MISSING = '?';

    private final PdfFont regular;
    private final PdfFont bold;

    ExportFonts(PDDocument doc) throws IOException {
        regular = new PdfFont(doc, REGULAR);
        bold = new PdfFont(doc, BOLD);
    }

    static InputStream open(String resource) throws IOException {
        InputStream in = ExportFonts.class.getResourceAsStream(resource);
        if (in == null) throw new IOException("the bundled font " + resource + " is missing from the class path");
        return new BufferedInputStream(in);
    }

    PdfFont font(Painter.Weight w) {
        return w == Painter.Weight.BOLD ? bold : regular;
    }

    /**
     * Splits {@code text} into runs each drawable in one font: bold text falls back to regular for characters bold lacks
     * (Georgian, for one), and characters neither has become '?'. Control characters become spaces.
     */
    java.util.List<Run> runs(String text, Painter.Weight w) {
        java.util.List<Run> out = new java.util.ArrayList<>(1);
        PdfFont want = font(w);
        StringBuilder sb = new StringBuilder(text.length());
        PdfFont current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) cp = ' ';
            if (cp == 0xFEFF || cp == 0x200B) continue;
            PdfFont f = want.has(cp) ? want : regular.has(cp) ? regular : want;
            if (!f.has(cp)) cp = MISSING;
            if (current != null && f != current) {
                out.add(new Run(sb.toString(), current));
                sb.setLength(0);
            }
            current = f;
            sb.appendCodePoint(cp);
        }
        if (current != null && sb.length() > 0) out.add(new Run(sb.toString(), current));
        return out;
    }

    double width(String text, Painter.Weight w, double size) {
        double total = 0;
        PdfFont want = font(w);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) cp = ' ';
            if (cp == 0xFEFF || cp == 0x200B) continue;
            PdfFont f = want.has(cp) ? want : regular.has(cp) ? regular : want;
            total += f.has(cp) ? f.advance(cp) : want.advance(MISSING);
        }
        return total * size / 1000.0;
    }

    record Run(String text, PdfFont font) {
    }

    /** One embedded font with its coverage and a width cache (units of 1/1000 em). */
    static final class PdfFont {
        final PDType0Font pd;
        private final BitSet covered = new BitSet();
        private final BitSet known = new BitSet();
        private final float[] bmpWidths = new float[0x10000];
        private final Map<Integer, Float> widths = new HashMap<>();
        private final TrueTypeFont ttf;

        PdfFont(PDDocument doc, String resource) throws IOException {
            byte[] bytes;
            try (InputStream in = open(resource)) {
                bytes = in.readAllBytes();
            }
            ttf = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes));
            // No glyph substitution: text is set character by character from the cmap, which keeps it exactly
            // searchable (no ligatures) and spares PDFBox's per-call GSUB processing (slow on thousands of cells).
            ttf.setEnableGsub(false);
            pd = PDType0Font.load(doc, ttf, true);
        }

        boolean has(int cp) {
            if (cp < 0) return false;
            if (known.get(cp)) return covered.get(cp);
            boolean ok;
            try {
                ok = ttf.getUnicodeCmapLookup().getGlyphId(cp) > 0;
            } catch (IOException e) {
                ok = false;
            }
            known.set(cp);
            if (ok) covered.set(cp);
            return ok;
        }

        float advance(int cp) {
            if (cp < 0x10000) {
                float f = bmpWidths[cp];
                if (f == 0) {
                    f = measure(cp);
                    bmpWidths[cp] = f == 0 ? Float.MIN_VALUE : f;
                }
                return f;
            }
            Float w = widths.get(cp);
            if (w == null) {
                w = measure(cp);
                widths.put(cp, w);
            }
            return w;
        }

        private float measure(int cp) {
            try {
                return pd.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException | IllegalArgumentException e) {
                return 500f;
            }
        }

    }
}
