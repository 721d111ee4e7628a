package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.DateSource;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.EntityMention;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.TimeValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores events and merging on MEANTIME (definitions in docs/extraction.md, "Events and merging on MEANTIME").
 * Main dated events: gold event mentions in the headline or the first {@link #LEAD} lines with a dating TLINK to
 * an in-text DATE/TIME timex; found when an extracted event from the mention's (or the timex's) sentence has
 * that date at the text's precision and at least one gold participant. Merging: gold cross-document instances
 * extracted in two or more articles of a corpus, merged when one merged event holds a report of it from each.
 */
final class MeantimeEvents {
    static final int LEAD = 4;

    int goldMain;
    int foundMain;
    int foundDateOnly;
    int multiInstances;
    int mergedInstances;
    int pairs;
    int pairsMerged;
    int mergedEvents;
    int falseMerges;
    final StringBuilder misses = new StringBuilder();
    private final StringBuilder titles = new StringBuilder();

    /** One article's extracted events with the gold instances each is a report of. */
    private record Report(int doc, ExtractedEvent event, Set<String> instances) {
    }

    static MeantimeEvents of(List<Meantime.Article> articles, boolean log) {
        MeantimeEvents s = new MeantimeEvents();
        NewsExtractor x = new NewsExtractor(); // the standard extractor; a rule's fault stops the score
        Map<String, List<Report>> byCorpus = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Meantime.Article art = articles.get(i);
            Meantime.Doc d = art.doc();
            TimeValue dct = d.dct() == null ? MeantimeScore.datelineDay(d.text()) : new TimeValue.Day(d.dct());
            Analysis a = x.analyzeOrThrow(d.text(), new DocumentInfo(d.name(), d.name(), dct, DateSource.HEADER, null));
            s.main(art, a, log);
            List<Report> rs = byCorpus.computeIfAbsent(art.corpus(), k -> new ArrayList<>());
            for (ExtractedEvent e : a.events()) {
                rs.add(new Report(i, e, instances(art, e)));
                s.titles.append(e.when().timeml()).append(' ').append(e.kind()).append(" | ").append(e.title())
                        .append(" | ").append(e.participants()).append('\n');
            }
        }
        for (Map.Entry<String, List<Report>> c : byCorpus.entrySet()) s.merging(c.getKey(), c.getValue(), articles, log);
        return s;
    }

    private void main(Meantime.Article art, Analysis a, boolean log) {
        String text = art.doc().text();
        for (MeantimeEventGold.Mention m : art.events()) {
            if (m.line() >= LEAD || m.dates().isEmpty() || m.participants().isEmpty()) continue;
            goldMain++;
            boolean dated = false;
            boolean found = false;
            for (ExtractedEvent e : a.events()) {
                int s = e.offset();
                int end = e.offset() + e.length();
                for (Meantime.Span d : m.dates()) {
                    boolean here = m.start() >= s && m.end() <= end || d.start() >= s && d.end() <= end;
                    if (!here || !sameDate(e.when(), d.value())) continue;
                    dated = true;
                    if (participant(e, m, a)) found = true;
                }
            }
            if (found) foundMain++;
            else if (dated) foundDateOnly++;
            if (!found && log) {
                int ls = text.lastIndexOf('\n', m.start()) + 1;
                int le = text.indexOf('\n', m.end());
                misses.append(dated ? "MAIN-NO-PARTICIPANT " : "MAIN-MISS ").append(art.doc().name()).append(" [")
                        .append(m.pred()).append("] ").append(m.dates().get(0).value()).append(" gold=")
                        .append(m.participants().stream().map(p -> text.substring(p.start(), p.end())).toList())
                        .append("\n    ").append(text, ls, le < 0 ? text.length() : le).append('\n');
                for (ExtractedEvent e : a.events()) {
                    if (e.offset() <= m.start() && e.offset() + e.length() >= m.end()) {
                        misses.append("    got: ").append(e.when().timeml()).append(' ').append(e.kind()).append(" \"")
                                .append(e.title()).append("\" ").append(e.participants()).append('\n');
                    }
                }
            }
        }
    }

    /** The text's precision: equal values, or a time of day against its day. */
    static boolean sameDate(TimeValue got, String gold) {
        String g = got.timeml();
        if (g.equals(gold)) return true;
        return g.length() >= 10 && gold.length() >= 10 && (g.startsWith(gold) || gold.startsWith(g))
                && g.regionMatches(0, gold, 0, 10);
    }

    private static boolean participant(ExtractedEvent e, MeantimeEventGold.Mention m, Analysis a) {
        Set<String> names = new HashSet<>(e.participants());
        for (MeantimeEventGold.Participant p : m.participants()) {
            for (EntityMention em : a.entities()) {
                if (names.contains(em.name()) && em.offset() < p.end() && p.start() < em.end()) return true;
            }
            for (String got : e.participants()) for (String g : p.names()) if (sameName(got, g)) return true;
        }
        return false;
    }

    /** Same name by {@link Names#key}, or one is the other's first or last words ("Boeing" / "Boeing Co"). */
    static boolean sameName(String a, String b) {
        String x = Names.key(a);
        String y = Names.key(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        if (x.equals(y)) return true;
        String shorter = x.length() < y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return longer.startsWith(shorter + " ") || longer.endsWith(" " + shorter);
    }

    /**
     * The gold instances an extracted event reports: instances with a mention in its sentence that a TLINK dates
     * at the event's date, else those whose mention's word is, by its lemma, a word of its title.
     */
    private static Set<String> instances(Meantime.Article art, ExtractedEvent e) {
        Set<String> dated = new HashSet<>();
        Set<String> named = new HashSet<>();
        Set<String> title = new HashSet<>();
        for (String w : e.title().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) title.add(lemma(w));
        for (MeantimeEventGold.Mention m : art.events()) {
            if (m.instance() == null || m.start() < e.offset() || m.end() > e.offset() + e.length()) continue;
            for (Meantime.Span d : m.dates()) if (sameDate(e.when(), d.value())) dated.add(m.instance());
            if (title.contains(lemma(m.pred().toLowerCase(java.util.Locale.ROOT)))) named.add(m.instance());
        }
        return dated.isEmpty() ? named : dated;
    }

    private static final Triggers TRIGGERS = new Triggers();

    private static String lemma(String w) {
        String l = TRIGGERS.lemma(w);
        return l == null ? w : l;
    }

    private void merging(String corpus, List<Report> reports, List<Meantime.Article> articles, boolean log) {
        List<SourcedEvent> in = new ArrayList<>();
        Map<ExtractedEvent, Report> back = new java.util.IdentityHashMap<>();
        for (Report r : reports) {
            in.add(new SourcedEvent(r.doc(), r.event()));
            back.put(r.event(), r);
        }
        List<MergedEvent> merged = EventMerger.standard().merge(in);
        Map<String, Set<Integer>> docsOf = new HashMap<>();
        for (Report r : reports) for (String i : r.instances()) docsOf.computeIfAbsent(i, k -> new HashSet<>()).add(r.doc());
        for (Map.Entry<String, Set<Integer>> i : docsOf.entrySet()) {
            if (i.getValue().size() < 2) continue;
            multiInstances++;
            boolean ok = false;
            for (MergedEvent me : merged) {
                Set<Integer> docs = new HashSet<>();
                for (SourcedEvent se : me.sources()) if (back.get(se.event()).instances().contains(i.getKey())) docs.add(se.documentId() > -1 ? (int) se.documentId() : -1);
                if (docs.equals(i.getValue())) ok = true;
            }
            List<Integer> docs = new ArrayList<>(i.getValue());
            for (int x = 0; x < docs.size(); x++) {
                for (int y = x + 1; y < docs.size(); y++) {
                    pairs++;
                    if (together(merged, back, i.getKey(), docs.get(x), docs.get(y))) pairsMerged++;
                }
            }
            if (ok) mergedInstances++;
            else if (log) {
                misses.append("NOT-MERGED ").append(corpus).append(' ').append(i.getKey()).append('\n');
                for (Report r : reports) {
                    if (!r.instances().contains(i.getKey())) continue;
                    misses.append("    ").append(describe(r, articles)).append('\n');
                    for (MergedEvent me : merged) {
                        if (me.sources().stream().anyMatch(se -> se.event() == r.event())) {
                            misses.append("      in a merged event of ").append(me.sources().size()).append(" source(s)\n");
                        }
                    }
                }
            }
        }
        for (MergedEvent me : merged) {
            Set<Long> docs = new HashSet<>();
            for (SourcedEvent se : me.sources()) docs.add(se.documentId());
            if (docs.size() < 2) continue;
            mergedEvents++;
            boolean wrong = false;
            for (SourcedEvent p : me.sources()) for (SourcedEvent q : me.sources()) {
                Report rp = back.get(p.event());
                Report rq = back.get(q.event());
                if (p.documentId() >= q.documentId() || rp.instances().isEmpty() || rq.instances().isEmpty()) continue;
                if (p.event().when().equals(q.event().when()) && java.util.Collections.disjoint(rp.instances(), rq.instances())) wrong = true;
            }
            if (wrong) falseMerges++;
            if (log) {
                misses.append(wrong ? "FALSE-MERGE " : "MERGED ").append(corpus).append('\n');
                for (SourcedEvent se : me.sources()) misses.append("    ").append(describe(back.get(se.event()), articles)).append('\n');
            }
        }
    }

    /** Whether one merged event holds reports of the instance from both documents. */
    private static boolean together(List<MergedEvent> merged, Map<ExtractedEvent, Report> back, String instance,
                                    int d1, int d2) {
        for (MergedEvent me : merged) {
            boolean one = false;
            boolean two = false;
            for (SourcedEvent se : me.sources()) {
                if (!back.get(se.event()).instances().contains(instance)) continue;
                one |= se.documentId() == d1;
                two |= se.documentId() == d2;
            }
            if (one && two) return true;
        }
        return false;
    }

    private static String describe(Report r, List<Meantime.Article> articles) {
        ExtractedEvent e = r.event();
        return articles.get(r.doc()).doc().name() + ": " + e.when().timeml() + " " + e.kind() + " \"" + e.title() + "\" "
                + e.participants() + " " + r.instances();
    }

    double mainRecall() { return foundMain / (double) Math.max(1, goldMain); }

    double pairRecall() { return pairsMerged / (double) Math.max(1, pairs); }

    double mergeRecall() { return mergedInstances / (double) Math.max(1, multiInstances); }

    @Override
    public String toString() {
        return String.format("main dated events found %.3f (%d/%d; %d more with the date but no right participant); "
                        + "instances told by 2+ articles merged %.3f (%d/%d), article pairs merged %.3f (%d/%d); "
                        + "merged events %d, false merges %d",
                mainRecall(), foundMain, goldMain, foundDateOnly, mergeRecall(), mergedInstances, multiInstances,
                pairRecall(), pairsMerged, pairs, mergedEvents, falseMerges);
    }

    /** Prints the misses and the figures; with the argument {@code titles}, every extracted event's title too. */
    public static void main(String[] args) throws Exception {
        MeantimeEvents s = of(Meantime.articles(), true);
        if (args.length > 0 && args[0].equals("titles")) System.out.println(s.titles);
        System.out.println(s.misses);
        System.out.println(s);
    }
}
