package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides what an article calls each person (and each organisation it shortened) for short, for event titles: the part of the full name it used alone
 * most often ("Lee" for "Lee Jae-yong", "Abiy" for "Abiy Ahmed", "Lula" for "Luiz Inácio Lula da Silva"); when it
 * never shortened the name, the surname with its particles ("von der Leyen"), the family name of a Korean-style
 * name ("Lee Jae-yong": a hyphenated given name in lower case after the hyphen), else the last word before a
 * suffix ("Ferdinand Marcos Jr" is Marcos). Runs after {@link Coreference} has given each mention its canonical
 * name.
 */
final class ShortNames {
    private ShortNames() {
    }

    /** Common Chinese, Korean and Vietnamese family names, which come first in a name of three words. */
    private static final Set<String> FAMILY_FIRST = Set.of("lee", "li", "lim", "tan", "goh", "ong", "ng", "teo",
            "wong", "chan", "cheung", "leung", "lau", "chen", "wang", "zhang", "liu", "yang", "huang", "zhao", "wu",
            "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "zheng", "liang", "xie", "song",
            "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai",
            "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "fu", "kim", "park",
            "choi", "jung", "kang", "cho", "yoon", "jang", "shin", "yoo", "kwon", "moon", "nguyen", "tran", "pham",
            "hoang", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "hun", "xi", "lai", "tsai",
            "soong", "ko", "yeo");

    /** Particles that belong to a surname: "von der Leyen", "bin Salman", "da Silva". */
    private static final Set<String> SURNAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "das", "do",
            "dos", "di", "del", "della", "du", "la", "le", "bin", "ibn", "al", "el", "ben", "ter", "ten");

    /** Sets {@link EntityRecognizer.Mention#shortName} on every person mention with a canonical name. */
    static void fill(Tokens t, List<EntityRecognizer.Mention> out) {
        // the short forms the text used alone, each counted: a person's any words of the full name, an
        // organisation's its first words ("Uber Technologies Inc ... Uber"), so only a mention of fewer words
        Map<String, Map<String, Integer>> used = new HashMap<>();
        Map<String, Map<String, Integer>> orgUsed = new HashMap<>();
        for (EntityRecognizer.Mention m : out) {
            if (m.canonical == null) continue;
            boolean person = m.kind == ParticipantKind.PERSON;
            if (!person && (m.kind != ParticipantKind.ORGANIZATION || m.to - m.from > spaces(m.canonical))) continue;
            String s = Coreference.surface(t, m);
            if (s.length() >= m.canonical.length()) continue;
            // ("Sir John Kerr ... Sir John": a knight's given name after his title is no short name to use alone)
            if (person && (t.wordIs(m.from - 1, "sir") || t.wordIs(m.from - 1, "dame")) && m.canonical.startsWith(s + " ")) {
                continue;
            }
            if (person ? wordsWithin(m.canonical, s) : m.canonical.startsWith(s + " ")) {
                (person ? used : orgUsed).computeIfAbsent(m.canonical, k -> new HashMap<>()).merge(s, 1, Integer::sum);
            }
        }
        Map<String, String> shortOf = new HashMap<>();
        for (EntityRecognizer.Mention m : out) {
            if (m.canonical == null) continue;
            if (m.kind == ParticipantKind.PERSON) {
                m.shortName = shortOf.computeIfAbsent(m.canonical, c -> shortName(c, used.get(c)));
            } else if (m.kind == ParticipantKind.ORGANIZATION && orgUsed.containsKey(m.canonical)) {
                m.shortName = shortName(m.canonical, orgUsed.get(m.canonical));
            }
        }
    }

    /** How many spaces a name has: one fewer than its words. */
    private static int spaces(String name) {
        int n = 0;
        for (int i = 0; i < name.length(); i++) if (name.charAt(i) == ' ') n++;
        return n;
    }

    /** True when {@code part} stands in {@code whole} as whole words ("Lee" in "Lee Jae-yong", not in "Leeds"). */
    private static boolean wordsWithin(String whole, String part) {
        int n = part.length();
        for (int at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
            if ((at == 0 || whole.charAt(at - 1) == ' ') && (at + n == whole.length() || whole.charAt(at + n) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The short name of a full name: the form in {@code used} (short form → times the text used it alone) used most
     * often, on a tie the one that ends the name; with none, the name's {@link #surname}.
     */
    static String shortName(String canonical, Map<String, Integer> used) {
        if (used != null && !used.isEmpty()) {
            String best = null;
            int n = 0;
            for (Map.Entry<String, Integer> e : used.entrySet()) {
                int k = e.getValue();
                if (k > n || k == n && canonical.endsWith(" " + e.getKey())) {
                    best = e.getKey();
                    n = k;
                }
            }
            return best;
        }
        return SHORT.get(canonical, ShortNames::surname);
    }

    /** {@link #surname}s of names seen before: names recur from article to article. */
    private static final Memo<String> SHORT = new Memo<>(20_000);

    /** The short name of a full name the text never shortened (see the class comment). */
    private static String surname(String canonical) {
        String[] w = canonical.split(" ");
        if (w.length > 2 && Lexicon.get().nameSuffixes.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) {
            w = Arrays.copyOf(w, w.length - 1); // "Ferdinand Marcos Jr" is Marcos
        }
        if (w.length == 1) return w[0];
        String last = w[w.length - 1];
        int dash = last.indexOf('-');
        if (w.length <= 3 && dash > 0 && dash + 1 < last.length() && Character.isLowerCase(last.charAt(dash + 1))) {
            return w[0]; // "Lee Jae-yong", "Kim Jong-un"
        }
        // "Lee Hsien Loong", "Goh Chok Tong", "Nguyen Phu Trong": a family name first, then a two-syllable given name
        if (w.length == 3 && FAMILY_FIRST.contains(w[0].toLowerCase(Locale.ROOT))) return w[0];
        int from = w.length - 1;
        while (from > 1 && SURNAME_PARTICLES.contains(w[from - 1].toLowerCase(Locale.ROOT))) from--;
        return from == w.length - 1 ? last : String.join(" ", Arrays.asList(w).subList(from, w.length));
    }
}
