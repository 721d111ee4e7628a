package org.eventscope.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Normalisation keys for names, so that the same participant gets the same key across documents and
 * transliterations: {@code Sergei Lavrov} and {@code Sergey Lavrov}, {@code Gagloev} and {@code Gagloyev},
 * {@code Tskhinvali} and {@code Tskhinval}, {@code Sokhumi} and {@code Sukhumi}. The rules are general
 * folds of romanisation variants (kh/h, y/i, -yev/-ev, trailing -i, o/u, doubled letters), not a list of names.
 */
public final class Names {
    private static final Set<String> DROP = Set.of("mr", "mrs", "ms", "dr", "sir", "the", "prof", "president", "minister",
            "gen", "general", "fm", "pm", "king", "queen", "prince", "sheikh", "jr", "sr");

    private Names() {
    }

    /**
     * The key of a name: lower case, without accents, titles, honorifics, initials and patronymics, each word
     * folded by transliteration rules. Two spellings of one name give one key; an empty or blank name gives "".
     */
    public static String key(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        String[] words = s.split("[^\\p{L}]+");
        int kept = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("\\p{M}", "");
            if (w.isEmpty() || DROP.contains(w)) continue;
            if (w.length() == 1 && words.length > 1) continue;
            boolean middle = i > 0 && i < words.length - 1;
            if (middle && (w.endsWith("ovich") || w.endsWith("evich") || w.endsWith("ovna") || w.endsWith("evna")
                    || w.endsWith("ovych") || w.endsWith("ivna") || w.endsWith("yevich"))) {
                continue;
            }
            if (kept++ > 0) out.append(' ');
            out.append(fold(w));
        }
        return out.toString();
    }

    /** Folds one lower-case word by romanisation rules. */
    static String fold(String w) {
        String s = w;
        s = s.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("ck", "k").replace("ph", "f")
                .replace("x", "ks").replace("q", "k").replace("w", "v").replace("y", "i").replace("o", "u")
                .replace("iev", "ev").replace("iu", "u").replace("ei", "e");
        StringBuilder b = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == last) continue;
            b.append(c);
            last = c;
        }
        int n = b.length();
        if (n > 4 && b.charAt(n - 1) == 'i') b.setLength(n - 1);
        return b.toString();
    }
}
