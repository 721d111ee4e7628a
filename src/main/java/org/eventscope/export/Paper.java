package org.eventscope.export;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.Locale;
import java.util.Set;

/** Paper sizes for the PDF; the default follows the user's locale (Letter in the US and Canada, else A4). */
public enum Paper {
    A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA");
    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    PDRectangle portrait() {
        return new PDRectangle(size.getWidth(), size.getHeight());
    }

    PDRectangle landscape() {
        return new PDRectangle(size.getHeight(), size.getWidth());
    }

    public static Paper forLocale(Locale locale) {
        return locale != null && LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /** "A4", "a4", "Letter", "letter". */
    public static Paper parse(String s) {
        for (Paper p : values()) if (p.name().equalsIgnoreCase(s.strip())) return p;
        throw new IllegalArgumentException("unknown paper '" + s + "' (A4 or Letter)");
    }

    public String label() {
        return this == A4 ? "A4" : "Letter";
    }
}
