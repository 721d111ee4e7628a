package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Scott Morrison, the prime minister, welcomed the decision. The saga raised questions about the player's own
 * conduct. Last Wednesday he admitted ...": when the sentence just before "he" names nobody but speaks of "the
 * player" and the nearest person's title has no such word, "he" is the person the article names most often.
 */
final class PronounDescriptions {
    private PronounDescriptions() {
    }

    /** The person "he"/"she" at token k stands for, given the nearest earlier person; {@code nearest} when no rule applies. */
    static EntityRecognizer.Mention resolve(Tokens t, Sentences s, List<EntityRecognizer.Mention> ms,
                                            EntityRecognizer.Mention nearest, int k) {
        if (nearest == null || nearest.canonical == null) return nearest;
        int sk = s.of[k];
        if (sk < 1 || s.of[nearest.from] >= sk - 1) return nearest;
        String noun = describedPerson(t, s, ms, sk - 1);
        if (noun == null) return nearest;
        String title = nearest.title == null ? "" : nearest.title.toLowerCase(Locale.ROOT);
        if (title.contains(noun)) return nearest;
        Map<String, Integer> counts = new HashMap<>();
        EntityRecognizer.Mention best = null;
        int bestCount = 0;
        for (EntityRecognizer.Mention m : ms) {
            if (m.kind != ParticipantKind.PERSON || m.canonical == null || m.tentative || m.common) continue;
            int c = counts.merge(m.canonical, 1, Integer::sum);
            if (c > bestCount) {
                bestCount = c;
                best = m;
            }
        }
        if (best == null || best.canonical.equals(nearest.canonical) || bestCount < 3
                || bestCount <= counts.getOrDefault(nearest.canonical, 0)) {
            return nearest;
        }
        EntityRecognizer.Mention last = null;
        for (EntityRecognizer.Mention m : ms) {
            if (m.from >= k) break;
            if (m.kind == ParticipantKind.PERSON && best.canonical.equals(m.canonical)) last = m;
        }
        return last == null ? nearest : last;
    }

    /** "the player", "the player's" in sentence sen when it names no person: the person noun, else null. */
    private static String describedPerson(Tokens t, Sentences s, List<EntityRecognizer.Mention> ms, int sen) {
        int from = s.first[sen];
        int to = sen + 1 < s.count ? s.first[sen + 1] : t.size;
        for (int i = EntityRecognizer.firstFrom(ms, from); i < ms.size() && ms.get(i).from < to; i++) {
            if (ms.get(i).kind == ParticipantKind.PERSON) return null;
        }
        Lexicon lex = Lexicon.get();
        for (int i = from + 1; i < to; i++) {
            if (t.wordIs(i - 1, "the") && !t.capitalised(i) && lex.personNouns.contains(t.w(i))) return t.w(i);
        }
        return null;
    }
}
