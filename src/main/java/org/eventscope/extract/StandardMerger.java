package org.eventscope.extract;

import org.eventscope.extract.MergeDates.DateRel;
import org.eventscope.model.EventKind;
import org.eventscope.model.TimeValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.eventscope.extract.MergeDates.buckets;
import static org.eventscope.extract.MergeDates.disputed;
import static org.eventscope.extract.MergeDates.finest;
import static org.eventscope.extract.MergeDates.majority;
import static org.eventscope.extract.MergeDates.rank;
import static org.eventscope.extract.MergeDates.relation;
import static org.eventscope.extract.MergeDates.sameDay;
import static org.eventscope.extract.MergeDates.withinMonth;

/**
 * Merges the events several documents report into one per happening. Two reports are one happening when
 * their dates are compatible (the same day, one containing the other, or day dates one day apart), their kinds
 * agree or are closely related, they share a participant (by {@link Names#key}, a city counting for its country)
 * or one names the other's, no participant of one conflicts with one of the other (see {@link MergeOverlap}), and
 * their sentences share words. Different dates within the tolerance make the event disputed; each source keeps
 * its own date.
 */
final class StandardMerger implements EventMerger {
    private final Lexicon lex = Lexicon.get();

    @Override
    public List<MergedEvent> merge(List<SourcedEvent> events) {
        List<MergeReport> items = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            SourcedEvent s = events.get(i);
            if (s == null || s.event() == null || s.event().when() == null) continue;
            items.add(new MergeReport(s, i, lex));
        }
        // each article's participants, over all its reports: two outlets telling one story name mostly the same
        Map<Long, Set<String>> stories = new HashMap<>();
        for (MergeReport it : items) {
            Set<String> st = stories.computeIfAbsent(it.source.documentId(), d -> new HashSet<>());
            for (MergeReport.Part p : it.parts) st.add(p.key());
            it.story = st;
        }
        // how many reports of each kind each document dates each day (or month): one alone may be the happening
        // another outlet tells of that day with other names (see storyDay)
        Map<String, Integer> perDay = new HashMap<>();
        String[] dayKeys = new String[items.size()];
        for (int i = 0; i < dayKeys.length; i++) {
            MergeReport it = items.get(i);
            // (or each month, for a happening both tell by its month: "rioting between Chinese and Malays in July last
            // year" / "the communal riots in Singapore in July")
            if (!daily(it) && it.e().when().precision() != org.eventscope.model.Precision.MONTH) continue;
            dayKeys[i] = it.source.documentId() + "|" + it.e().kind() + "|" + it.e().when().timeml();
            perDay.merge(dayKeys[i], 1, Integer::sum);
        }
        for (int i = 0; i < dayKeys.length; i++) {
            items.get(i).aloneThatDay = dayKeys[i] != null && perDay.get(dayKeys[i]) == 1;
        }
        // finer dates first: among equal fits, a coarse report joins the precise happening it contains
        items.sort(Comparator.comparingInt((MergeReport it) -> rank(it.e().when())).thenComparingInt(it -> it.order));
        int n = items.size();
        // every report filed under its months and participants, so each finds its candidates among a few
        Map<String, List<Integer>> filed = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String bucket : index(items.get(i), true)) {
                List<Integer> l = filed.computeIfAbsent(bucket, k -> new ArrayList<>());
                if (l.isEmpty() || l.get(l.size() - 1) != i) l.add(i);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int[] seen = new int[n];
        java.util.Arrays.fill(seen, -1);
        // the earlier reports that already found report i: their pair is not weighed again
        List<List<Integer>> foundBy = new ArrayList<>(java.util.Collections.nCopies(n, (List<Integer>) null));
        for (int i = 0; i < n; i++) {
            MergeReport a = items.get(i);
            if (foundBy.get(i) != null) for (int j : foundBy.get(i)) seen[j] = i;
            foundBy.set(i, null);
            for (String bucket : index(a, false)) {
                List<Integer> candidates = filed.getOrDefault(bucket, List.of());
                // (a day a great many articles each tell one happening of a kind on is left to their names)
                if (candidates.size() > ALONE_MOST && bucket.startsWith("#alone")) continue;
                for (int j : candidates) {
                    if (j == i || seen[j] == i) continue;
                    seen[j] = i;
                    if (j > i) {
                        if (foundBy.get(j) == null) foundBy.set(j, new ArrayList<>(4));
                        foundBy.get(j).add(i);
                    }
                    Pair p = pair(i, j, a, items.get(j));
                    if (p != null) pairs.add(p);
                }
            }
        }
        // within a tier best fits first, so a report joins the happening it tells best and not the first one it fits
        pairs.sort(Comparator.comparingInt(Pair::tier).thenComparingDouble(p -> -p.fit).thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        int[] group = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            group[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        Set<Long> apart = new HashSet<>();
        for (Pair p : pairs) {
            int ga = group[p.a];
            int gb = group[p.b];
            if (ga == gb || apart.contains(Math.min(ga, gb) * (long) n + Math.max(ga, gb))) continue;
            if (!compatible(items, members.get(ga), members.get(gb))) {
                // a group only grows, and a larger group forbids what the smaller one did
                apart.add(Math.min(ga, gb) * (long) n + Math.max(ga, gb));
                continue;
            }
            if (members.get(ga).size() < members.get(gb).size()) {
                int t = ga;
                ga = gb;
                gb = t;
            }
            for (int x : members.get(gb)) group[x] = ga;
            members.get(ga).addAll(members.get(gb));
            members.set(gb, null);
        }
        List<MergedEvent> out = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            List<Integer> c = members.get(g);
            if (c == null) continue;
            c.sort(null);
            List<MergeReport> reports = new ArrayList<>(c.size());
            for (int x : c) reports.add(items.get(x));
            out.add(merged(reports));
        }
        return out;
    }

    /** Which pairs are joined first: the same day, then a day apart (a dispute), then a date containing the other. */
    private static int tier(DateRel r) {
        return sameDay(r) ? 0 : r == DateRel.NEAR ? 1 : 2;
    }

    /**
     * ... where one month or year told of two kinds is no same day: it waits with the dates containing others, so
     * that an article's precise telling of the same kind goes first ("introduced the floor on Nov. 7, 2013" before
     * "a commitment it had defended since November 2013", for another's "introduced in November 2013").
     */
    private static int tier(DateRel r, MergeReport it, MergeReport m) {
        if (r == DateRel.EQUAL && it.e().kind() != m.e().kind() && !MergeDates.short_(it.e().when())) return 2;
        return tier(r);
    }

    /** Two reports that may tell one happening, and how well they fit. */
    private record Pair(int a, int b, int tier, double fit) {
    }

    /** Whether no report of one group forbids a report of the other; a large group is judged by its first and latest. */
    private boolean compatible(List<MergeReport> items, List<Integer> a, List<Integer> b) {
        for (int x = 0; x < a.size(); x++) {
            if (a.size() > 24 && x >= 8 && x < a.size() - 16) continue;
            for (int y = 0; y < b.size(); y++) {
                if (b.size() > 24 && y >= 8 && y < b.size() - 16) continue;
                if (forbids(items.get(a.get(x)), items.get(b.get(y)))) return false;
            }
        }
        return true;
    }

    /**
     * Where a report's candidates are looked up and where its group is filed: the months its dates touch (with
     * the tolerance), so a large store compares each report with the groups of a few months only (reports whose
     * year is unknown by their month), each with each participant key (or "-" for a report that names nobody).
     * A name the sentence mentions without making it a participant ("Egypt's Red Sea resort" for a report with
     * the Red Sea) files the group under "@egypt", where a report with the participant Egypt looks.
     */
    private static List<String> index(MergeReport it, boolean filing) {
        List<String> b = buckets(it.e().when());
        List<String> out = new ArrayList<>();
        for (String x : b) {
            if (it.keys.isEmpty()) out.add(x + "|-");
            for (String k : it.keys) {
                // groups are filed under surnames and first words too; only a report naming someone by one word looks there
                if ((k.startsWith("~S:") || k.startsWith("~F:")) && !filing) continue;
                out.add(x + "|" + (k.startsWith("~C:") || k.startsWith("~L:") ? k.substring(3)
                        : k.startsWith("~") ? "~" + k.substring(3) : k));
            }
            // a name the sentence mentions besides its participants: filed under it, and looked up as a participant
            // (a whole one-word name, or the last word of a longer one)
            for (String w : it.capitalised) {
                if (filing) {
                    out.add(x + "|@" + w);
                } else {
                    out.add(x + "|" + w);
                    out.add(x + "|~" + w);
                }
            }
            for (MergeReport.Part p : it.parts) out.add(x + (filing ? "|~" : "|@") + p.words()[p.words().length - 1]);
            // a vote's reports meet whoever each names (see oneVote)
            if (it.vote && it.e().kind() == EventKind.APPOINTMENT) out.add(x + "|#vote");
        }
        // an article's only report of a kind that day meets the other outlets' of that day (see storyDay)
        // (an article naming fewer than three participants tells no story another can be matched to)
        if (it.aloneThatDay && it.story.size() >= STORY_SHARED && storyDayKind(it.e().kind())) {
            out.add("#alone " + it.e().kind() + " " + it.e().when().timeml());
        }
        return out;
    }

    /**
     * Whether two reports must not be in one event: two events of one document on different dates or of different
     * kinds; dates that cannot be one, or a day apart with different kinds; kinds unrelated; places or
     * organisations in conflict, or different people (except in a crowded happening).
     */
    private static boolean forbids(MergeReport it, MergeReport m) {
        DateRel r = relation(it, m);
        return forbidsBeforeOverlap(it, m, r) || forbids(it, m, r, MergeOverlap.of(it, m));
    }

    /** What forbids two reports before their participants are compared: their documents, dates and kinds. */
    private static boolean forbidsBeforeOverlap(MergeReport it, MergeReport m, DateRel r) {
        // (one article may tell a happening twice, once of undecided kind: "Mohamud won the vote on Sunday" / "he
        // defeated the incumbent")
        if (m.source.documentId() == it.source.documentId() && !(m.e().when().equals(it.e().when())
                && (m.e().kind() == it.e().kind() || m.e().kind() == EventKind.OTHER || it.e().kind() == EventKind.OTHER))) {
            return true;
        }
        EventKind a = it.e().kind();
        EventKind b = m.e().kind();
        // a disputed date is one happening's, of one kind: two kinds a day apart are two happenings; and a statement is
        // often said again the next day ("promised on Monday night" / "promised last night", a day later), so two
        // statements a day apart are two
        if (r == DateRel.NONE || r == DateRel.NEAR && (a != b || a == EventKind.STATEMENT)) return true;
        boolean kindUnknown = a != b && (a == EventKind.OTHER || b == EventKind.OTHER);
        return !related(a, b) && !kindUnknown && !sameDay(r);
    }

    /** What forbids two reports, given their dates' relation and participants' overlap. */
    private static boolean forbids(MergeReport it, MergeReport m, DateRel r, MergeOverlap o) {
        EventKind a = it.e().kind();
        EventKind b = m.e().kind();
        // one article tells one happening twice with the same participant; two of its happenings of a day that share
        // none are two ("Congress voted to remove Castillo" / "Boluarte was sworn in", one naming the other)
        // an earthquake or a storm strikes a region: reports from two of its towns on the day tell one disaster
        boolean wide = wide(it, m, r);
        // one article's two tellings of a day in two kinds are one happening only with a person or organisation in
        // common (a country shared says nothing: "bodies were pulled from the mud in Brazil" / "a court in Brazil")
        if (m.source.documentId() == it.source.documentId() && a != b && o.sharedPeople() == 0 && !o.sharedOrg()) {
            return true;
        }
        if (oneVote(it, m, r, o)) return false;
        // "beat the Bears 101-97" / "beat the Owls 70-64": two results of a day that give different scores are two
        if (differentScores(it, m)) return true;
        if (o.conflict() && !(wide && o.oneCountry()) && !personsAct(it, m, r, o) && !sworn(it, m, r, o)
                || o.shared() == 0 && it.source.documentId() == m.source.documentId()) {
            return true;
        }
        // one article's two sayings of a person on a day are two things said ("Jobs said Apple will offer a free case"
        // / "Jobs also said that buyers of a bumper will be refunded") unless told in much the same words
        if (a == EventKind.STATEMENT && b == a && it.source.documentId() == m.source.documentId()
                && jaccard(it.words, m.words, common(it.words, m.words)) < SAME_SAYING) {
            return true;
        }
        // two outlets' reports that have nothing in common, neither naming a participant of the other, are joined by
        // no third report: a round-up's "England won the cricket World Cup and Djokovic beat Federer" tells two finals
        if (o.shared() == 0 && o.mentioned() == 0 && !it.parts.isEmpty() && !m.parts.isEmpty() && !storyDay(it, m, r, o)) {
            return true;
        }
        // outlets name one happening differently ("the World Cup was awarded to Morocco, Spain and Portugal" / "FIFA
        // approved the joint bid of Morocco, Spain and Portugal"): unrelated kinds of one day are one happening
        // only when three participants are the same
        if (!related(a, b) && a != EventKind.OTHER && b != EventKind.OTHER && o.shared() < MANY_SHARED) return true;
        // a final, a battle, a disaster has many people in it: two reports naming different ones still tell one
        // happening when they share two other participants on the same day and kind, or one and the score
        // ("the Raptors beat the Warriors 114-110", Lowry and Siakam scoring / "in Oakland ... 114-110")
        boolean crowded = a == b && CROWDED.contains(a) && (o.shared() >= 2 || o.shared() == 1 && (sameResult(it, m)
                || o.mentioned() > 0)) && sameDay(r);
        // ... and a match told by its score: "The All Blacks beat France 29-9 ... on June 20, 1987" / "in June 1987,
        // when David Kirk's side beat France 29-9": a side and the score in common make one match, whoever else each
        // names
        boolean scored = a == b && o.shared() >= 1 && sameResult(it, m)
                && (sameDay(r) || r == DateRel.CONTAINS && withinMonth(it, m));
        return o.peopleDiffer() && !crowded && !scored;
    }

    /** Whether both reports' sentences give the same result or tally in figures ("29-9", "2-0", "190-0"). */
    private static boolean sameResult(MergeReport it, MergeReport m) {
        for (String w : it.words) if (RESULT.matcher(w).matches() && m.words.contains(w)) return true;
        return false;
    }

    private static final java.util.regex.Pattern RESULT = java.util.regex.Pattern.compile("\\d{1,3}-\\d{1,3}");

    /**
     * Whether two outlets' articles of one story each date one happening of a kind on a day, and only one: the
     * same happening told with other names ("Cracks appeared in the Rana Plaza building" / "the building in Savar
     * showed cracks"), when the kind is one an actor seldom has twice a day and no person or place conflicts.
     */
    private static boolean storyDay(MergeReport it, MergeReport m, DateRel r, MergeOverlap o) {
        EventKind k = it.e().kind();
        return r == DateRel.EQUAL && k == m.e().kind() && storyDayKind(k)
                && it.aloneThatDay && m.aloneThatDay && !o.conflict() && !o.peopleDiffer() && sameStory(it, m);
    }

    /**
     * The kinds {@link #storyDay} joins: decided ones an actor seldom has twice a day (not statements, meetings,
     * agreements or business).
     */
    private static boolean storyDayKind(EventKind k) {
        return k != EventKind.OTHER && !MANY_A_DAY.contains(k);
    }

    /** Whether two reports' articles tell one story: three participants in common, a third of the smaller article's. */
    private static boolean sameStory(MergeReport it, MergeReport m) {
        if (it.source.documentId() == m.source.documentId()) return false;
        Set<String> small = it.story.size() <= m.story.size() ? it.story : m.story;
        Set<String> large = small == it.story ? m.story : it.story;
        int both = common(small, large);
        return both >= STORY_SHARED && both * 3 >= small.size();
    }

    /** The share of words a report of undecided kind needs with another that names its participant. */
    private static final double UNDECIDED_SHARE = 0.15;

    /** The share of words one article's two statements of a day need to be one saying told twice. */
    private static final double SAME_SAYING = 0.3;

    /** The most reports of one kind, each its article's only one that day, compared with each other as such. */
    private static final int ALONE_MOST = 64;

    /** Participants two articles share at least to tell one story. */
    private static final int STORY_SHARED = 3;

    /**
     * Reports i and j (it and m) as a pair to join, with how well they tell one happening and when they are weighed;
     * null when they do not tell one, or must not be one. Two documents' reports come before one document's (its
     * headline and its body), which only join what the others made; reports sharing a participant before those of
     * which one only names the other's; reports of one day before a day apart, and those before a coarse date
     * containing a day, which then joins them.
     */
    private static Pair pair(int i, int j, MergeReport it, MergeReport m) {
        DateRel r = relation(it, m);
        if (forbidsBeforeOverlap(it, m, r)) return null;
        MergeOverlap o = MergeOverlap.of(it, m);
        double f = forbids(it, m, r, o) ? 0 : fit(it, m, r, o);
        if (f <= 0) return null;
        int tier = (it.source.documentId() == m.source.documentId() ? 6 : 0) + (o.shared() == 0 ? 3 : 0)
                + tier(r, it, m);
        return new Pair(Math.min(i, j), Math.max(i, j), tier, f);
    }

    /** How well two reports that do not conflict tell one happening: 0 when they do not. */
    private static double fit(MergeReport it, MergeReport m, DateRel r, MergeOverlap o) {
        int both = common(it.words, m.words);
        double sim = jaccard(it.words, m.words, both);
        boolean sameKind = it.e().kind() == m.e().kind();
        boolean sameDay = sameDay(r);
        if (oneVote(it, m, r, o)) {
            return 0.5 + 0.2 * o.shared() + 0.1 * o.mentioned() + sim + 0.3 + (sameDay ? 0.3 : 0.15);
        }
        if (it.parts.isEmpty() || m.parts.isEmpty()) {
            // nobody named: only the same kind on the same date in very similar words
            return r == DateRel.EQUAL && sameKind && sim >= 0.5 ? sim : 0;
        }
        if (o.shared() == 0 && storyDay(it, m, r, o)) return 0.1 + sim;
        if (o.shared() == 0) {
            // no participant in common, but one names the other's in its sentence: same day, same kind, four words
            // (two undecided kinds agree on nothing: "Leicester were crowned champions" / "fans poured into the streets")
            // ... or a quake or storm of the day, one naming a town the other's sentence names ("the quake struck
            // Sichuan, centred on Wenchuan" / "the Wenchuan earthquake"): a wide hazard strikes many towns at once
            // ... or one undecided kind against a decided one in four words and a sixth of both sentences' words
            // ("the highly contagious virus was found at an abattoir in Little Warley, in Essex, on Monday" / "the
            // Essex abattoir where the outbreak was detected on Monday")
            boolean undecided = !sameKind && (it.e().kind() == EventKind.OTHER || m.e().kind() == EventKind.OTHER)
                    && both >= 4 && sim >= UNDECIDED_SHARE;
            if (o.mentioned() == 0 || !sameDay || !(sameKind && it.e().kind() != EventKind.OTHER || undecided)
                    || both < 4 && sim < 0.2 && !(ONCE_A_DAY.contains(it.e().kind()) && countryAndItsPeople(it, m))
                    && !wide(it, m, r)) {
                return 0;
            }
        } else if (!related(it.e().kind(), m.e().kind())) {
            // one report's kind is undecided (OTHER): the same day and much the same wording
            // ... or, on a day, the same people alone on both sides ("Karimov died on Friday" / "the government
            // announced Karimov's death on Friday")
            if (!sameDay || both < 4 && sim < 0.25 && !(o.sameNames() && daily(it))) return 0;
        } else if (sim < 0.1 && !(sameKind && r != DateRel.NEAR && both >= 3) && !oneActorsDay(it, m, o, sameDay)
                && !wide(it, m, r) && !oneAddress(it, m, o, sameDay)
                && !(sameKind && sameDay && !MANY_A_DAY.contains(it.e().kind()) && sameStory(it, m))
                && !(r == DateRel.CONTAINS && sameKind && oneActorsMonth(it, m, o))) {
            // the sentences must share words too; a long sentence dilutes the share, so the same kind on the same
            // day may instead share three content words beside the names, or tell one actor's happening of the day, or
            // be two outlets' articles of one story in a kind an actor seldom has twice a day ("a court fined IBM on
            // Sunday" / "IBM was ordered to pay"; two statements of one person in other words may be two)
            return 0;
        }
        // a day apart: the same kind in shared words; an undecided kind (OTHER) says little, so more words
        // ("the rocket lifted off on Saturday" / "the capsule docked on Sunday")
        if (r == DateRel.NEAR && (sim < 0.12 || !sameKind || it.e().kind() == EventKind.OTHER && sim < 0.25)) return 0;
        // ... and a day apart, a sentence that names the other's person without making them its participant tells
        // that person's happening as another one ("sacked two ministers yesterday, a day after he removed the prime
        // minister" / "dismissed the prime minister on Sunday"), when it has a person of its own the other lacks
        if (r == DateRel.NEAR && o.mentioned() > 0 && personOnOneSide(it, m)) return 0;
        // a coarse date containing a precise one ("in July" / "on July 16") needs the same kind and wording: a fifth
        // of the words, or, within a month, four words beside a shared name ("Musk agreed in April to buy Twitter" /
        // "He agreed on 25 April to buy the company")
        // ... or the same actor leading both, told the same way ("Jammeh, who seized power in a coup in 1994" /
        // "Jammeh came to power in a bloodless coup in July 1994"), or, in one story, the same people alone in a month
        // and a day of it ("Abiy took office in April" / "Abiy became prime minister on April 2")
        if (r == DateRel.CONTAINS && (!sameKind || sim < 0.2 && !(both >= 4 && sim >= 0.12 && o.shared() > 0
                && withinMonth(it, m)) && !(both >= 3 && sim >= 0.12 && o.sharedPeople() > 0 && !o.peopleDiffer()
                && withinMonth(it, m)) && !MergeOverlap.sameLead(it, m)
                && !oneActorsMonth(it, m, o))) {
            return 0;
        }
        // (a date containing the other within a month fits better than a year containing it: "in July" joins "on
        // July 5" before "in 1977")
        return 0.5 + 0.2 * o.shared() + 0.1 * o.mentioned() + sim + (sameKind ? 0.3 : 0)
                + (sameDay ? 0.3 : r == DateRel.CONTAINS ? (withinMonth(it, m) ? 0.15 : 0) : 0);
    }

    /**
     * Whether two reports tell a disaster of one day by the same wide hazard (an earthquake, a storm, a flood, an
     * eruption), which strikes many towns at once.
     */
    private static boolean wide(MergeReport it, MergeReport m, DateRel r) {
        if (it.e().kind() != EventKind.DISASTER || m.e().kind() != EventKind.DISASTER) return false;
        if (!sameDay(r)) return false;
        return (it.hazards & m.hazards) != 0;
    }

    /**
     * Whether one report's only participant is a country whose sentence names every participant of the other: a
     * vote told as the country's ("Australians rejected the proposal, a setback for Prime Minister Anthony
     * Albanese") and as its leader's ("the referendum was meant to be Anthony Albanese's defining moment").
     */
    private static boolean countryAndItsPeople(MergeReport it, MergeReport m) {
        for (MergeReport[] x : new MergeReport[][] {{it, m}, {m, it}}) {
            if (x[0].parts.size() != 1 || x[1].parts.isEmpty()) continue;
            MergeReport.Part c = x[0].parts.get(0);
            if (c.type() != MergeReport.Type.PLACE || !c.country().equals(c.key())) continue;
            boolean all = true;
            for (MergeReport.Part p : x[1].parts) all &= p.type() == MergeReport.Type.NAME && x[0].names(p);
            if (all) return true;
        }
        return false;
    }

    /**
     * Whether two reports of one day, of related kinds, tell one actor's happening whatever their words: the same
     * people alone (no other person on either side) in a kind one has once a day ("Boluarte was sworn in" /
     * "Boluarte took the oath of office"), or a body's act of the day told by both, whoever else one names ("the
     * High Court struck down the amendment, a blow to President Kenyatta" / "judges of the High Court declared");
     * or, in any kind but those an actor has several of a day, the same people alone and no place in conflict
     * ("About 900 SAS pilots walked out" / "SAS was hit by a stoppage that grounded half its flights").
     */
    private static boolean oneActorsDay(MergeReport it, MergeReport m, MergeOverlap o, boolean sameDay) {
        if (!sameDay) return false;
        EventKind a = it.e().kind();
        EventKind b = m.e().kind();
        if (a == b && ONCE_A_DAY.contains(a) && (o.sameNames() || o.sharedOrg() || MergeOverlap.sameLead(it, m))) {
            return true;
        }
        return daily(it) && !MANY_A_DAY.contains(a) && !MANY_A_DAY.contains(b) && o.sameNames() && !o.conflict();
    }

    /**
     * Whether two outlets tell one person's address of a day: both statements, both in an address's words (a speech,
     * a broadcast, going on television), the same people alone and no place in conflict. A leader addresses the
     * public once a day ("Kennedy went on television to reveal the missile sites" / "It opened with President
     * Kennedy's broadcast"); two sayings in other words may be two, an address is told in many.
     */
    private static boolean oneAddress(MergeReport it, MergeReport m, MergeOverlap o, boolean sameDay) {
        return sameDay && it.e().kind() == EventKind.STATEMENT && m.e().kind() == EventKind.STATEMENT && it.address
                && m.address && it.source.documentId() != m.source.documentId() && o.sharedPeople() > 0
                && o.sameNames() && !o.conflict();
    }

    /**
     * Whether, in one story, the same people alone tell a kind of happening one has once a day, in a month and on a
     * day of it ("Abiy took office in April" / "Abiy became prime minister on April 2").
     */
    private static boolean oneActorsMonth(MergeReport it, MergeReport m, MergeOverlap o) {
        return o.sameNames() && withinMonth(it, m) && ONCE_A_DAY.contains(it.e().kind()) && sameStory(it, m);
    }

    /**
     * Whether two reports of one day tell what happened to one person, who is sentenced, elected or sworn in once a
     * day: their places are where it happened and whose story it is ("Taylor was sentenced in Leidschendam" /
     * "Sierra Leone's former ruler Taylor was sentenced"), not two happenings.
     */
    private static boolean personsAct(MergeReport it, MergeReport m, DateRel r, MergeOverlap o) {
        if (!sameDay(r) || !o.placesOnly() || o.sharedPeople() == 0) return false;
        return PERSONS_ACTS.contains(it.e().kind()) && PERSONS_ACTS.contains(m.e().kind());
    }

    /**
     * Whether two reports of one day lead with the same person told the same way in a kind that befalls a person once
     * a day ("Temer was sworn in before Congress" / "Temer took the oath in the Senate"): the bodies each names are
     * where it was done, however differently told.
     */
    private static boolean sworn(MergeReport it, MergeReport m, DateRel r, MergeOverlap o) {
        return sameDay(r) && it.e().kind() == m.e().kind() && PERSONS_ACTS.contains(it.e().kind())
                && o.sharedPeople() > 0 && MergeOverlap.sameLead(it, m);
    }

    /** Kinds of happening that befall one person once in a day wherever it is told from. */
    private static final Set<EventKind> PERSONS_ACTS = java.util.EnumSet.of(EventKind.APPOINTMENT, EventKind.LEGAL);

    /**
     * Whether two articles of one story tell its vote of a day (or a day and its month), one by the country or the
     * loser, the other by the winner ("Fiji held a general election on December 14" / "Bainimarama lost the December
     * 14 election"): both an election's change of office, in a vote's words, no places in conflict.
     */
    private static boolean oneVote(MergeReport it, MergeReport m, DateRel r, MergeOverlap o) {
        if (it.e().kind() != EventKind.APPOINTMENT || m.e().kind() != EventKind.APPOINTMENT || !it.vote || !m.vote) {
            return false;
        }
        boolean day = sameDay(r) || r == DateRel.CONTAINS && withinMonth(it, m);
        return day && !o.conflict() && sameStory(it, m);
    }

    /**
     * Whether one report has a person among its participants that the other has not: a name the lists do not know
     * as a place or organisation, of two words or more as the extractor names people (a town the lists do not
     * know, "Tskhinvali", is one word).
     */
    private static boolean personOnOneSide(MergeReport it, MergeReport m) {
        for (MergeReport[] x : new MergeReport[][] {{it, m}, {m, it}}) {
            for (MergeReport.Part p : x[0].parts) {
                if (p.type() == MergeReport.Type.NAME && p.words().length >= 2 && !x[1].has(p)) return true;
            }
        }
        return false;
    }

    /** Whether a report is dated to a day (or a time of it), not a month or a year. */
    private static boolean daily(MergeReport it) {
        return it.e().when().precision().ordinal() <= org.eventscope.model.Precision.DAY.ordinal();
    }

    /** Whether both reports give a score or a tally ("101-97") and none is the same. */
    private static boolean differentScores(MergeReport it, MergeReport m) {
        boolean a = false;
        boolean b = false;
        for (String w : it.words) {
            if (!score(w)) continue;
            if (m.words.contains(w)) return false;
            a = true;
        }
        for (String w : m.words) b |= score(w);
        return a && b;
    }

    /** A word of digits, a dash and digits: a score or a tally as {@link MergeReport#words} keeps it. */
    private static boolean score(String w) {
        int d = w.indexOf('-');
        if (d <= 0 || d == w.length() - 1) return false;
        for (int i = 0; i < w.length(); i++) if (i != d && !Character.isDigit(w.charAt(i))) return false;
        return true;
    }

    /** Participants two reports of unrelated kinds on one day must share to tell one happening. */
    private static final int MANY_SHARED = 3;

    /** Kinds of happening with many participants, of which two reports may name different people. */
    private static final Set<EventKind> CROWDED = java.util.EnumSet.of(EventKind.MILITARY, EventKind.DISASTER,
            EventKind.PROTEST, EventKind.OTHER);

    /** Kinds of happening one actor often has several of in a day: statements, meetings, business. */
    private static final Set<EventKind> MANY_A_DAY = java.util.EnumSet.of(EventKind.STATEMENT, EventKind.MEETING,
            EventKind.ECONOMIC, EventKind.AGREEMENT);

    /** Kinds of happening a person seldom has twice in one day, unlike statements, meetings and business. */
    private static final Set<EventKind> ONCE_A_DAY = java.util.EnumSet.of(EventKind.APPOINTMENT, EventKind.VISIT,
            EventKind.LEGAL, EventKind.DISASTER, EventKind.RECOGNITION);

    private static boolean related(EventKind a, EventKind b) {
        if (a == b) return true;
        // a detention is also a coup's seizure, a removal from office also a court's or parliament's act
        if (a == EventKind.LEGAL || b == EventKind.LEGAL) {
            EventKind o = a == EventKind.LEGAL ? b : a;
            return o == EventKind.MILITARY || o == EventKind.APPOINTMENT;
        }
        // a coup's soldiers "removed the president" (an appointment's words) as they "surrounded the palace"
        if (a == EventKind.APPOINTMENT && b == EventKind.MILITARY || a == EventKind.MILITARY && b == EventKind.APPOINTMENT) {
            return true;
        }
        return group(a) != 0 && group(a) == group(b);
    }

    private static int group(EventKind k) {
        return switch (k) {
            case MEETING, VISIT, AGREEMENT -> 1;
            // a protest that turned violent is told as force by one outlet ("police opened fire on crowds who broke
            // into parliament") and as a protest by another ("protesters stormed parliament")
            case MILITARY, THREAT, PROTEST -> 2;
            case AID, ECONOMIC -> 3;
            default -> 0;
        };
    }

    private MergedEvent merged(List<MergeReport> c) {
        MergeReport top = c.get(0);
        Map<EventKind, Integer> kinds = new LinkedHashMap<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        double conf = 0;
        for (MergeReport it : c) {
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
        boolean disputed = disputed(c);
        TimeValue when = disputed ? majority(c) : finest(c);
        List<String> people = new ArrayList<>(names.keySet());
        people.sort((x, y) -> names.get(y) - names.get(x));
        conf = Math.min(1.0, conf + 0.05 * (c.size() - 1));
        List<SourcedEvent> sources = new ArrayList<>();
        c.stream().sorted(Comparator.comparingInt(it -> it.order)).forEach(it -> sources.add(it.source));
        return new MergedEvent(kind, top.e().title(), when, Math.round(conf * 100) / 100.0, disputed, people, sources);
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
