package org.eventscope.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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
        if (name == null || name.isEmpty()) return "";
        return CACHE.get(name, Names::compute);
    }

    private static final Memo<String> CACHE = new Memo<>(100_000);

    private static String compute(String name) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
        List<String> words = new ArrayList<>(4);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) { // a number tells apart "Chandrayaan-1" and "Chandrayaan-3"
                w.append(Character.toLowerCase(c));
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        int kept = 0;
        int n = words.size();
        for (int i = 0; i < n; i++) {
            String x = words.get(i);
            if (DROP.contains(x)) continue;
            if (x.length() == 1 && n > 1 && !Character.isDigit(x.charAt(0))) continue;
            boolean middle = i > 0 && i < n - 1;
            if (middle && (x.endsWith("ovich") || x.endsWith("evich") || x.endsWith("ovna") || x.endsWith("evna")
                    || x.endsWith("ovych") || x.endsWith("ivna"))) {
                continue;
            }
            if (kept++ > 0) out.append(' ');
            out.append(fold(x));
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
