package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.Precision;
import org.eventscope.model.TimeValue;

import java.util.List;

/**
 * Events told by a plain verb (see {@link PlainVerbs}) rather than a trigger: of undecided kind and low confidence,
 * for a sentence no trigger dates and for a date of a sentence no trigger took.
 */
final class PlainEvents {
    private PlainEvents() {
    }

    /**
     * Whether a date may date a plain verb: a day, time, week, month or year that is no dateline, no frame of a day the
     * sentence gives, and no start of a state ("had governed since 2006").
     */
    static boolean date(TimeValue v, double penalty) {
        Precision pr = v.precision();
        return penalty < 0.2 && (pr == Precision.DAY || pr == Precision.TIME || pr == Precision.MONTH
                || pr == Precision.YEAR || pr == Precision.WEEK); // "which had left Sydney last week"
    }

    /**
     * The happening of undecided kind a plain verb at v tells, dated by d, with low confidence; null for a plan
     * ("will leave") whose doer is not named.
     */
    static ExtractedEvent event(Triggers triggers, Tokens t, Sentences s, int sen, TemporalTagger.Found d, int q,
                                TimeValue when, int v, List<EntityRecognizer.Mention> ms, boolean[] inDate,
                                Subjects subjects) {
        EntityRecognizer.Mention subject = subjects.of(s.first[sen], v, inDate, ms);
        if (subject == null && PlainVerbs.planned(t, v)) return null; // a plan of nobody named is too vague to keep
        Triggers.Hit h = new Triggers.Hit(EventKind.OTHER, 0.3, triggers.base(t.lower[v]), false);
        return EventAssembly.event(t, s, sen, new EventAssembly.Pair(d, q, when, v, h, 0.3), ms, subject, null,
                subjects, new int[0]);
    }

    /**
     * No trigger dated in the sentence: a plain past-tense verb next to a day, month or year date is kept as a
     * happening of undecided kind with low confidence (see {@link PlainVerbs}), done by its named subject or, failing
     * one, by the sentence's nearest actors (less surely still). {@code lone}: whether the sentence tells only one
     * date beside its dateline's, which a verb may then reach from further away ({@link PlainVerbs#near}).
     */
    static void first(Triggers triggers, Tokens t, Sentences s, int sen, List<TemporalTagger.Found> dates,
                      TimeValue[] cal, double[] penalty, boolean lone, List<EntityRecognizer.Mention> ms,
                      boolean[] inMention, boolean[] inDate, Subjects subjects, List<ExtractedEvent> out) {
        int a = s.first[sen];
        int b = s.last[sen];
        // "set the rate on 12 July last year, and ... gave the green light on 8 December": each date dates its own
        // nearest verb, once
        boolean[] used = new boolean[b - a];
        List<TimeValue> told = new java.util.ArrayList<>(2);
        for (int q = 0; q < dates.size() && told.size() < MAX; q++) {
            if (!date(cal[q], penalty[q]) || told.contains(cal[q])) continue;
            TemporalTagger.Found d = dates.get(q);
            // "Wednesday's ceremony in Washington was the end of one campaign": the occasion the day owns
            ExtractedEvent e = occasion(triggers, t, s, sen, d, q, cal[q], ms, inDate, subjects);
            if (e != null) {
                told.add(cal[q]);
                out.add(e);
                continue;
            }
            int v = PlainVerbs.near(t, a, b, d.from(), d.to(), inMention, inDate, used, lone);
            e = v < 0 ? null : event(triggers, t, s, sen, d, q, cal[q], v, ms, inDate, subjects);
            if (e == null) continue;
            used[v - a] = true;
            told.add(cal[q]);
            out.add(e);
        }
    }

    /**
     * "Kristjan Eldjarn, who has been president since 1968", "has run the group since January 2007", "in yellow since
     * Sept. 6": a date after "since" is when a state began, a happening of its own. Its head is the office the clause
     * names (an appointment), a verb of leading (an appointment too), or else a plain verb of the clause (undecided),
     * within ten words before "since" and no comma; null when there is none.
     */
    static ExtractedEvent since(Triggers triggers, Tokens t, Sentences s, int sen, TemporalTagger.Found d, int q,
                                TimeValue when, List<EntityRecognizer.Mention> ms, boolean[] inDate, boolean[] inMention,
                                Subjects subjects) {
        return since(triggers, t, s, sen, d, q, when, ms, inDate, inMention, subjects, null);
    }

    /**
     * "Dick Fuld, Lehman's chief executive since 1994, said": a date after "since" in an aside set off by commas
     * right after a name; {commas' tokens, the name's index in ms}, or null. The aside tells when the named one's
     * state began, not when the main verb happened.
     */
    static int[] sinceAside(Tokens t, int a, int b, TemporalTagger.Found d, List<EntityRecognizer.Mention> ms) {
        if (!t.wordIs(d.from() - 1, "since") || !t.is(d.to(), ',')) return null;
        int open = d.from() - 2;
        while (open > a && d.from() - open <= 10 && !t.is(open, ',')) open--;
        if (!t.is(open, ',')) return null;
        // (an aside names an office, it tells no clause: not ", has kept Conde at a secret place since Sunday,")
        for (int q = open + 1; q < d.from() - 1; q++) {
            if (t.isWord(q) && !t.capitalised(q) && (Tense.BE.contains(t.lower[q]) || t.wordIs(q, "has")
                    || t.wordIs(q, "have") || t.wordIs(q, "had") || Triggers.pastForm(t.lower[q]))) {
                return null;
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).to == open && ms.get(i).kind == org.eventscope.model.ParticipantKind.PERSON) {
                return new int[] {open, d.to(), i};
            }
        }
        return null;
    }

    /** {@link #since}, done by {@code who} when given (the name an aside follows). */
    static ExtractedEvent since(Triggers triggers, Tokens t, Sentences s, int sen, TemporalTagger.Found d, int q,
                                TimeValue when, List<EntityRecognizer.Mention> ms, boolean[] inDate, boolean[] inMention,
                                Subjects subjects, EntityRecognizer.Mention who) {
        int a = s.first[sen];
        int at = d.from() - 1;
        if (!t.wordIs(at, "since")) return null;
        int head = -1;
        EventKind kind = EventKind.OTHER;
        for (int j = at - 1; j > a && at - j <= 10; j--) {
            if (t.is(j, ',') || t.is(j, ';') || t.is(j, ':')) break;
            if (!t.isWord(j) || inMention[j] || inDate[j - a]) continue;
            String w = t.lower[j];
            // "their first title since 1908", "the worst day since 1929": a comparison, no state that began
            if (w.equals("first") || w.equals("last") || w.length() > 4 && w.endsWith("est")) return null;
            if (NameWords.HEAD.contains(w) && !t.capitalised(j) || LEADING.contains(w)) {
                head = j;
                kind = EventKind.APPOINTMENT;
                // ("chief executive since 1994": the office ends right before "since")
                if (NameWords.HEAD.contains(w) && at - j <= 3) {
                    boolean plain = true;
                    for (int q2 = j + 1; q2 < at; q2++) plain &= t.isWord(q2) && !t.capitalised(q2);
                    if (plain) head = at - 1;
                }
                break;
            }
            // "Kasparov, world champion since 1985,": a title won then, held since
            if (TITLE_HOLDERS.contains(w) && !t.capitalised(j) && who != null) {
                head = j;
                kind = EventKind.RECOGNITION;
                break;
            }
            // ("has been closed since 1989", "had been detained since Sunday": a passive state, begun that day)
            // (the verb nearest "since" tells what began, not an office named before it: "the opposition leader
            // Kabila has been detained since Sunday")
            if (PlainVerbs.happening(t, j) || t.wordIs(j - 1, "been") && !t.capitalised(j)
                    && Triggers.pastForm(t.lower[j]) && !NOT_STARTED.contains(t.lower[j])) {
                head = j;
                break;
            }
        }
        if (head < 0) return null;
        EntityRecognizer.Mention subject = who != null ? who : EventActors.relative(t, a, head, ms);
        if (subject == null) subject = subjects.of(a, head, inDate, ms);
        if (subject == null && kind == EventKind.APPOINTMENT) { // "has served as vice-president since 1975": the server's
            int as = head;
            while (as > a && head - as < 5 && !t.wordIs(as, "as") && (t.isWord(as) || t.isDash(as))) as--;
            if (t.wordIs(as, "as") && LEADING.contains(t.w(as - 1))) subject = subjects.of(a, as - 1, inDate, ms);
        }
        if (subject == null) return null; // whose state began is the happening: nobody named, nothing to tell
        boolean become = kind == EventKind.APPOINTMENT && !LEADING.contains(t.lower[head]) || kind == EventKind.RECOGNITION;
        Triggers.Hit h = new Triggers.Hit(kind, 0.3, become ? "become " + office(t, a, head) : triggers.base(t.lower[head]),
                false);
        return EventAssembly.event(t, s, sen, new EventAssembly.Pair(d, q, when, head, h, 0.3), ms, subject, null,
                subjects, new int[0]);
    }

    /** The office an aside names ending at its head word: "chief executive", "vice-president", "president". */
    private static String office(Tokens t, int a, int head) {
        int from = head;
        // (a hyphenated office, "vice-president", or words of an office before the head, "chief executive")
        while (from - 1 > a && head - from < 4 && (t.isDash(from - 1) && t.glued(from - 1) && t.glued(from)
                || t.isWord(from - 1) && !t.capitalised(from - 1) && (OFFICE_WORDS.contains(t.lower[from - 1])
                || NameWords.HEAD.contains(t.lower[from - 1])))) {
            from--;
        }
        return t.text.substring(t.start[from], t.end[head]).toLowerCase(java.util.Locale.ROOT);
    }

    /** Participles after "been" that tell no state begun on the date: "has been used since 1989". */
    private static final java.util.Set<String> NOT_STARTED = java.util.Set.of("used", "known", "called", "seen",
            "considered", "regarded", "said", "told", "named", "described", "reported", "based", "involved",
            "followed", "watched", "expected", "hoped", "feared");

    /** Holders of a title won in a contest: "world champion since 1985". */
    private static final java.util.Set<String> TITLE_HOLDERS = java.util.Set.of("champion", "champions",
            "titleholder", "titleholders", "title-holder");

    /** Words that make an office of the head word after them. */
    private static final java.util.Set<String> OFFICE_WORDS = java.util.Set.of("vice", "deputy", "acting", "chief",
            "prime", "interim", "executive", "managing", "foreign", "finance", "defence", "defense", "interior",
            "senior", "general", "attorney", "supreme", "co", "world", "olympic", "national", "european");

    /** Verbs of leading or holding an office: "has led the government since March 2009". */
    static final java.util.Set<String> LEADING = java.util.Set.of("led", "ruled", "ran", "run", "headed",
            "governed", "reigned", "chaired", "presided", "coached", "managed", "served", "held");

    /**
     * The occasion a day owns ("Wednesday's ceremony", "Sunday's final", "Saturday's time trial"): a happening of
     * that day, of the kind its noun is a trigger of (else undecided), with the noun's participants; null when the
     * date owns no occasion (see {@link NarrativeDates#occasionAfter}).
     */
    static ExtractedEvent occasion(Triggers triggers, Tokens t, Sentences s, int sen, TemporalTagger.Found d, int q,
                                   TimeValue when, List<EntityRecognizer.Mention> ms, boolean[] inDate,
                                   Subjects subjects) {
        int k = NarrativeDates.occasionAfter(t, d.to());
        if (k < 0) return null;
        Triggers.Hit known = triggers.at(t, k);
        Triggers.Hit h = new Triggers.Hit(known != null ? known.kind() : EventKind.OTHER, 0.3, t.lower[k], true);
        return EventAssembly.event(t, s, sen, new EventAssembly.Pair(d, q, when, k, h, 0.3), ms, null, null, subjects,
                new int[0]);
    }

    /** At most this many plain happenings in one sentence. */
    private static final int MAX = 2;
}
