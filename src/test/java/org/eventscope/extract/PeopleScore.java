package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.DateSource;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.TimeValue;
import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.ParticipantKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores named-person recognition on the written news snippets in {@code people/dev.txt} and
 * {@code people/heldout.txt} (format described at the top of each file). A gold person is found when a
 * predicted person's name or one of its aliases has the gold name's {@link Names#key}; a predicted person
 * matching no gold name is spurious; a second predicted person matching an already found gold person is a
 * split (aliases not tied). {@code main} prints misses, spurious people, splits and wrong titles.
 */
final class PeopleScore {
    record Gold(List<String> spellings, String title, boolean optional) {
    }

    record Snippet(String text, List<Gold> people) {
    }

    private static final TimeValue DAY = new TimeValue.Day(LocalDate.of(2024, 6, 3));

    int gold;
    int found;
    int predicted;
    int spurious;
    int splits;
    int titled;
    int titleRight;
    final StringBuilder log = new StringBuilder();

    double recall() {
        return gold == 0 ? 1 : (double) found / gold;
    }

    /** Share of predicted people that match no gold person (ignoring optional names). */
    double spuriousShare() {
        return predicted == 0 ? 0 : (double) spurious / predicted;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "people found %.3f (%d/%d), spurious %.3f (%d/%d), splits %d, titles %d/%d",
                recall(), found, gold, spuriousShare(), spurious, predicted, splits, titleRight, titled);
    }

    static List<Snippet> load(String set) throws IOException {
        List<Snippet> out = new ArrayList<>();
        InputStream in = PeopleScore.class.getResourceAsStream("people/" + set + ".txt");
        if (in == null) throw new IllegalStateException("missing snippet set " + set);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text = null;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (!line.startsWith("=")) {
                    text = line.replace("\\n", "\n");
                    continue;
                }
                List<Gold> people = new ArrayList<>();
                for (String p : line.substring(1).split(";")) {
                    String s = p.trim();
                    if (s.isEmpty()) continue;
                    boolean optional = s.startsWith("~");
                    if (optional) s = s.substring(1);
                    String title = null;
                    int brace = s.indexOf('{');
                    if (brace >= 0) {
                        title = s.substring(brace + 1, s.indexOf('}')).trim();
                        s = s.substring(0, brace).trim();
                    }
                    List<String> spellings = new ArrayList<>();
                    for (String a : s.split("/")) spellings.add(a.trim());
                    people.add(new Gold(spellings, title, optional));
                }
                out.add(new Snippet(text, people));
            }
        }
        return out;
    }

    static PeopleScore of(List<Snippet> snippets) {
        PeopleScore s = new PeopleScore();
        NewsExtractor x = new NewsExtractor(); // the standard extractor; a rule's fault stops the score
        for (Snippet sn : snippets) {
            // as `analyze FILE` does: the article's own header (title, byline, dateline), else a fixed day
            DocumentInfo info = DocumentMetadata.read(sn.text(), "snippet.txt");
            if (info.published() == null) info = info.withPublished(DAY, DateSource.HEADER);
            Analysis a = x.analyzeOrThrow(sn.text(), info);
            List<ExtractedParticipant> people = a.participants().stream()
                    .filter(p -> p.kind() == ParticipantKind.PERSON).toList();
            boolean[] hit = new boolean[sn.people().size()];
            for (ExtractedParticipant p : people) {
                int g = match(sn.people(), p);
                if (g < 0) {
                    s.predicted++;
                    s.spurious++;
                    s.log.append("SPURIOUS ").append(p.name()).append("   | ").append(sn.text()).append('\n');
                } else if (sn.people().get(g).optional()) {
                    continue;
                } else if (hit[g]) {
                    s.predicted++;
                    s.splits++;
                    s.log.append("SPLIT ").append(p.name()).append("   | ").append(sn.text()).append('\n');
                } else {
                    s.predicted++;
                    hit[g] = true;
                    String want = sn.people().get(g).title();
                    if (want != null) {
                        s.titled++;
                        if (p.title() != null && p.title().toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT))) {
                            s.titleRight++;
                        } else {
                            s.log.append("TITLE ").append(p.name()).append(" want '").append(want).append("' got '")
                                    .append(p.title()).append("'\n");
                        }
                    }
                }
            }
            for (int i = 0; i < hit.length; i++) {
                Gold g = sn.people().get(i);
                if (g.optional()) continue;
                s.gold++;
                if (hit[i]) s.found++;
                else s.log.append("MISS ").append(g.spellings().get(0)).append("   | ").append(sn.text()).append('\n')
                        .append("     entities: ").append(a.participants().stream().map(p -> p.kind().name().charAt(0)
                                + ":" + p.name()).toList()).append('\n');
            }
        }
        return s;
    }

    private static int match(List<Gold> gold, ExtractedParticipant p) {
        for (int i = 0; i < gold.size(); i++) {
            for (String sp : gold.get(i).spellings()) {
                String k = Names.key(sp);
                if (Names.key(p.name()).equals(k)) return i;
                for (String al : p.aliases()) if (Names.key(al).equals(k)) return i;
            }
        }
        return -1;
    }

    public static void main(String[] args) throws IOException {
        for (String set : args.length == 0 ? new String[]{"dev"} : args) {
            PeopleScore s = of(load(set));
            System.out.print(s.log);
            System.out.println(set + ": " + s);
        }
    }
}
