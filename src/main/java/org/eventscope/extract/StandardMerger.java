package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.Precision;
import org.eventscope.model.TimeValue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the events several documents report into one per happening. Two reports are one happening when
 * their dates are compatible (equal, one containing the other, or day dates at most two days apart), their
 * kinds agree or are closely related, their participants overlap (by {@link Names#key}, a city counting for
 * its country) and their sentences share words. Different dates within the tolerance make the event
 * disputed; each source keeps its own date.
 */
final class StandardMerger implements EventMerger {
    private static final int TOLERANCE_DAYS = 2;

    private enum DateRel { EQUAL, CONTAINS, NEAR, NONE }

    /** One report with what comparing needs, computed once. */
    private static final class Item {
        final SourcedEvent source;
        final Set<String> keys = new HashSet<>();
        final List<Set<String>> each = new ArrayList<>();
        final Set<String> words = new HashSet<>();
        final int order;

        Item(SourcedEvent s, int order) {
            this.source = s;
            this.order = order;
        }

        ExtractedEvent e() {
            return source.event();
        }
    }

    private final Lexicon lex = Lexicon.get();

    @Override
    public List<MergedEvent> merge(List<SourcedEvent> events) {
        List<Item> items = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            SourcedEvent s = events.get(i);
            if (s == null || s.event() == null || s.event().when() == null) continue;
            Item it = new Item(s, i);
            for (String p : s.event().participants()) {
                Set<String> k = new HashSet<>();
                addKeys(k, p);
                if (k.isEmpty()) continue;
                it.each.add(k);
                it.keys.addAll(k);
            }
            words(s.event().sentence(), it.words);
            words(s.event().title(), it.words);
            items.add(it);
        }
        // finer dates first, so a coarse report joins the precise happening it contains
        items.sort(Comparator.comparingInt((Item it) -> rank(it.e().when())).thenComparingInt(it -> it.order));
        List<List<Item>> clusters = new ArrayList<>();
        Map<String, List<List<Item>>> byYear = new HashMap<>();
        for (Item it : items) {
            List<Item> best = null;
            double bestScore = 0;
            Set<List<Item>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<String> lookup = index(it, false);
            for (String bucket : lookup) {
                for (List<Item> c : byYear.getOrDefault(bucket, List.of())) {
                    if (!seen.add(c)) continue;
                    double sc = score(it, c);
                    if (sc > bestScore) {
                        bestScore = sc;
                        best = c;
                    }
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                clusters.add(best);
            }
            best.add(it);
            // file the group under this report's months and participants too, so later reports find it
            for (String bucket : index(it, true)) {
                List<List<Item>> l = byYear.computeIfAbsent(bucket, k -> new ArrayList<>());
                if (l.isEmpty() || l.get(l.size() - 1) != best) l.add(best);
            }
        }
        List<MergedEvent> out = new ArrayList<>(clusters.size());
        for (List<Item> c : clusters) out.add(merged(c));
        return out;
    }

    /**
     * Where a report's candidates are looked up and where its group is filed: the months its dates touch (with
     * the tolerance), so a large store compares each report with the groups of a few months only; reports whose
     * year is unknown by their month.
     */
    /** Lookup keys: each month bucket with each participant key (or "-" for a report that names nobody). */
    private static List<String> index(Item it, boolean filing) {
        List<String> b = buckets(it.e().when());
        List<String> out = new ArrayList<>();
        for (String x : b) {
            if (it.keys.isEmpty()) out.add(x + "|-");
            for (String k : it.keys) {
                // groups are filed under surnames too; only a report naming someone by surname alone looks there
                if (k.startsWith("~S:") && !filing) continue;
                out.add(x + "|" + (k.startsWith("~") ? "~" + k.substring(3) : k));
            }
        }
        return out;
    }

    private static List<String> buckets(TimeValue v) {
        if (!v.yearKnown()) return List.of("?" + (v instanceof TimeValue.YearUnknown u ? u.month() : 0), "*");
        LocalDate a = v.start().get().minusDays(TOLERANCE_DAYS);
        LocalDate b = v.end().get().plusDays(TOLERANCE_DAYS);
        if (b.getYear() - a.getYear() > 3) return List.of("*");
        List<String> out = new ArrayList<>();
        for (LocalDate m = a.withDayOfMonth(1); !m.isAfter(b); m = m.plusMonths(1)) {
            out.add(m.getYear() + "-" + m.getMonthValue());
        }
        out.add("?" + v.start().get().getMonthValue());
        return out;
    }

    /** How well a report fits a group: 0 when it must not join it. */
    private double score(Item it, List<Item> c) {
        double best = 0;
        int n = c.size();
        for (int q = 0; q < n; q++) {
            // a large group is judged by its first and latest reports
            if (n > 24 && q >= 8 && q < n - 16) continue;
            Item m = c.get(q);
            if (m.source.documentId() == it.source.documentId()
                    && !(m.e().when().equals(it.e().when()) && m.e().kind() == it.e().kind())) {
                return 0;
            }
            DateRel r = relation(it.e().when(), m.e().when());
            if (r == DateRel.NONE) return 0;
            if (!related(it.e().kind(), m.e().kind())) return 0;
            int shared = 0;
            for (Set<String> k : it.each) {
                for (String x : k) {
                    String rest = x.length() > 3 ? x.substring(3) : x;
                    boolean hit = x.startsWith("~S:") || x.startsWith("~O:") ? m.keys.contains("~W:" + rest)
                            : x.startsWith("~W:") ? m.keys.contains("~S:" + rest) || m.keys.contains("~O:" + rest)
                            : m.keys.contains(x);
                    if (hit) {
                        shared++;
                        break;
                    }
                }
            }
            int need = Math.min(2, Math.min(it.each.size(), m.each.size()));
            int both = common(it.words, m.words);
            double sim = jaccard(it.words, m.words, both);
            double s;
            if (need == 0) {
                if (r != DateRel.EQUAL || it.e().kind() != m.e().kind() || sim < 0.5) continue;
                s = sim;
            } else {
                if (shared < need) continue;
                // one shared name: the sentences must share words too; a long sentence dilutes the share, so the
                // same kind on the same day may instead share three content words beside the names
                if (need == 1 && sim < 0.1 && !(it.e().kind() == m.e().kind() && r != DateRel.NEAR
                        && both >= 3)) continue;
                if (r == DateRel.NEAR && (sim < 0.12 || it.e().kind() != m.e().kind())) continue;
                // a coarse date containing a precise one ("in July" / "on July 16") needs the same kind and wording
                if (r == DateRel.CONTAINS && !sameDayButYear(it.e().when(), m.e().when())
                        && (sim < 0.2 || it.e().kind() != m.e().kind())) continue;
                s = 0.5 + 0.2 * shared + sim + (it.e().kind() == m.e().kind() ? 0.3 : 0)
                        + (r == DateRel.EQUAL ? 0.3 : r == DateRel.CONTAINS ? 0.15 : 0);
            }
            best = Math.max(best, s);
        }
        return best;
    }

    private static boolean related(EventKind a, EventKind b) {
        if (a == b) return true;
        return group(a) != 0 && group(a) == group(b);
    }

    private static int group(EventKind k) {
        return switch (k) {
            case MEETING, VISIT, AGREEMENT -> 1;
            case MILITARY, THREAT -> 2;
            case AID, ECONOMIC -> 3;
            default -> 0;
        };
    }

    private static DateRel relation(TimeValue a, TimeValue b) {
        if (a.timeml().equals(b.timeml())) return DateRel.EQUAL;
        if (!a.yearKnown() || !b.yearKnown()) {
            TimeValue.YearUnknown u = a instanceof TimeValue.YearUnknown x ? x : b instanceof TimeValue.YearUnknown y ? y : null;
            TimeValue o = u == a ? b : a;
            if (u == null) return DateRel.NONE;
            if (o instanceof TimeValue.YearUnknown w) {
                return w.month() == u.month() && (w.day() == null || u.day() == null || w.day().equals(u.day()))
                        ? DateRel.CONTAINS : DateRel.NONE;
            }
            LocalDate s = o.start().get();
            LocalDate e = o.end().get();
            if (s.getMonthValue() != e.getMonthValue() || s.getYear() != e.getYear()) return DateRel.NONE;
            if (s.getMonthValue() != u.month()) return DateRel.NONE;
            if (u.day() == null || s.getDayOfMonth() <= u.day() && e.getDayOfMonth() >= u.day()) return DateRel.CONTAINS;
            return DateRel.NONE;
        }
        LocalDate as = a.start().get();
        LocalDate ae = a.end().get();
        LocalDate bs = b.start().get();
        LocalDate be = b.end().get();
        boolean aInB = !as.isBefore(bs) && !ae.isAfter(be);
        boolean bInA = !bs.isBefore(as) && !be.isAfter(ae);
        if (aInB || bInA) return DateRel.CONTAINS;
        if (short_(a) && short_(b)) {
            long gap = ae.isBefore(bs) ? ChronoUnit.DAYS.between(ae, bs) : ChronoUnit.DAYS.between(be, as);
            if (gap <= TOLERANCE_DAYS) return DateRel.NEAR;
        }
        return DateRel.NONE;
    }

    /** A day whose year the text does not give and a dated day on the same month and day ("November 6"). */
    private static boolean sameDayButYear(TimeValue a, TimeValue b) {
        TimeValue.YearUnknown u = a instanceof TimeValue.YearUnknown x ? x : b instanceof TimeValue.YearUnknown y ? y : null;
        TimeValue o = u == a ? b : a;
        return u != null && u.day() != null && o.precision() == Precision.DAY
                && o.start().get().getMonthValue() == u.month() && o.start().get().getDayOfMonth() == u.day();
    }

    private static boolean short_(TimeValue v) {
        return v.precision() == Precision.DAY || v.precision() == Precision.TIME
                || v.precision() == Precision.SPAN && ChronoUnit.DAYS.between(v.start().get(), v.end().get()) <= 7;
    }

    private static int rank(TimeValue v) {
        if (!v.yearKnown()) return 50;
        return (int) Math.min(40, Math.log1p(ChronoUnit.DAYS.between(v.start().get(), v.end().get())) * 4);
    }

    private MergedEvent merged(List<Item> c) {
        Item top = c.get(0);
        Map<EventKind, Integer> kinds = new LinkedHashMap<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        double conf = 0;
        for (Item it : c) {
            if (it.e().confidence() > top.e().confidence()) top = it;
            kinds.merge(it.e().kind(), 1, Integer::sum);
            for (String p : it.e().participants()) names.merge(p, 1, Integer::sum);
            conf = Math.max(conf, it.e().confidence());
        }
        EventKind kind = top.e().kind();
        int kc = kinds.get(kind);
        for (Map.Entry<EventKind, Integer> k : kinds.entrySet()) if (k.getValue() > kc) {
            kind = k.getKey();
            kc = k.getValue();
        }
        boolean disputed = false;
        for (int i = 0; i < c.size() && !disputed; i++) {
            for (int j = i + 1; j < c.size(); j++) {
                if (relation(c.get(i).e().when(), c.get(j).e().when()) == DateRel.NEAR) {
                    disputed = true;
                    break;
                }
            }
        }
        TimeValue when = disputed ? majority(c) : finest(c);
        List<String> people = new ArrayList<>(names.keySet());
        people.sort((x, y) -> names.get(y) - names.get(x));
        conf = Math.min(1.0, conf + 0.05 * (c.size() - 1));
        List<SourcedEvent> sources = new ArrayList<>();
        c.stream().sorted(Comparator.comparingInt(it -> it.order)).forEach(it -> sources.add(it.source));
        return new MergedEvent(kind, top.e().title(), when, Math.round(conf * 100) / 100.0, disputed, people, sources);
    }

    private static TimeValue finest(List<Item> c) {
        TimeValue best = null;
        long bestLen = Long.MAX_VALUE;
        for (Item it : c) {
            TimeValue v = it.e().when();
            long len = v.yearKnown() ? ChronoUnit.DAYS.between(v.start().get(), v.end().get()) : Long.MAX_VALUE - 1;
            if (best == null || len < bestLen) {
                best = v;
                bestLen = len;
            }
        }
        return best;
    }

    private static TimeValue majority(List<Item> c) {
        Map<String, Integer> n = new HashMap<>();
        Map<String, Item> first = new HashMap<>();
        for (Item it : c) {
            String k = it.e().when().timeml();
            n.merge(k, 1, Integer::sum);
            first.merge(k, it, (x, y) -> x.source.documentId() <= y.source.documentId() ? x : y);
        }
        Item best = null;
        for (Map.Entry<String, Item> e : first.entrySet()) {
            Item it = e.getValue();
            if (best == null || n.get(e.getKey()) > n.get(best.e().when().timeml())
                    || n.get(e.getKey()).equals(n.get(best.e().when().timeml()))
                    && it.source.documentId() < best.source.documentId()) {
                best = it;
            }
        }
        return best.e().when();
    }

    private void addKeys(Set<String> keys, String name) {
        String k = Names.key(name);
        if (!k.isEmpty()) keys.add(k);
        String lower = name.toLowerCase(Locale.ROOT);
        String country = lex.countryOf.get(lower);
        if (country != null) keys.add(Names.key(country));
        Lexicon.Place p = lex.places.get(lower);
        if (p != null) keys.add(Names.key(p.canonical()));
        // a person named in full also matches by surname
        // a person named in full and the same person named by surname alone ("Lavrov") match each other,
        // but two full names sharing only a surname do not
        int sp = name.lastIndexOf(' ');
        if (p == null && country == null && !k.isEmpty()) {
            keys.add(sp < 0 ? "~W:" + k : "~S:" + Names.key(name.substring(sp + 1)));
            // a company named in full and by its first word ("Apple Computer", "Apple") match each other
            String last = sp < 0 ? "" : lower.substring(lower.lastIndexOf(' ') + 1);
            if (sp > 0 && (lex.orgWords.contains(last) || last.startsWith("computer"))) {
                keys.add("~O:" + Names.key(name.substring(0, name.indexOf(' '))));
            }
        }
    }

    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "been", "were", "which",
            "their", "there", "they", "will", "would", "about", "after", "before", "during", "also", "said", "more",
            "than", "into", "over", "other", "some", "such", "when", "where", "while", "what", "these", "those");

    static void words(String text, Set<String> out) {
        if (text == null) return;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) out.add(Names.fold(w.length() > 6 ? w.substring(0, 6) : w));
        }
    }

    private static int common(Set<String> a, Set<String> b) {
        int both = 0;
        for (String x : a) if (b.contains(x)) both++;
        return both;
    }

    /** Shared words over all words, given how many are shared. */
    private static double jaccard(Set<String> a, Set<String> b, int both) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        return both / (double) (a.size() + b.size() - both);
    }
}
