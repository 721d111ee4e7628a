package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ties a description by title to a person: "the Russian Foreign Minister", "the Russian FM", "the South Ossetian
 * leader" stand for the one person the text gave a title with all those words (demonyms read as their countries,
 * FM and PM spelt out). Where two people's titles fit, the description names nobody.
 */
final class TitleAliases {
    /** Words of a description that do not narrow it down: "the top diplomat", "his counterpart". */
    private static final Set<String> GENERIC_TITLE = Set.of("the", "top", "senior", "then", "former", "acting", "interim",
            "his", "her", "their", "its");

    private final Lexicon lex = Lexicon.get();

    /**
     * Adds to {@code out} a person mention for each "the &lt;title&gt;" that fits exactly one person's title in
     * {@code titleOf} (canonical name → title); the added mentions come after the others, out of text order.
     */
    void add(Tokens t, List<EntityRecognizer.Mention> out, Map<String, String> titleOf) {
        if (titleOf.isEmpty()) return;
        Map<String, Set<String>> titleWords = null; // made when the first "the <title>" is met
        boolean[] taken = new boolean[t.size];
        for (EntityRecognizer.Mention m : out) for (int k = m.from; k < m.to; k++) taken[k] = true;
        List<EntityRecognizer.Mention> add = new ArrayList<>();
        for (int i = 0; i + 1 < t.size; i++) {
            if (t.type[i] != Tokens.WORD || t.len(i) != 3 || !t.lower[i].equals("the")) continue;
            int j = i + 1;
            while (j < t.size && j - i < 6 && t.isWord(j)) {
                // a title word, a demonym ("Russian") or a two-word place's name ("South Ossetian")
                boolean twoWordPlace = false;
                if (!lex.titles.contains(t.lower[j])) {
                    if (!t.capitalised(j)) break;
                    Lexicon.Place p = lex.places.get(t.lower[j]);
                    twoWordPlace = j + 1 < t.size && lex.placeStarts.contains(t.lower[j])
                            && lex.places.containsKey(t.lower[j] + " " + t.w(j + 1));
                    if (!(p != null && p.demonym()) && !twoWordPlace) break;
                }
                j += twoWordPlace ? 2 : 1;
            }
            while (j > i + 1 && !NameWords.HEAD.contains(t.w(j - 1))) j--;
            if (j == i + 1 || t.capitalised(j) && !lex.common.contains(t.w(j))) continue;
            if (t.isWord(j) && !t.capitalised(j) && (t.w(j).endsWith("s") && !t.w(j).endsWith("ss")
                    && !t.w(j).equals("has") && !t.w(j).equals("was") || lex.titles.contains(t.w(j)))) {
                continue;
            }
            if (taken[j - 1] || appositionOfName(t, i, taken)) continue;
            // "the Prime Minister, Laurent Fabius, said": the name in apposition after it, closed by a comma, is whom
            // it titles (not "on the orders of the speaker, Fiame Naomi Mata'afa and her MPs gathered")
            if (t.is(j, ',') && j + 1 < t.size && taken[j + 1]) {
                int e = j + 1;
                while (e < t.size && taken[e]) e++;
                if (t.is(e, ',')) continue;
            }
            // "the president-elect", "the prime minister-designate": someone yet to take the office, not its holder
            if (t.isDash(j) && t.glued(j) && (t.wordIs(j + 1, "elect") || t.wordIs(j + 1, "designate"))) continue;
            StringBuilder phrase = new StringBuilder();
            for (int q = i + 1; q < j; q++) phrase.append(t.lower[q]).append(' ');
            Set<String> want = words(phrase.toString());
            want.removeAll(GENERIC_TITLE);
            if (want.isEmpty() || want.size() == 1 && lex.places.containsKey(want.iterator().next())) continue;
            String hit = null;
            int hits = 0;
            if (titleWords == null) {
                titleWords = new HashMap<>();
                for (Map.Entry<String, String> e : titleOf.entrySet()) titleWords.put(e.getKey(), words(e.getValue()));
            }
            for (Map.Entry<String, Set<String>> e : titleWords.entrySet()) {
                // "the president" is not the vice president, "the prime minister" not the deputy one
                if (e.getValue().containsAll(want) && !lesserOffice(e.getValue(), want)) {
                    hit = e.getKey();
                    hits++;
                }
            }
            if (hits == 1) {
                EntityRecognizer.Mention m = new EntityRecognizer.Mention(i + 1, j, ParticipantKind.PERSON, hit);
                m.title = titleOf.get(hit);
                add.add(m);
            }
        }
        out.addAll(add);
    }

    /**
     * Whether the "the" at i opens an apposition of the name before it ("Musk, the world's richest person and the
     * head of Tesla"): the description is that name's, not another person's with the same title.
     */
    private static boolean appositionOfName(Tokens t, int i, boolean[] taken) {
        for (int k = i - 1, words = 0; k > 0 && words <= 8; k--) {
            if (t.is(k, ',')) return taken[k - 1];
            if (t.isWord(k)) {
                if (Triggers.pastForm(t.lower[k]) || t.wordIs(k, "said") || t.wordIs(k, "says")) return false;
                words++;
            } else if (!t.isApostrophe(k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a title holds a word making its office a lesser or past one that the description does not say. */
    private static boolean lesserOffice(Set<String> title, Set<String> want) {
        for (String w : LESSER) if (title.contains(w) && !want.contains(w)) return true;
        return false;
    }

    /** Words that make an office another one: "vice president", "deputy prime minister", "former president". */
    private static final Set<String> LESSER = Set.of("vice", "deputy", "former", "ex", "assistant", "under");

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /** The words of titles seen before: titles repeat from article to article ("President", "Foreign Minister"). */
    private static final Memo<Set<String>> TITLE_WORDS = new Memo<>(10_000);

    /** The words of a title, demonyms as their countries ("Russian FM" = {russia, foreign, minister}): a new set. */
    private Set<String> words(String title) {
        return new HashSet<>(TITLE_WORDS.get(title, w -> Set.copyOf(titleWords(w))));
    }

    private Set<String> titleWords(String title) {
        Set<String> s = new HashSet<>();
        for (String w : NOT_LETTERS.split(title.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) continue;
            if (w.equals("fm")) {
                s.add("foreign");
                s.add("minister");
            } else if (w.equals("pm")) {
                s.add("prime");
                s.add("minister");
            } else {
                Lexicon.Place p = lex.places.get(w);
                s.add(p != null && p.demonym() ? p.canonical().toLowerCase(Locale.ROOT) : w);
            }
        }
        // multi-word demonyms ("south ossetian")
        String lower = title.toLowerCase(Locale.ROOT);
        for (String w : new ArrayList<>(s)) {
            int at = lower.indexOf(w);
            if (at >= 0) {
                int sp = lower.indexOf(' ', at + w.length() + 1);
                String two = sp > 0 ? lower.substring(at, sp) : lower.substring(at);
                Lexicon.Place p = lex.places.get(two);
                if (p != null && p.demonym()) {
                    s.remove(w);
                    s.remove(two.substring(w.length()).trim());
                    s.add(p.canonical().toLowerCase(Locale.ROOT));
                }
            }
        }
        return s;
    }
}
