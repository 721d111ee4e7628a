package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.Timex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores the extractor and the merger on the written multi-outlet news set
 * ({@code src/test/resources/org/eventscope/extract/newseval}, gold in {@code gold.tsv}); the rules are written
 * down in docs/extraction.md, section "Written multi-outlet news set".
 * <ul>
 * <li>A gold event is <b>found</b> when some event extracted from its article has the gold date (equal TimeML
 * value: a day only by that day, a month or year only by that month or year, a year-less {@code XXXX-MM-DD} only
 * by itself), a kind among the acceptable ones, and a participant matching a gold participant. It is
 * <b>found ignoring kind</b> when only the date and the participant agree.</li>
 * <li>A participant matches when a canonical name of the event, or one of the aliases the analysis records for
 * it, equals a gold name or ends with it as whole words (or the other way round), ignoring case and accents:
 * {@code Erdogan} matches {@code Recep Tayyip Erdogan}.</li>
 * <li><b>Merge rate</b>: over pairs of articles telling the same cluster where both found it, the share whose
 * found events share one {@code EventMerger.standard()} event when all articles are merged together.</li>
 * <li><b>False merge</b>: a merged event with two different sources found for different clusters.</li>
 * </ul>
 * {@code main [SET] [--events]} scores the set folder SET (default {@code newseval}) and prints every miss with its cause, every missed and false merge; {@code --events} also lists
 * every extracted event.
 */
public final class NewsEvalScore {
    /** The development set; others (written the same way, in a sibling folder) are named on the command line. */
    static final String DEFAULT_SET = "newseval";

    record Gold(String file, String value, Set<EventKind> kinds, List<String> people, String cluster, String what) { }

    record Article(int id, String file, String text, Analysis analysis) { }

    /** One gold row with the article's events that match it fully and ignoring kind, and the cause of a miss. */
    record Match(Gold gold, Article article, List<ExtractedEvent> found, List<ExtractedEvent> foundIgnoringKind,
                 String cause, String detail) {
        boolean isFound() { return !found.isEmpty(); }
    }

    final List<Article> articles = new ArrayList<>();
    final List<Match> matches = new ArrayList<>();
    List<MergedEvent> merged;
    int pairs;
    int mergedPairs;
    final List<String> missedMerges = new ArrayList<>();
    final List<String> falseMerges = new ArrayList<>();
    final List<String> conflated = new ArrayList<>();
    final List<String> unreadableTitles = new ArrayList<>();

    int gold() { return matches.size(); }

    long found() { return matches.stream().filter(Match::isFound).count(); }

    long foundIgnoringKind() { return matches.stream().filter(m -> !m.foundIgnoringKind.isEmpty()).count(); }

    double foundRate() { return (double) found() / gold(); }

    double foundIgnoringKindRate() { return (double) foundIgnoringKind() / gold(); }

    double mergeRate() { return pairs == 0 ? 1 : (double) mergedPairs / pairs; }

    /** Analyses every article of the gold file, merges them all, and scores. */
    static NewsEvalScore run() { return run(DEFAULT_SET); }

    /** Scores the set in the test-resource folder {@code org/eventscope/extract/<set>/}. */
    static NewsEvalScore run(String set) {
        NewsEvalScore s = new NewsEvalScore();
        List<Gold> gold = readGold(set);
        Map<String, Article> byFile = new LinkedHashMap<>();
        NewsExtractor x = new NewsExtractor(); // the standard extractor; a rule's fault stops the score
        List<SourcedEvent> all = new ArrayList<>();
        for (Gold g : gold) {
            byFile.computeIfAbsent(g.file, f -> {
                String text = resource(set, f);
                DocumentInfo info = DocumentMetadata.read(text, f);
                Article a = new Article(byFile.size(), f, text, x.analyzeOrThrow(text, info));
                for (ExtractedEvent e : a.analysis.events()) all.add(new SourcedEvent(a.id, e));
                s.articles.add(a);
                return a;
            });
        }
        for (Gold g : gold) s.matches.add(match(g, byFile.get(g.file)));
        s.merged = EventMerger.standard().merge(all);
        s.scoreMerges();
        return s;
    }

    static Match match(Gold g, Article a) {
        List<ExtractedEvent> dated = a.analysis.events().stream().filter(e -> e.when().timeml().equals(g.value)).toList();
        List<ExtractedEvent> withPerson = dated.stream().filter(e -> participantMatches(g, e, a.analysis)).toList();
        List<ExtractedEvent> full = withPerson.stream().filter(e -> g.kinds.contains(e.kind())).toList();
        String cause = null;
        String detail = "";
        if (dated.isEmpty()) {
            cause = dateCause(g, a);
            detail = nearby(g, a);
        } else if (withPerson.isEmpty()) {
            boolean named = dated.stream().anyMatch(e -> g.people.stream().anyMatch(p -> norm(e.sentence()).contains(norm(p))));
            cause = named ? "participant not recognised" : dateCause(g, a);
            detail = (named ? "" : nearby(g, a) + "\n") + "events on the date: "
                    + dated.stream().map(NewsEvalScore::describe).collect(Collectors.joining("\n"));
        } else if (full.isEmpty()) {
            cause = "wrong kind";
            detail = withPerson.stream().map(NewsEvalScore::describe).collect(Collectors.joining("\n"));
        }
        return new Match(g, a, full, withPerson, cause, detail);
    }

    /**
     * Why no event of the article carries the gold date: the date expression is not resolved to the gold value
     * anywhere; or it is, inside a sentence whose event took another date; or it is, but its sentence gave no event.
     */
    private static String dateCause(Gold g, Article a) {
        List<Timex> right = a.analysis.timex().stream().filter(t -> t.value() != null && t.value().startsWith(g.value)).toList();
        if (right.isEmpty()) return "date missing/wrong";
        List<Timex> named = right.stream().filter(t -> {
            String s = norm(sentenceAround(a.text, t.offset()));
            return g.people.stream().anyMatch(p -> s.contains(norm(p)));
        }).toList();
        if (!named.isEmpty()) right = named;
        for (Timex t : right)
            for (ExtractedEvent e : a.analysis.events())
                if (t.offset() >= e.offset() && t.offset() < e.offset() + e.length()) return "event took another date of its sentence";
        return "date found, no event from its sentence";
    }

    /** The text from the last line break or ". " before {@code at} to the next one: a rough sentence, for diagnosis only. */
    static String sentenceAround(String text, int at) {
        int from = at;
        while (from > 0 && text.charAt(from - 1) != '\n' && !(from > 1 && text.charAt(from - 1) == ' ' && text.charAt(from - 2) == '.')) from--;
        int to = at;
        while (to < text.length() && text.charAt(to) != '\n' && !(text.charAt(to) == '.' && (to + 1 == text.length() || text.charAt(to + 1) == ' '))) to++;
        return text.substring(from, to);
    }

    /** What the article has near the gold event: timexes whose value shares the gold's year and events in sentences naming a gold participant. */
    private static String nearby(Gold g, Article a) {
        List<String> out = new ArrayList<>();
        String year = g.value.substring(0, 4);
        for (Timex t : a.analysis.timex())
            if (t.value() != null && t.value().startsWith(year) && out.size() < 6)
                out.add("timex '" + t.text() + "' = " + t.value());
        if (a.analysis.document().published() == null) out.add("(no publication date read)");
        else out.add("(published " + a.analysis.document().published().timeml() + ")");
        for (ExtractedEvent e : a.analysis.events()) {
            String s = norm(e.sentence());
            if (g.people.stream().anyMatch(p -> s.contains(norm(p))) && out.size() < 10) out.add(describe(e));
        }
        return String.join("\n", out);
    }

    static String describe(ExtractedEvent e) {
        return e.when().timeml() + " " + e.kind() + " '" + e.dateText() + "' " + e.participants() + " :: " + e.title();
    }

    static boolean participantMatches(Gold g, ExtractedEvent e, Analysis a) {
        for (String name : namesOf(e, a))
            for (String p : g.people)
                if (sameName(name, p)) return true;
        return false;
    }

    /** The event's canonical participant names and every alias the analysis records for them. */
    static Set<String> namesOf(ExtractedEvent e, Analysis a) {
        Set<String> names = new LinkedHashSet<>(e.participants());
        for (ExtractedParticipant p : a.participants())
            if (e.participants().contains(p.name())) names.addAll(p.aliases());
        return names;
    }

    static boolean sameName(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x));
    }

    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT).trim();
        if (t.startsWith("the ")) t = t.substring(4);
        // "Ferdinand Marcos Jr." = "Ferdinand Marcos Jr"; "Pfizer Inc" = "Pfizer": a closing dot and a company's
        // legal form are no part of the name
        t = t.replaceAll("\\.$", "").replaceAll("\\s+", " ");
        return t.replaceAll(" (inc|corp|co|ltd|plc|llc|sa|ag|nv|se)$", "");
    }

    private void scoreMerges() {
        Map<SourcedEvent, Integer> mergedOf = new LinkedHashMap<>();
        for (int i = 0; i < merged.size(); i++)
            for (SourcedEvent se : merged.get(i).sources()) mergedOf.put(se, i);
        Map<String, List<Match>> byCluster = new TreeMap<>();
        for (Match m : matches) if (m.isFound()) byCluster.computeIfAbsent(m.gold.cluster, c -> new ArrayList<>()).add(m);
        for (Map.Entry<String, List<Match>> c : byCluster.entrySet()) {
            List<Match> ms = c.getValue();
            for (int i = 0; i < ms.size(); i++)
                for (int j = i + 1; j < ms.size(); j++) {
                    Set<Integer> a = mergedIds(ms.get(i), mergedOf);
                    Set<Integer> b = mergedIds(ms.get(j), mergedOf);
                    pairs++;
                    if (a.stream().anyMatch(b::contains)) mergedPairs++;
                    else missedMerges.add(c.getKey() + ": " + ms.get(i).article.file + " " + titles(ms.get(i))
                            + "  vs  " + ms.get(j).article.file + " " + titles(ms.get(j)));
                }
        }
        Map<SourcedEvent, Set<String>> clustersOf = new LinkedHashMap<>();
        for (Match m : matches)
            for (ExtractedEvent e : m.foundIgnoringKind)
                clustersOf.computeIfAbsent(new SourcedEvent(m.article.id, e), k -> new TreeSet<>()).add(m.gold.cluster);
        for (Map.Entry<SourcedEvent, Set<String>> e : clustersOf.entrySet())
            if (e.getValue().size() > 1)
                conflated.add(articles.get((int) e.getKey().documentId()).file + " " + e.getValue() + " :: "
                        + describe(e.getKey().event()));
        for (MergedEvent m : merged) {
            List<SourcedEvent> srcs = m.sources().stream().filter(clustersOf::containsKey).toList();
            boolean wrong = false;
            for (int i = 0; i < srcs.size() && !wrong; i++)
                for (int j = i + 1; j < srcs.size() && !wrong; j++)
                    wrong = disjoint(clustersOf.get(srcs.get(i)), clustersOf.get(srcs.get(j)));
            if (wrong) falseMerges.add(m.when().timeml() + " " + m.kind() + " '" + m.title() + "' from "
                    + srcs.stream().map(se -> articles.get((int) se.documentId()).file + clustersOf.get(se)).toList());
        }
        for (Match m : matches)
            for (ExtractedEvent e : m.found)
                if (!readableTitle(e.title())) unreadableTitles.add(m.article.file + " " + m.gold.cluster + ": '" + e.title() + "'");
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static Set<Integer> mergedIds(Match m, Map<SourcedEvent, Integer> mergedOf) {
        Set<Integer> ids = new TreeSet<>();
        for (ExtractedEvent e : m.found) {
            Integer id = mergedOf.get(new SourcedEvent(m.article.id, e));
            if (id != null) ids.add(id);
        }
        return ids;
    }

    private static String titles(Match m) {
        return m.found.stream().map(e -> e.kind() + " '" + e.title() + "' " + e.participants()).toList().toString();
    }

    /**
     * A title a reader can take in at a glance: 3 to 90 characters and at least three words (a bare "Deal" or
     * "Summit of UN" says nothing), starting with a letter, digit or quote but not with a conjunction, preposition
     * or "said" (a fragment cut from inside a sentence), with no dateline left in it (an agency in brackets, a spelled-out wire dash) and no line break.
     */
    static boolean readableTitle(String t) {
        if (t == null || t.length() < 3 || t.length() > 90 || t.contains("\n")) return false;
        String[] words = t.split(" ");
        if (words.length < 3 || FRAGMENT_START.contains(words[0].toLowerCase(Locale.ROOT))) return false;
        char c = t.charAt(0);
        if (!(Character.isLetterOrDigit(c) || c == '"' || c == '\u201c' || c == '\'')) return false;
        for (String agency : List.of("(Reuters)", "(AP)", "(AFP)", "(ANSA)", "(Xinhua)")) if (t.contains(agency)) return false;
        return !t.endsWith(",") && !t.endsWith(" the") && !t.endsWith(" of") && !t.endsWith(" and");
    }

    /** Words a clause does not start with: the title is a fragment cut from inside a sentence. */
    private static final Set<String> FRAGMENT_START = Set.of("and", "or", "but", "to", "which", "who", "that", "said",
            "after", "when", "while", "off", "of", "in", "for", "with", "by", "as");

    static List<Gold> readGold() { return readGold(DEFAULT_SET); }

    static List<Gold> readGold(String set) {
        List<Gold> out = new ArrayList<>();
        boolean header = true;
        for (String line : resource(set, "gold.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) throw new IllegalStateException("gold.tsv: 6 columns expected: " + line);
            Set<EventKind> kinds = Arrays.stream(f[2].split(",")).map(k -> EventKind.valueOf(k.trim()))
                    .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(EventKind.class)));
            out.add(new Gold(f[0], f[1], kinds, List.of(f[3].split("\\|")), f[4], f[5]));
        }
        return out;
    }

    static String resource(String name) { return resource(DEFAULT_SET, name); }

    static String resource(String set, String name) {
        String path = "/org/eventscope/extract/" + set + "/" + name;
        try (InputStream in = NewsEvalScore.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String summary() {
        return String.format(Locale.ROOT,
                "main events found %d/%d = %.1f%% (ignoring kind %d = %.1f%%); merged %d/%d pairs = %.1f%%; "
                        + "false merges %d; conflated events %d; unreadable titles %d",
                found(), gold(), 100 * foundRate(), foundIgnoringKind(), 100 * foundIgnoringKindRate(),
                mergedPairs, pairs, 100 * mergeRate(), falseMerges.size(), conflated.size(), unreadableTitles.size());
    }

    public static void main(String[] args) {
        String set = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse(DEFAULT_SET);
        NewsEvalScore s = run(set);
        if (Arrays.asList(args).contains("--events"))
            for (Article a : s.articles) {
                DocumentInfo d = a.analysis.document();
                System.out.println("== " + a.file + " published " + (d.published() == null ? "?" : d.published().timeml())
                        + " title '" + d.title() + "'");
                for (ExtractedEvent e : a.analysis.events()) System.out.println("   " + describe(e));
            }
        Map<String, List<Match>> byCause = new TreeMap<>();
        for (Match m : s.matches) if (!m.isFound())
            byCause.computeIfAbsent(m.cause == null ? "?" : m.cause, c -> new ArrayList<>()).add(m);
        for (Map.Entry<String, List<Match>> c : byCause.entrySet()) {
            System.out.println("\n## miss: " + c.getKey() + " (" + c.getValue().size() + ")");
            for (Match m : c.getValue()) {
                System.out.println("- " + m.article.file + " " + m.gold.value + " " + m.gold.kinds + " " + m.gold.people
                        + " [" + m.gold.cluster + "] " + m.gold.what);
                if (!m.detail.isEmpty()) System.out.println("    " + m.detail.replace("\n", "\n    "));
            }
        }
        print("missed merges", s.missedMerges);
        print("false merges", s.falseMerges);
        print("one extracted event matching two happenings", s.conflated);
        print("unreadable titles of found events", s.unreadableTitles);
        System.out.println("\n" + s.summary());
    }

    private static void print(String heading, List<String> lines) {
        System.out.println("\n## " + heading + " (" + lines.size() + ")");
        for (String l : lines) System.out.println("- " + l);
    }
}
