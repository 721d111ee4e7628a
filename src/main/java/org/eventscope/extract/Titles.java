package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.eventscope.model.ParticipantKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Short readable event titles: "Lavrov and Medoev sign the consultations plan", "Meeting of Medoev and Lavrov". */
final class Titles {
    static final int MAX = 100;
    private static final Set<String> LONE = Set.of("the", "a", "an", "and", "its", "of", "to", "their", "his", "her");
    private static final Set<String> PREPS = Set.of("to", "against", "with", "of", "for", "from", "in", "on", "at", "by",
            "during", "after", "before", "over", "into", "between", "amid", "across", "toward", "towards", "near",
            "under", "through", "as", "since", "until", "while", "because", "which", "who", "that", "when", "where");
    private static final Set<String> SKIP = Set.of("also", "then", "later", "again", "still", "already", "reportedly",
            "officially", "formally", "twice", "once", "jointly", "finally", "successfully", "himself", "herself",
            "itself", "themselves");

    private Titles() {
    }

    static String title(Tokens t, int a, int b, int k, Triggers.Hit h, List<EntityRecognizer.Mention> actors,
                        TemporalTagger.Found date, List<EntityRecognizer.Mention> places,
                        EntityRecognizer.Mention subject, String phrase) {
        List<String> before = new ArrayList<>(2);
        List<String> seen = new ArrayList<>(2);
        int pronoun = -1;
        for (int q = k - 1; q >= a && k - q <= 14; q--) {
            if (t.isWord(q) && t.end[q] - t.start[q] <= 5 && PRONOUNS.contains(t.lower[q])) {
                pronoun = q;
                break;
            }
        }
        // ("an American reconnaissance aircraft was shot down": a people's name qualifying what underwent it is not
        // who did it)
        boolean undergone = !h.noun() && BE.contains(t.w(k - 1));
        EntityRecognizer.Mention fronted = null;
        for (EntityRecognizer.Mention m : actors) {
            if (undergone && EventActors.qualifier(t, m)) continue; // ("the Maastricht treaty was signed")
            if (possessor(t, m, actors, k)) continue;
            if (frontedPlace(t, a, m, k, date)) {
                fronted = m;
                continue;
            }
            if (m.to <= k && k - m.to <= 14 && m.from > pronoun && !seen.contains(m.canonical)) {
                seen.add(m.canonical);
                before.add(shortName(m));
            }
        }
        if (before.size() > 2) before = before.subList(before.size() - 2, before.size());
        // "Rajapaksa left on a military jet early on Wednesday, officials said": a saying's own subject after the
        // comma says it, not the name of the clause before
        if (subject == null && !h.noun() && !before.isEmpty() && ownSubjectAfterComma(t, a, k)) before = new ArrayList<>(0);
        // (nor when the clause's subject is such a name: "Two Bolivian soldiers were killed" is no "Bolivia is killed")
        if (subject != null && undergone && EventActors.qualifier(t, subject)) subject = null;
        if (subject != null && !h.noun()) {
            // the clause's actor ("it", "the company", "... and launched" resolved), with a name joined by "and"
            List<String> subj = new ArrayList<>(2);
            for (EntityRecognizer.Mention m : actors) {
                if (m != subject && m.to + 1 == subject.from && t.wordIs(m.to, "and")) subj.add(shortName(m));
            }
            subj.add(shortName(subject));
            before = subj;
        }
        String title;
        if (h.noun()) {
            Set<String> all = new LinkedHashSet<>();
            if (subject != null) all.add(shortName(subject)); // "X, who is on a trip": X's trip
            for (EntityRecognizer.Mention m : actors) {
                if (m.kind != ParticipantKind.PLACE || m.acting && m.demonym) all.add(shortName(m));
            }
            String where = null;
            int q = k + 1;
            if (t.wordIs(q, "to") || t.wordIs(q, "in") || t.wordIs(q, "at")) {
                for (EntityRecognizer.Mention m : places) {
                    if (m.from == q + 1 && m.kind == ParticipantKind.PLACE && !m.demonym) {
                        where = t.w(q) + " " + m.canonical;
                        break;
                    }
                }
            }
            // ("Earthquake in San Francisco", "Protests in Nukus": towns and regions alone say where, not whose; a
            // capital that speaks, threatens, recognises, agrees or gives stands for its government: "Embargo of
            // Washington")
            boolean towns = all.isEmpty() && !actors.isEmpty() && !EventAssembly.GOVERNMENT_ACTS.contains(h.kind())
                    && h.kind() != EventKind.ECONOMIC; // (and trades: "Slide of Wall Street")
            if (all.isEmpty()) {
                for (EntityRecognizer.Mention m : actors) if (where == null || !where.endsWith(m.canonical)) {
                    all.add(shortName(m));
                    towns &= m.kind == ParticipantKind.PLACE && !m.demonym && !country(m.canonical);
                }
            }
            // ("the largest since Katmai in 1912": the compared happening's noun)
            boolean compared = t.wordIs(k, "since") || t.wordIs(k, "than");
            // ("the sit-in outside army headquarters": a noun written with a dash is told whole)
            String noun = compared || h.lemma().startsWith(t.lower[k] + "-") ? h.lemma() : t.lower[k];
            String mod = compared ? "" : t.w(k - 1);
            if (mod.length() > 3 && !t.capitalised(k - 1) && (mod.endsWith("al") || mod.endsWith("ary") || mod.endsWith("ic")
                    || mod.endsWith("ive") || mod.equals("press") || mod.equals("time") || mod.endsWith("eral")
                    || mod.endsWith("ilateral"))) {
                noun = mod + " " + noun;
            }
            List<String> names = new ArrayList<>(all);
            if (names.size() > 3) names = names.subList(0, 3);
            String rest = names.isEmpty() && where == null ? complement(t, k, b, date) : "";
            // ("Invasion of Russia" reads as Russia invaded: force a named actor did is told "by" it, as the text
            // tells it by a possessive, by the verb it is the object of or by "by": "Bombing by NATO", "Attack by Israel")
            boolean by = !towns && !names.isEmpty() && h.kind() == EventKind.MILITARY && doer(t, k, subject, actors, names.get(0));
            // ("Invasion of Kuwait by Iraq": what the force was done to, then who did it)
            title = by ? cap(noun) + (names.size() > 1 ? " of " + join(names.subList(1, names.size())) : "") + " by "
                    + names.get(0) : cap(noun) + (names.isEmpty() ? rest : (towns ? " in " : " of ") + join(names))
                    + (where == null ? "" : " " + where);
        } else {
            int end = phraseEnd(t, k, b, h.lemma());
            // "called on Friday for a swift transition": the phrase's words after the date between them
            boolean dateNext = date != null && (date.from() == k + 1 || t.wordIs(k + 1, "on") && date.from() == k + 2);
            if (end < 0 && dateNext) end = phraseEnd(t, date.to() - 1, b, h.lemma());
            int at = end < 0 ? k : end;
            // "took the oath" read as taking office: the title says what the text says, "takes the oath"
            String lemma = end < 0 ? h.lemma().substring(0, h.lemma().indexOf(' ')) : h.lemma();
            if (h.kind() == org.eventscope.model.EventKind.STATEMENT) {
                // "said on Monday that the United States stood ...": what was said, past its date
                int q = at + 1;
                while (q < b && (inside(date, q) || t.is(q, ',') || t.wordIs(q, "on") && inside(date, q + 1))) q++;
                if (t.wordIs(q, "that")) at = q;
            }
            String object = object(t, at, b, actors, date);
            // "Murmu swore in Mr. Modi", "Arce swore in new heads of the army": an active verb's particle belongs to
            // it, and what follows is its object, not a place ("in" is otherwise a preposition that ends the object)
            // (not a participle alone: "Renzi's government, sworn in on February 22", "and sworn in a week later")
            String own = end == k ? PARTICLE.get(lemma) : null;
            boolean participle = t.lower[k].endsWith("n") && !t.wordIs(k - 1, "has") && !t.wordIs(k - 1, "had")
                    && !t.wordIs(k - 1, "have");
            if (own != null && !participle && t.wordIs(k + 1, own) && !BE.contains(t.w(k - 1))
                    && !(passiveAdverb(t.w(k - 1)) && BE.contains(t.w(k - 2)))) {
                String rest = object(t, k + 1, b, actors, date);
                object = own + (rest.isEmpty() ? "" : " " + rest);
            }
            if (object.isEmpty()) lemma = h.lemma(); // no words of its own to tell it: the phrase's meaning
            boolean many = plural(before);
            String verb = present(lemma, many);
            // "was re-elected", "was short-listed": the verb with its prefix, and the word before the prefix
            int v = t.isDash(k - 1) && ClauseDates.verbPrefix(t, k - 2) ? k - 2 : k;
            String form = v < k ? t.lower[v] + "-" + t.lower[k] : t.lower[k];
            if (v < k) verb = present((t.lower[v] + "-" + lemma), many);
            if (before.isEmpty() && phrase != null) {
                String be = t.w(v - 1);
                boolean passive = BE.contains(be);
                boolean plural = phrase.endsWith("s") && !phrase.endsWith("ss");
                boolean future = t.wordIs(k - 1, "will") || t.wordIs(k - 2, "will") || t.wordIs(k - 3, "will")
                        || t.wordIs(k - 1, "to"); // "is intended to launch": headline future, "to launch"
                String said = future ? (passive ? "to be " + form : "to " + lemma)
                        : passive ? (plural ? "are " : "is ") + form : present(lemma, plural);
                title = phrase + " " + said + (object.isEmpty() ? "" : " " + object);
            } else if (before.isEmpty()) {
                int from = k;
                while (from > a && k - from < 6 && !t.is(from - 1, ',') && !t.is(from - 1, ';')
                        && !t.is(from - 1, '\u201C') && !t.is(from - 1, '"') && !inside(date, from - 1)) {
                    from--;
                }
                // (not the "at" of "at least 5,000 people", a number's)
                while (from < k && (!t.isWord(from) || LEAD_STOP.contains(t.lower[from]) && !atLeast(t, from)
                        || t.lower[from].length() == 1)) {
                    from++; // "which has", "including agreements", "and fly": start at the content
                }
                // (not when the words before the verb end in a noun of people or a body, its own subject: "...,
                // immigration officials said")
                EntityRecognizer.Mention who = Character.isLowerCase(t.text.charAt(t.start[from]))
                        && !NP_START.contains(t.w(from)) && !subjectNoun(t, from, k) ? nearestBefore(actors, from) : null;
                // ("Kenyan police said they had arrested three men": the actor stands for the pronoun, "Kenya had
                // arrested three men", not "Kenya they had arrested")
                if (who != null && from + 1 < k && t.isWord(from) && PRONOUNS.contains(t.lower[from])) from++;
                String lead = from < k ? t.text.substring(t.start[from], t.start[k]).strip() : "";
                // ("had been re-elected": no space inside the word)
                title = (lead.isEmpty() ? "" : lead + (lead.endsWith("-") ? "" : " "))
                        + (end > k ? t.text.substring(t.start[k], t.end[end]) : t.raw(k)) // "came to office"
                        + (object.isEmpty() ? "" : " " + object);
                if (who != null && who != fronted) title = shortName(who) + " " + title; // "..., which last hosted it": Spain last hosted it
            } else {
                // "Modi was sworn in", "Bolsonaro was barred": the passive stays passive
                String be = passiveAdverb(t.w(v - 1)) ? t.w(v - 2) : t.w(v - 1);
                // "was arrested and charged with murder": one "be" makes both participles passive
                if (be.equals("and") && t.isWord(v - 2) && Triggers.pastForm(t.lower[v - 2])) be = t.w(v - 3);
                // ("Palme was hit in the back": a participle that is also the verb's base form)
                boolean passive = h.lemma().indexOf(' ') < 0 && (!t.lower[k].equals(h.lemma())
                        || SAME_PARTICIPLE.contains(t.lower[k])) && BE.contains(be);
                // "the former prime minister overthrown by the army in 1977": a participle after its noun with its
                // agent is passive too (not "attacked by air")
                passive |= h.lemma().indexOf(' ') < 0 && !t.lower[k].equals(h.lemma()) && t.isWord(k - 1)
                        && !t.capitalised(k - 1) && !Tense.BE.contains(t.lower[k - 1]) && !PRONOUNS.contains(t.lower[k - 1])
                        && t.wordIs(k + 1, "by") && (t.wordIs(k + 2, "the") || t.isWord(k + 2) && t.capitalised(k + 2))
                        && Triggers.pastForm(t.lower[k]);
                // "Mandela, elected president in April 1994, walked on": a participle in the commas after a name is
                // said of that name, passive
                // (a participle of those told of a person, right after the first comma of the sentence: not a main
                // verb after an aside, "Mahathir, sworn in at midnight in Putrajaya, named three ministers")
                passive |= t.is(k - 1, ',') && t.isWord(k - 2) && t.capitalised(k - 2)
                        && ASIDE_PARTICIPLES.contains(t.lower[k]) && firstComma(t, a, k - 1);
                // "Faye sworn in as youngest president", "Pistorius jailed for five years": a headline tells the
                // active in the present, so its past form right after a name is a passive with "is" left out
                passive |= h.lemma().indexOf(' ') < 0 && !t.lower[k].equals(h.lemma()) && Triggers.pastForm(t.lower[k])
                        && t.isWord(k - 1) && t.capitalised(k - 1) && headline(t, a, b);
                if (passive) {
                    String particle = PARTICLE.get(h.lemma());
                    verb = (many ? "are " : "is ") + form
                            + (particle != null && t.wordIs(k + 1, particle) && object.isEmpty() ? " " + particle : "");
                }
                title = join(before) + " " + verb + (object.isEmpty() ? "" : " " + object);
            }
        }
        title = cap(Coreference.collapse(title, 0, title.length()).strip());
        if (title.length() > MAX) {
            int cut = title.lastIndexOf(' ', MAX - 1);
            title = title.substring(0, cut > 20 ? cut : MAX - 1) + "\u2026";
        }
        return title;
    }

    /**
     * Whether a comma at j opens a clause of saying that tells the source ("were killed, officials in the eastern
     * city said"): no object of the verb before it.
     */
    private static boolean saidAfter(Tokens t, int j, int b) {
        for (int q = j + 1; q < b && q - j <= 8; q++) {
            if (!t.isWord(q)) return false;
            if (SOURCE_VERBS.contains(t.lower[q])) return q > j + 1;
        }
        return false;
    }

    private static final Set<String> SOURCE_VERBS = Set.of("said", "says", "told", "reported", "added", "stated",
            "confirmed", "announced");

    /**
     * Whether the sentence [a, b) is a headline: a line of at most 20 tokens that no full stop, question or
     * exclamation mark closes, alone on its line.
     */
    private static boolean headline(Tokens t, int a, int b) {
        if (b - a > 20 || b <= a) return false;
        if (t.is(b - 1, '.') || t.is(b - 1, '!') || t.is(b - 1, '?') || t.is(b - 1, '"') || t.is(b - 1, '\u201D')) {
            return false;
        }
        int end = t.end[b - 1];
        return end >= t.text.length() || t.text.charAt(end) == '\n' || t.text.charAt(end) == '\r';
    }

    /** "At least", "at most": the start of a number's phrase. */
    private static boolean atLeast(Tokens t, int k) {
        return t.wordIs(k, "at") && (t.wordIs(k + 1, "least") || t.wordIs(k + 1, "most"));
    }

    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");

    /** Whether a comma, then lower-case words ending in a noun of people or a body, stand right before k. */
    private static boolean ownSubjectAfterComma(Tokens t, int a, int k) {
        int c = k - 1;
        // (the words a clause of its own: not "whom supporters freed", "as police fired", "after its director died")
        while (c > a && k - c <= 6 && t.isWord(c) && !t.capitalised(c) && !RELATIVES.contains(t.lower[c])
                && !LEAD_STOP.contains(t.lower[c])) {
            c--;
        }
        return c >= a && t.is(c, ',') && c + 1 < k && subjectNoun(t, c + 1, k);
    }

    /** Whether the words [from, k) before a verb end in a noun of people or of a body: "immigration officials". */
    private static boolean subjectNoun(Tokens t, int from, int k) {
        // (a relative clause's subject is not the title's: "Japarov, whom parliament confirmed")
        if (k - 1 < from || !t.isWord(k - 1) || t.capitalised(k - 1) || RELATIVES.contains(t.w(from))) return false;
        String w = t.lower[k - 1];
        Lexicon lex = Lexicon.get();
        return lex.personNouns.contains(w) || lex.orgWords.contains(w) || SubjectNouns.ROLE_GROUPS.contains(w)
                || SubjectNouns.ACTING.contains(w) || SubjectNouns.PERSON_NOUNS.contains(w)
                || SubjectNouns.ORG_NOUNS.contains(w) || w.equals("police") || w.equals("media");
    }

    /**
     * "Russia's Luna-25 crashed", "Novi Sad's railway station collapsed": a name owning the next actor or a part of a
     * place is not an actor beside it.
     */
    private static boolean possessor(Tokens t, EntityRecognizer.Mention m, List<EntityRecognizer.Mention> actors, int k) {
        if (!t.isApostrophe(m.to) || !t.wordIs(m.to + 1, "s")) return false;
        if (OrgClues.placePossessive(t, m.to)) return true;
        for (EntityRecognizer.Mention o : actors) if (o.from == m.to + 2 && o.to <= k) return true;
        return false;
    }

    /**
     * "In Peru, two people drowned", "In Kyiv, police arrested three men": a place opening the clause in a phrase of
     * its own, closed by a comma with the verb's subject after it, says where, not who.
     */
    private static boolean frontedPlace(Tokens t, int a, EntityRecognizer.Mention m, int k, TemporalTagger.Found date) {
        if (m.kind != ParticipantKind.PLACE || m.demonym || !t.is(m.to, ',') || !FRONTING.contains(t.w(m.from - 1))) {
            return false;
        }
        int p = m.from - 1;
        if (p != a && !t.is(p - 1, ',') && !(date != null && date.to() == p)) return false;
        for (int j = m.to + 1; j < k; j++) if (t.isWord(j) && !inside(date, j)) return true;
        return false;
    }

    /** Prepositions that front a clause with where it happened. */
    private static final Set<String> FRONTING = Set.of("in", "at", "near", "across", "outside", "inside", "throughout");

    /** Auxiliaries that, after a comma, go on with the main clause a relative clause interrupted. */
    private static final Set<String> CLOSING_AUX = Set.of("had", "has", "have", "was", "were", "is", "are", "will",
            "would", "remains", "remained");

    /** Adverbs between "be" and its participle: "was also elected", "was first elected", "was later freed". */
    private static final Set<String> PASSIVE_ADVERBS = Set.of("also", "formally", "first", "later", "then", "finally",
            "officially", "eventually", "again", "subsequently", "quickly", "narrowly", "unanimously");

    /** An adverb between "be" and its participle: one of those, or any in "-ly" ("was briefly arrested"). */
    private static boolean passiveAdverb(String w) {
        return PASSIVE_ADVERBS.contains(w) || w.length() > 4 && w.endsWith("ly") && !w.equals("only") && !w.equals("july")
                && !w.equals("italy");
    }

    /**
     * Whether the first name of a noun's title ({@code first}) did the happening the noun at k names: the actor found
     * for it before the noun (a possessive, the subject of the verb it is the object of), or a name right after "by"
     * that follows the noun ("the attack by Israeli aircraft"); not one after "of" ("the overthrow of Ben Ali").
     */
    private static boolean doer(Tokens t, int k, EntityRecognizer.Mention subject, List<EntityRecognizer.Mention> actors,
                                String first) {
        // ("Hamas's attack", "their invasion" resolved; "NATO aircraft began bombing"; not the subject of a verb the
        // noun only follows: "Bush, who called the attack naked aggression", "bin Laden was killed in a raid")
        // (a person's possessive tells what was done to them as often: "Bhutto's assassination", "his arrest")
        if (subject != null && subject.to <= k && shortName(subject).equals(first)
                && (subject.kind != ParticipantKind.PERSON && possessiveBefore(t, k) || NounVerbs.aspectOf(t, 0, k) >= 0)) {
            return true;
        }
        for (EntityRecognizer.Mention m : actors) {
            if (!shortName(m).equals(first)) continue;
            if (m.from > k && m.from - k <= 4) return t.wordIs(m.from - 1, "by");
            // "Iraq's invasion of Kuwait", "Hamas's attack"; "the Soviet invasion of Afghanistan", "Saudi air strikes"
            if (m.to < k && k - m.to <= 4 && t.isApostrophe(m.to) && m.kind != ParticipantKind.PERSON) return true;
            if (m.demonym && m.to <= k && k - m.to <= 1) return true;
        }
        return false;
    }

    /** Whether "its" or "their" stands among the three words before the noun at k ("their full-scale invasion"). */
    private static boolean possessiveBefore(Tokens t, int k) {
        for (int j = k - 1; j >= 0 && k - j <= 3; j--) {
            String w = t.w(j);
            if (w.equals("its") || w.equals("their")) return true;
        }
        return false;
    }

    /** Whether the title's subjects take a plural verb: two or more, or a body told as many ("Police say"). */
    private static boolean plural(List<String> subjects) {
        return subjects.size() != 1 || PLURAL_BODIES.contains(subjects.get(0).toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> PLURAL_BODIES = Set.of("police", "troops", "authorities", "officials", "rebels",
            "protesters", "militants", "insurgents");

    /** Whether the comma at c is the first of the sentence from a. */
    private static boolean firstComma(Tokens t, int a, int c) {
        for (int j = a; j < c; j++) if (t.is(j, ',')) return false;
        return true;
    }

    /** Verbs whose past participle is their base form: "was hit", "was cut", "were shut". */
    private static final Set<String> SAME_PARTICIPLE = Set.of("hit", "put", "set", "cut", "hurt", "shut", "spread",
            "cast", "burst", "upset", "broadcast", "forecast", "beat");

    /** Participles that open an aside about the name before them: "Mandela, elected president in 1994,". */
    private static final Set<String> ASIDE_PARTICIPLES = Set.of("elected", "re-elected", "reelected", "appointed",
            "named", "sworn", "chosen", "born", "founded", "established", "ousted", "deposed", "jailed", "convicted");

    /** Forms of "be" before a participle: the clause is passive. */
    private static final Set<String> BE = Set.of("was", "were", "been", "be", "is", "are");

    /** Verbs whose passive keeps its particle: "sworn in", "called off", "shot down", "carried out". */
    private static final java.util.Map<String, String> PARTICLE = java.util.Map.of("swear", "in", "call", "off",
            "shoot", "down", "carry", "out", "rule", "out", "lock", "up");

    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we", "i", "which", "who");
    private static final Set<String> LEAD_STOP = Set.of("which", "who", "that", "and", "or", "but", "to", "with", "of",
            "in", "at", "on", "for", "from", "by", "as", "having", "including", "among", "also", "while", "when",
            "after", "before", "since", "than", "if", "whether", "then", "so", "although", "though", "because",
            "where", "until", "both", "whereas", "once");

    /** "delivery of the first A380": a noun's complement of up to six words, when no name says whose it is. */
    private static String complement(Tokens t, int k, int b, TemporalTagger.Found date) {
        String p = t.w(k + 1);
        if (!(p.equals("of") || p.equals("for") || p.equals("against") || p.equals("between") || p.equals("over")
                || p.equals("on") || p.equals("into"))) {
            return "";
        }
        int j = k + 2;
        int end = j;
        while (j < b && j - k <= 7 && !inside(date, j) && (t.isWord(j) || t.isNum(j) || t.is(j, '-'))
                && !LEAD_STOP.contains(t.w(j))) {
            end = ++j;
        }
        while (end > k + 2 && (t.wordIs(end - 1, "the") || t.wordIs(end - 1, "a") || t.wordIs(end - 1, "its"))) end--;
        return end > k + 2 ? " " + p + " " + t.text.substring(t.start[k + 2], t.end[end - 1]) : "";
    }

    /** "(by) almost 20 percent", "(by) 3.5%": a change's size. */
    private static boolean percent(Tokens t, int j) {
        for (int q = j; q < j + 5; q++) if (t.wordIs(q, "percent") || t.is(q, '%') || t.wordIs(q, "points")) return true;
        return false;
    }

    private static boolean inside(TemporalTagger.Found d, int k) {
        return d != null && k >= d.from() && k < d.to();
    }

    /**
     * The last token of a phrasal trigger's own words from its verb at k ("came to power"), so that the title's
     * object starts after them and does not say them twice; k for a one-word trigger; -1 when the text does not
     * say them in a row ("took the oath" read as "take office", "cut diplomatic ties").
     */
    static int phraseEnd(Tokens t, int k, int b, String lemma) {
        int at = k;
        int space = lemma.indexOf(' ');
        while (space > 0) {
            int next = lemma.indexOf(' ', space + 1);
            String w = lemma.substring(space + 1, next < 0 ? lemma.length() : next);
            if (at + 1 >= b || !t.wordIs(at + 1, w)) return -1;
            at++;
            space = next;
        }
        return at;
    }

    private static String object(Tokens t, int k, int b, List<EntityRecognizer.Mention> actors,
                                 TemporalTagger.Found date) {
        StringBuilder o = new StringBuilder();
        int words = 0;
        int j = k + 1;
        boolean dated = false; // whether the date stood right after the verb
        while (j < b && words < 8) {
            if (inside(date, j)) {
                if (words > 0) break;
                j = date.to();
                dated = true;
                // ("losing November's election": the date's possessive goes with it)
                if (t.isApostrophe(j) && t.wordIs(j + 1, "s")) j += 2;
                continue;
            }
            if ((t.is(j, ',') || t.is(j, '.') || t.is(j, ':')) && t.isNum(j - 1) && t.isNum(j + 1) && t.glued(j)
                    && t.glued(j + 1)) {
                o.append(t.raw(j)); // 1,200 or 2.5, or a race's 1:59:40
                j++;
                continue;
            }
            if (t.is(j, ',') || t.is(j, '.') || t.is(j, ';') || t.is(j, ':') || t.is(j, '(') || t.is(j, ')')
                    || t.is(j, '"') || t.is(j, '\u201C') || t.is(j, '\u201D') || t.is(j, '?') || t.is(j, '!')) {
                // (after the date a comma and a past verb close a relative clause: "introduced in 1994, gave way")
                // ("took office on July 28, 2021, had survived": or an auxiliary)
                boolean closes = dated && t.isWord(j + 1) && !t.capitalised(j + 1)
                        && (Triggers.pastForm(t.lower[j + 1]) || CLOSING_AUX.contains(t.lower[j + 1]));
                if (words == 0 && t.is(j, ',') && !closes && !ClauseDates.ownClauseAfter(t, j) && !saidAfter(t, j, b)) {
                    j++;
                    continue;
                }
                break;
            }
            String w = t.w(j);
            if (words == 0 && (SKIP.contains(w) || w.endsWith("ly") && !t.capitalised(j))) {
                j++;
                continue;
            }
            if (words == 0 && w.equals("by") && percent(t, j + 1)) {
                o.append("by"); // "increased by almost 20 percent"
                j++;
                words++;
                continue;
            }
            if (words == 0 && (w.equals("on") || w.equals("in") || w.equals("at")) && inside(date, j + 1)) {
                j++;
                continue;
            }
            // "agreed on Wednesday to disarm and dissolve their forces": the infinitive is what was agreed
            if (words == 0 && w.equals("to") && t.isWord(j + 1) && !t.capitalised(j + 1)
                    && !Triggers.DETERMINERS.contains(t.lower[j + 1]) && !PREPS.contains(t.lower[j + 1])
                    && DatePatterns.number(t.lower[j + 1]) == null) { // not "voted 61 to one"
                o.append("to");
                j++;
                words++;
                continue;
            }
            // (not one written into a word with a dash: "staged a sit-in", "a stay-at-home order")
            if (PREPS.contains(w) && !(t.isDash(j - 1) && t.glued(j) && t.glued(j - 1))) {
                EntityRecognizer.Mention m = actorWithin(t, actors, j + 1, Math.min(b, j + 7));
                if (m != null && words > 0 && !w.equals("which") && !w.equals("who") && !w.equals("that")) {
                    o.append(' ').append(w).append(' ').append(shortName(m));
                    int after = m.to;
                    if (t.wordIs(after, "and")) {
                        EntityRecognizer.Mention m2 = actorWithin(t, actors, after + 1, after + 2);
                        if (m2 != null) o.append(" and ").append(shortName(m2));
                    }
                }
                if (words > 0 || w.equals("which") || w.equals("who") || w.equals("that") || m == null) break;
                // "met with X": keep the preposition and the name ("called for X to step down": and what X is asked)
                o.append(w).append(' ').append(shortName(m)).append(asked(t, m.to, b));
                break;
            }
            EntityRecognizer.Mention m = actorAt(actors, j);
            // "swore in Mr. Modi": the honorific before a name the recogniser took without it goes with the name
            int named = t.is(j + 1, '.') ? j + 2 : j + 1;
            if (m == null && t.isWord(j) && t.capitalised(j) && Lexicon.get().honorifics.contains(t.lower[j])
                    && (m = actorAt(actors, named)) != null) {
                o.append(o.length() > 0 ? " " : "").append(t.text, t.start[j], t.end[named - 1]);
            }
            if (m != null) {
                o.append(o.length() > 0 ? " " : "").append(Coreference.surface(t, m));
                j = m.to;
                words++;
                // "urged Israel to withdraw", "asked Suharto to resign": what the actor is asked to do
                String asked = asked(t, j, b);
                if (!asked.isEmpty()) {
                    o.append(asked);
                    break;
                }
                continue;
            }
            o.append(o.length() > 0 && !t.glued(j) ? " " : "").append(t.raw(j));
            if (t.isWord(j) || t.isNum(j)) words++;
            j++;
        }
        String s = o.toString().strip();
        while (s.endsWith(" and") || s.endsWith(" the") || s.endsWith(" a") || s.endsWith(" its") || s.endsWith(" of")
                || s.endsWith(" to")) {
            s = s.substring(0, s.lastIndexOf(' '));
        }
        // a lone article or joining word is no object ("Faye wins the")
        return LONE.contains(s) ? "" : s;
    }

    /**
     * " to step down", " to resign": the infinitive right after an actor at j (one verb and its particle), when a
     * verb of asking governs it; else "".
     */
    private static String asked(Tokens t, int j, int b) {
        if (!t.wordIs(j, "to") || j + 1 >= b || !t.isWord(j + 1) || t.capitalised(j + 1)
                || Triggers.DETERMINERS.contains(t.lower[j + 1]) || PREPS.contains(t.lower[j + 1])
                || !TriggerPhrases.askedBefore(t, j)) {
            return "";
        }
        String verb = " to " + t.lower[j + 1];
        if (j + 2 < b && t.isWord(j + 2) && TITLE_PARTICLES.contains(t.lower[j + 2])) verb += " " + t.lower[j + 2];
        return verb;
    }

    private static final java.util.Set<String> TITLE_PARTICLES = java.util.Set.of("down", "up", "off", "out", "aside",
            "back", "away");

    private static EntityRecognizer.Mention actorWithin(Tokens t, List<EntityRecognizer.Mention> actors, int from, int to) {
        for (EntityRecognizer.Mention m : actors) {
            if (m.from >= from && m.from < to) {
                for (int q = from; q < m.from; q++) if (!t.isWord(q)) return null;
                return m;
            }
        }
        return null;
    }

    private static EntityRecognizer.Mention actorAt(List<EntityRecognizer.Mention> actors, int j) {
        for (EntityRecognizer.Mention m : actors) if (m.from == j) return m;
        return null;
    }

    /** Words that open a subject of their own ("the flag was raised"), so no actor goes before them in a title. */
    private static final Set<String> NP_START = Set.of("the", "a", "an", "his", "her", "its", "their", "this", "that",
            "these", "those", "whose", "some", "many", "several", "two", "three", "both", "all", "each", "every");

    /** The actor named last before token {@code k}, or null. */
    private static EntityRecognizer.Mention nearestBefore(List<EntityRecognizer.Mention> actors, int k) {
        EntityRecognizer.Mention best = null;
        for (EntityRecognizer.Mention m : actors) if (m.to <= k && (best == null || m.to > best.to)) best = m;
        return best;
    }

    static String shortName(EntityRecognizer.Mention m) {
        if (m.kind == ParticipantKind.PERSON) return m.shortName != null ? m.shortName : Coreference.shortName(m.canonical, null);
        return m.kind == ParticipantKind.ORGANIZATION && m.shortName != null ? m.shortName : m.canonical;
    }

    private static String join(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String present(String lemma, boolean plural) {
        if (lemma.equals("born")) return plural ? "are born" : "is born"; // told only in the passive
        if (plural) return lemma;
        int sp = lemma.indexOf(' ');
        if (sp > 0) return present(lemma.substring(0, sp), false) + lemma.substring(sp); // "calls for"
        if (lemma.equals("have")) return "has";
        if (lemma.equals("be")) return "is";
        // a past form no base was found for stays as it is ("Winterkorn apologised", not "apologiseds")
        if (lemma.endsWith("ed") && !lemma.endsWith("eed")) return lemma;
        if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z") || lemma.endsWith("o")) {
            return lemma + "es";
        }
        if (lemma.endsWith("y") && lemma.length() > 2 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
            return lemma.substring(0, lemma.length() - 1) + "ies";
        }
        return lemma + "s";
    }

    private static String cap(String s) {
        if (s.isEmpty()) return s;
        char u = Character.toUpperCase(s.charAt(0));
        return u == s.charAt(0) ? s : u + s.substring(1);
    }

    /**
     * Whether a place's name is a country's or a region's the lists know (no town of a country): a country may act
     * ("Invasion of Soviet Union", "Deal of United States"), a town only is where.
     */
    private static boolean country(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        Lexicon lex = Lexicon.get();
        return lex.places.containsKey(lower) && lex.countryOf.get(lower) == null;
    }
}
