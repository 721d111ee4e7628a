package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ParticipantKind;
import org.eventscope.model.Precision;
import org.eventscope.model.TimeValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Assembles one event from a trigger already paired with its date: decides who acts in it (the names near the
 * trigger or its date, not those of a later clause; failing them the sentence's nearest two actors), where it
 * happened, its title, and its confidence (the trigger's strength, the date's precision and vagueness, and how
 * surely its actors were found).
 */
final class EventAssembly {
    /** A trigger paired with a date; {@code from}: where its clause starts when only that clause's names act. */
    record Pair(TemporalTagger.Found date, int di, TimeValue when, int trigger, Triggers.Hit hit, double score,
                int from) {
        Pair(TemporalTagger.Found date, int di, TimeValue when, int trigger, Triggers.Hit hit, double score) {
            this(date, di, when, trigger, hit, score, -1);
        }
    }

    private static final int ACTOR_WINDOW = 22;

    private EventAssembly() {
    }

    /**
     * The name a relative clause whose verb is at k has as its object ("X, which its paratroopers captured", "X, whom
     * the rebels freed"): a relative pronoun after the name and a comma, then the clause's own subject before the verb;
     * null when there is none.
     */
    static EntityRecognizer.Mention objectRelative(Tokens t, int a, int k, List<EntityRecognizer.Mention> ms) {
        for (int j = k - 2; j > a && k - j <= 6; j--) {
            if (t.is(j, ',') || t.is(j, '.')) return null;
            if (!t.wordIs(j, "which") && !t.wordIs(j, "whom")) continue;
            if (!t.is(j - 1, ',')) return null;
            // (the clause's own subject stands between: not "which fell", nor "which was captured")
            if (!OBJECT_SUBJECTS.contains(t.w(j + 1)) && !t.capitalised(j + 1)) return null;
            for (EntityRecognizer.Mention m : ms) {
                if (m.to == j - 1 && m.canonical != null && !m.inTitle) return m;
            }
            return null;
        }
        return null;
    }

    /** The words that open a relative clause's own subject: "which its troops captured", "whom the rebels freed". */
    private static final java.util.Set<String> OBJECT_SUBJECTS = java.util.Set.of("its", "their", "his", "her", "the",
            "he", "she", "they", "we", "i", "our", "it");

    /**
     * The event of a pair: its trigger dated by its date (of value {@code when}, paired with {@code score}); names
     * before its {@code from} (-1: none) do not act in it.
     */
    static ExtractedEvent event(Tokens t, Sentences s, int sen, Pair p, List<EntityRecognizer.Mention> ms,
                                EntityRecognizer.Mention subject, String phrase, Subjects subjects, int[] marks) {
        TemporalTagger.Found date = p.date();
        TimeValue when = p.when();
        int trigger = p.trigger();
        Triggers.Hit hit = p.hit();
        double score = p.score();
        int from = p.from();
        int a = s.first[sen];
        int b = s.last[sen];
        int agent = hit.noun() ? -1 : EventActors.agent(t, trigger, b);
        List<EntityRecognizer.Mention> actors = new ArrayList<>();
        for (EntityRecognizer.Mention m : ms) {
            boolean weakName = unsureName(m);
            boolean adjacent = weakName && (trigger - m.to >= 0 && trigger - m.to <= 1 || m.from == trigger + 1
                    || EventActors.coordinatedSubject(t, m, subject, ms, trigger)) || m.from == agent && m.canonical != null;
            if (!EventExtractor.isActor(m) && !adjacent || m.from < from) continue;
            if (hit.noun()) {
                // a noun's participants follow it ("meeting between A and B") or stand just before it
                int before = trigger - m.to;
                int after = m.from - trigger;
                // "Portugal changed after the death of Salazar": a death is the named person's alone
                if (before >= 0 && TriggerPhrases.deathOf(t, trigger, hit)) continue;
                // (not a name of a clause of its own after it: "the deal was announced on Jan. 18, when Activision")
                // (nor one before it past a comma or a word relating another clause: "ferrying them to Cebu, after
                // Saturday's eruption of Mount Pinatubo")
                if (after > 0 && after <= 10 && !clauseBetween(t, trigger, m.from)
                        || before >= 0 && before <= 8 && !commaThen(t, m.to, trigger, RELATING)) {
                    actors.add(m);
                }
                continue;
            }
            if (inRelativeBefore(m, a, trigger, subjects)) continue;
            int dist = Math.min(Math.abs(m.from - trigger), Math.abs(m.from - date.from()));
            // "took over on October 16, one day after President Jeenbekov stepped down": a name in a clause related
            // after both the trigger and its date acts in that clause's happening
            int last = Math.max(trigger, date.to());
            // (and "won the World Cup at Lord's, Novak Djokovic beat Roger Federer ..., and Lewis Hamilton won": the
            // subjects and objects of later clauses of their own)
            // (nor, for a relative clause's happening, the names of the main clause it returns to: "the building
            // that caved in on Wednesday, was arrested yesterday near the border with India")
            boolean later = m.from > last && (ClauseDates.marked(marks, last, m.from, 1) || laterClause(t, marks, last, m.from)
                    || mainResumes(t, a, trigger, last, m.from) || subordinateSubject(t, last, m));
            if (dist <= ACTOR_WINDOW && !later) actors.add(m);
        }
        if (!hit.noun()) dropObliqueBeforeAnd(t, trigger, actors);
        boolean fromSentence = false;
        if (subject == null && actors.isEmpty()) {
            // no actor near the trigger ("... rejected the reform in a referendum on Sunday"): the actors of its
            // sentence, the nearest two, stand for it, less surely
            EntityRecognizer.Mention first = null, second = null;
            // names the recogniser was unsure of ("Fiat", "Chrysler") stand in only when the sentence has no other
            boolean anyActor = false;
            for (EntityRecognizer.Mention m : ms) anyActor |= EventExtractor.isActor(m) && m.from >= a && m.to <= b;
            for (EntityRecognizer.Mention m : ms) {
                boolean weakName = !anyActor && unsureName(m) && standsIn(t, m, trigger);
                if (!EventExtractor.isActor(m) && !weakName || m.from < a || m.to > b) continue;
                if (m.from > trigger && clauseBetween(t, trigger, m.from)) continue;
                // ("Anderson arrived in Bhopal to see the damage done by Monday's gas leak": a person told before a
                // quake, a storm or a leak sees it, nobody does it; one told after may be its victim: "the avalanche
                // killed 18 climbers, among them Dan Fredinburg")
                if (m.to <= trigger && witnessOnly(hit, m)) continue;
                if (inRelativeBefore(m, a, trigger, subjects)) continue;
                int d = Math.abs(m.from - trigger);
                if (first == null || d < Math.abs(first.from - trigger)) {
                    second = first;
                    first = m;
                } else if (second == null || d < Math.abs(second.from - trigger)) {
                    second = m;
                }
            }
            if (second != null && second.from < first.from) actors.add(second);
            if (first != null) actors.add(first);
            if (second != null && second.from > first.from) actors.add(second);
            fromSentence = first != null;
        }
        Set<String> names = new LinkedHashSet<>();
        if (subject != null) names.add(subject.canonical);
        // "Stockholm demanded an explanation", "Moscow called the verdict politically motivated": a city that speaks
        // or deals is its country's government
        if (subject != null && subject.kind == ParticipantKind.PLACE && !subject.demonym && subject.canonical != null
                && GOVERNMENT_ACTS.contains(hit.kind())) {
            String country = Lexicon.get().countryOf.get(subject.canonical.toLowerCase(java.util.Locale.ROOT));
            if (country != null && !country.equals(subject.canonical)) names.add(country);
        }
        if (agent >= 0 && actors.stream().noneMatch(m -> m.from == agent)) {
            EntityRecognizer.Mention unnamed = subjects.nameAt(agent, b); // "by Elon Musk", a name left out
            if (unnamed != null) actors.add(unnamed);
        }
        for (EntityRecognizer.Mention m : actors) names.add(m.canonical);
        // "the Old City of Jerusalem, which its paratroopers captured last Wednesday": the name an object relative
        // clause is about undergoes its verb
        if (!hit.noun()) {
            EntityRecognizer.Mention object = objectRelative(t, a, trigger, ms);
            if (object != null) names.add(object.canonical);
        }
        // "voted to impeach her on 17 April", "arrested him": the person the object pronoun stands for undergoes it
        // (not one acting in its own clause: "Obama praised him" is someone else, told before)
        // ... and "Judge Masipa found him guilty": the person the pronoun before a verdict's adjective stands for
        boolean verdict = Triggers.VERDICTS.contains(t.lower[trigger]);
        if (!hit.noun() || verdict) {
            int o = t.wordIs(trigger + 1, "to") && t.isWord(trigger + 2) ? trigger + 3 : trigger + 1;
            if (verdict) o = t.wordIs(trigger - 1, "not") ? trigger - 2 : trigger - 1;
            EntityRecognizer.Mention who = o < b && o > a ? subjects.objectPronoun(o, a) : null;
            // ... or the description between the finding verb and its adjective ("found the Paralympic champion
            // guilty", "convicted the former minister"): the person the article is about
            if (who == null && verdict) who = describedDefendant(t, a, trigger, subjects, subject);
            if (who != null && who.canonical != null && !(who.from >= a && who.to <= trigger)
                    && (subject == null || !who.canonical.equals(subject.canonical))) {
                names.add(who.canonical);
            }
        }
        EntityRecognizer.Mention where = EventPlaces.where(t, trigger, a, b, ms, actors, date);
        if (where != null) { // "agreed on Saturday in Nairobi": where it happened
            names.add(where.canonical);
            EntityRecognizer.Mention town = EventPlaces.townOfSite(t, where, ms);
            if (town != null) names.add(town.canonical);
        }
        // "Masipa found him guilty", "Pistorius was found guilty": titled by the verb of the finding
        int titled = trigger;
        Triggers.Hit titleHit = hit;
        int finding = verdict ? findingVerb(t, a, trigger) : -1;
        if (finding >= 0) {
            titled = finding;
            titleHit = new Triggers.Hit(hit.kind(), hit.strength(), FINDINGS.get(t.lower[finding]), false, trigger);
        }
        String title = Titles.title(t, ClauseDates.afterDateline(t, a), b, titled, titleHit, actors, date, ms, subject,
                phrase);
        // "Leak in Bhopal": a happening noun naming no actor says where it happened
        if (where != null && title.indexOf(' ') < 0) title = title + " in " + where.canonical;
        int start = t.start[a];
        int end = t.end[b - 1];
        String sentence = t.text.substring(start, end);
        double conf = hit.strength() * precisionFactor(when) * (date.vague() ? 0.8 : 1.0)
                * (names.isEmpty() ? 0.6 : fromSentence ? 0.8 : 1.0);
        conf = Math.max(0.05, Math.min(1.0, conf + Math.min(0.1, score * 0.1)));
        String dateText = t.text.substring(t.start[date.from()], t.end[date.to() - 1]);
        return new ExtractedEvent(hit.kind(), title, when, Math.round(conf * 100) / 100.0,
                new ArrayList<>(names), sentence, start, end - start, dateText);
    }

    /**
     * Whether a person or body is what a relative clause right before the verb at {@code trigger} is about ("The man
     * who shot Shinzo Abe was sentenced on Monday"): it takes no part in the verb's happening; a place there may be
     * where it happened.
     */
    private static boolean inRelativeBefore(EntityRecognizer.Mention m, int a, int trigger, Subjects subjects) {
        return m.kind != ParticipantKind.PLACE && m.to <= trigger && trigger - m.to <= 4
                && subjects.relativeObject(a, m.from);
    }

    /**
     * Whether a person named in a disaster's sentence only sees or suffers it: a quake, a storm or a leak is nobody's
     * doing ("Anderson arrived in Bhopal to see the damage done by Monday's gas leak").
     */
    static boolean witnessOnly(Triggers.Hit hit, EntityRecognizer.Mention m) {
        return hit.kind() == EventKind.DISASTER && m.kind == ParticipantKind.PERSON;
    }

    /**
     * The person a verdict's description stands for: "the" and at most four words ending in a person's noun between
     * the finding verb and the adjective at k ("found the Paralympic champion guilty", "declared the 27-year-old
     * innocent"), the person other than the judge the article names most (twice or more, more than any other); null
     * otherwise.
     */
    private static EntityRecognizer.Mention describedDefendant(Tokens t, int a, int k, Subjects subjects,
                                                              EntityRecognizer.Mention judge) {
        int end = t.wordIs(k - 1, "not") ? k - 1 : k;
        int finding = findingVerb(t, a, end);
        if (finding < 0 || !t.wordIs(finding + 1, "the") || end - finding < 3 || end - finding > 8) return null;
        String noun = t.w(end - 1);
        Lexicon lex = Lexicon.get();
        boolean person = lex.personNouns.contains(noun) || lex.titles.contains(noun) || noun.endsWith("-old")
                || t.wordIs(end - 1, "old") && t.isDash(end - 2);
        return person ? subjects.story.mostNamedBut(judge == null ? "" : judge.canonical, 2) : null;
    }

    /** Verbs that find someone guilty or innocent: "found him guilty", "pleaded not guilty", "declared her innocent". */
    private static final java.util.Map<String, String> FINDINGS = java.util.Map.of("found", "find", "find", "find",
            "finds", "find", "declared", "declare", "pronounced", "pronounce", "pleaded", "plead", "pled", "plead",
            "ruled", "rule", "judged", "judge");

    /** The verb of finding before a verdict's adjective at k, past its object (a pronoun or a name) and "not"; or -1. */
    private static int findingVerb(Tokens t, int a, int k) {
        for (int j = k - 1; j >= a && k - j <= 8; j--) {
            if (!t.isWord(j) && !t.isNum(j) && !t.isDash(j)) return -1; // ("found the 27-year-old guilty")
            if (t.isWord(j) && FINDINGS.containsKey(t.lower[j])) return j;
        }
        return -1;
    }

    /** Kinds of happening a government does, which a city named for it does for its country. */
    static final Set<EventKind> GOVERNMENT_ACTS = java.util.EnumSet.of(EventKind.STATEMENT, EventKind.THREAT,
            EventKind.RECOGNITION, EventKind.AGREEMENT, EventKind.AID);

    /**
     * The event with the second of "the two leaders" beside its first ({@link Subjects#partner}), right after it.
     */
    static ExtractedEvent withPartner(ExtractedEvent e, EntityRecognizer.Mention subject,
                                      EntityRecognizer.Mention partner) {
        if (partner.canonical == null || e.participants().contains(partner.canonical)) return e;
        List<String> names = new ArrayList<>(e.participants());
        int at = names.indexOf(subject.canonical);
        names.add(at < 0 ? names.size() : at + 1, partner.canonical);
        return new ExtractedEvent(e.kind(), pairTitle(e.title(), subject, partner), e.when(), e.confidence(), names,
                e.sentence(), e.offset(), e.length(), e.dateText());
    }

    /**
     * "Rakhmonov agrees a ceasefire" told of the two: "Rakhmonov and Nuri agree a ceasefire"; the title as it was when
     * it does not open on the first's name and a verb of the present.
     */
    private static String pairTitle(String title, EntityRecognizer.Mention first, EntityRecognizer.Mention second) {
        String one = Titles.shortName(first);
        if (!title.startsWith(one + " ")) return title;
        int sp = title.indexOf(' ', one.length() + 1);
        String verb = title.substring(one.length() + 1, sp < 0 ? title.length() : sp);
        String rest = sp < 0 ? "" : title.substring(sp);
        String base = verb.equals("is") ? "are" : verb.equals("has") ? "have" : null;
        for (String c : new String[] {verb.endsWith("ies") ? verb.substring(0, verb.length() - 3) + "y" : null,
                verb.endsWith("es") ? verb.substring(0, verb.length() - 2) : null,
                verb.endsWith("s") ? verb.substring(0, verb.length() - 1) : null}) {
            if (base == null && c != null && !c.isEmpty() && Titles.present(c, false).equals(verb)) base = c;
        }
        return base == null ? title : one + " and " + Titles.shortName(second) + " " + base + rest;
    }

    /**
     * "Kerr was chosen on Mr Whitlam's own recommendation and took office", "was chosen on the advice of Whitlam and
     * took office": a verb joined by "and" to the one before has that verb's subject; a name inside a phrase of the
     * verb before (after a preposition) is no actor of it when a subject stands before.
     */
    private static void dropObliqueBeforeAnd(Tokens t, int trigger, List<EntityRecognizer.Mention> actors) {
        if (!t.wordIs(trigger - 1, "and") || actors.size() < 2) return;
        EntityRecognizer.Mention first = null;
        for (EntityRecognizer.Mention m : actors) if (m.to <= trigger && (first == null || m.from < first.from)) first = m;
        if (first == null || oblique(t, first) || t.isApostrophe(first.to)) return; // (not "finish Rajapaksa's term")
        EntityRecognizer.Mention lead = first;
        actors.removeIf(m -> m != lead && m.from > lead.to && m.to < trigger && oblique(t, m));
    }

    /** Whether a preposition stands before the name, past a determiner, a title or "Mr": "on Mr Whitlam's", "of Whitlam". */
    private static boolean oblique(Tokens t, EntityRecognizer.Mention m) {
        int j = m.from - 1;
        while (j >= 0 && m.from - j <= 3 && t.isWord(j) && (OBLIQUE_SKIP.contains(t.lower[j]) || t.capitalised(j))) j--;
        return t.isWord(j) && !t.capitalised(j) && OBLIQUE_PREPS.contains(t.lower[j]);
    }

    private static final Set<String> OBLIQUE_SKIP = Set.of("the", "a", "an", "mr", "mrs", "ms", "dr");
    private static final Set<String> OBLIQUE_PREPS = Set.of("on", "of", "by", "for", "with", "from", "to", "at", "in",
            "under", "after", "before", "against", "over");

    /**
     * "were crowned champions on Monday after Tottenham Hotspur drew at Chelsea": a name right after a word opening
     * a clause of its own, with that clause's past verb after it, is the subject of that clause's happening.
     */
    private static boolean subordinateSubject(Tokens t, int last, EntityRecognizer.Mention m) {
        int q = t.wordIs(m.from - 1, "the") ? m.from - 2 : m.from - 1;
        if (q < last || !t.isWord(q) || !SUBORDINATE.contains(t.lower[q])) return false;
        int v = m.to;
        if (t.wordIs(v, "had") || t.wordIs(v, "has")) v++;
        return t.isWord(v) && !t.capitalised(v) && Triggers.pastForm(t.lower[v]) && !t.wordIs(v, "said");
    }

    /** A name the recogniser was unsure of: a guessed organisation that is no news agency and no title's part. */
    private static boolean unsureName(EntityRecognizer.Mention m) {
        return m.kind == ParticipantKind.ORGANIZATION && m.weak && !m.common && m.canonical != null
                && !"agency".equals(m.title) && !m.inTitle;
    }

    private static final Set<String> SUBORDINATE = Set.of("after", "before", "when", "while", "because", "since",
            "as", "until", "if", "although", "though", "whose", "where");
    private static final Set<String> LINK = Set.of("in", "on", "at", "of", "for", "and", "or", "to", "with", "from",
            "by", "as", "after", "before", "was", "is", "has", "had", "were", "are", "will", "said", "says", "last",
            "this", "earlier", "later");

    /**
     * Whether an unsure name may stand in for an event's actors: one before its verb ("Fiat, which took"), or one
     * after it in the verb's own clause ("control of Chrysler in 2014", not "after his party won"), that is a name
     * itself rather than a modifier of a noun ("the Nobel prize was awarded").
     */
    private static boolean standsIn(Tokens t, EntityRecognizer.Mention m, int k) {
        if (m.from > k) {
            for (int j = k + 1; j < m.from; j++) if (t.isWord(j) && SUBORDINATE.contains(t.lower[j])) return false;
        }
        return !t.isWord(m.to) || t.capitalised(m.to) || LINK.contains(t.lower[m.to]) || Triggers.pastForm(t.lower[m.to]);
    }

    /** Words relating a clause in time or cause ("whose" still ties a name to its noun: "Faye, whose lead"). */
    private static final Set<String> RELATING = Set.of("after", "before", "when", "while", "because", "since", "as",
            "until", "although", "though", "if");


    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "while", "because", "although", "though", "but",
            "whose", "where", "whereas");

    /** Whether a comma and a word opening a clause of its own stand between tokens k and j (", when X was"). */
    private static boolean clauseBetween(Tokens t, int k, int j) {
        return commaThen(t, k + 1, j, CLAUSE_OPENERS) || ownClauseIn(t, k + 1, j);
    }

    /** Whether a comma in [from, to) opens a clause of its own (see {@link ClauseDates#ownClauseAfter}). */
    private static boolean ownClauseIn(Tokens t, int from, int to) {
        for (int q = from; q + 1 < to; q++) if (t.is(q, ',') && ClauseDates.ownClauseAfter(t, q)) return true;
        return false;
    }

    /** Whether a comma then one of the words lies in [from, to): ", when", ", after". */
    private static boolean commaThen(Tokens t, int from, int to, Set<String> words) {
        for (int q = from; q + 1 < to; q++) {
            if (t.is(q, ',') && t.isWord(q + 1) && words.contains(t.lower[q + 1])) return true;
        }
        return false;
    }

    /**
     * Whether the trigger's clause is a relative one ("the building that caved in on Wednesday") and, before token k,
     * a comma after {@code last} hands back to the main clause's verb (", was arrested").
     */
    private static boolean mainResumes(Tokens t, int a, int trigger, int last, int k) {
        boolean relative = false;
        for (int j = trigger - 1; j > a && trigger - j <= 6 && !t.is(j, ','); j--) {
            if (t.isWord(j) && RELATIVES.contains(t.lower[j]) && t.isWord(j - 1) && !t.capitalised(j - 1)
                    && !Triggers.pastForm(t.lower[j - 1])) {
                relative = true;
                break;
            }
        }
        if (!relative) return false;
        for (int j = last; j + 1 < k; j++) {
            if (t.is(j, ',') && t.isWord(j + 1) && !t.capitalised(j + 1)
                    && (MAIN_VERBS.contains(t.lower[j + 1]) || Triggers.pastForm(t.lower[j + 1]))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RELATIVES = Set.of("that", "which", "who");
    private static final Set<String> MAIN_VERBS = Set.of("was", "were", "is", "are", "has", "have", "had", "will",
            "would");

    /** Whether a clause boundary after {@code last} opens on a name and its own past verb before token k. */
    private static boolean laterClause(Tokens t, int[] marks, int last, int k) {
        if (ownClauseIn(t, last, k)) return true;
        for (int m : marks) {
            if (m == 0) break;
            int j = -m - 1;
            if (m > 0 || j <= last || j >= k) continue;
            int v = j + 1;
            if (t.wordIs(v, "and") || t.wordIs(v, "but")) v++;
            while (v < t.size && v - j <= 6 && t.isWord(v) && t.capitalised(v)) v++;
            if (v > j + 1 && t.isWord(v) && !t.capitalised(v) && Triggers.pastForm(t.lower[v])) return true;
        }
        return false;
    }

    private static double precisionFactor(TimeValue v) {
        if (!v.yearKnown()) return 0.85;
        Precision p = v.precision();
        return switch (p) {
            case TIME, DAY -> 1.0;
            case SPAN -> 0.95;
            case WEEK, MONTH -> 0.9;
            case SEASON, QUARTER -> 0.85;
            case YEAR -> 0.8;
            default -> 0.6;
        };
    }
}
