package org.eventscope.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation shared by the recogniser, the merger and the store. */
public final class Names {
    private Names() {
    }

    /**
     * A key under which spellings of one name coincide: case, accents, punctuation and spacing are ignored.
     * (The extractor refines this with transliteration folding.)
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s;
    }
}
