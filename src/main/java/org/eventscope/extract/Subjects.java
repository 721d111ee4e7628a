package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The actor of a trigger verb's clause: the name just before the verb (past auxiliaries, adverbs, the date and
 * a ", which ...," aside); a pronoun ("he", "she", "it") or a description ("the company", "the minister") stands
 * for the nearest earlier name of its kind; a capitalised name the recogniser left out ("Apple Computer
 * announced") is taken as it stands. One instance per document; linear in the text.
 */
final class Subjects {
    private static final Set<String> SKIP = Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would",
            "also", "today", "yesterday", "tonight", "then", "later", "again", "already", "jointly", "not", "never",
            "could", "can", "may", "might", "must", "should", "shall", "ll", "been", "be", "to", "set", "due",
            "expected", "scheduled", "going", "about", "able", "just", "now", "first", "last", "finally", "formally",
            "officially", "reportedly", "this", "morning", "afternoon", "evening", "week", "month", "year", "on", "in",
            "earlier", "late", "early", "did", "does", "do", "both", "all", "each");
    /** "began to fly", "plans to buy": verbs whose subject is the subject of the verb after "to". */
    private static final Set<String> CATENATIVE = Set.of("begin", "begins", "began", "plan", "plans", "planned",
            "want", "wants", "wanted", "hope", "hopes", "hoped", "agree", "agrees", "agreed", "decide", "decides",
            "decided", "start", "starts", "started", "continue", "continues", "continued", "intend", "intends",
            "intended", "aim", "aims", "aimed", "try", "tries", "tried", "seek", "seeks", "sought", "promise",
            "promised", "vow", "vowed", "refuse", "refused", "fail", "failed", "manage", "managed", "threaten",
            "threatened", "offer", "offered", "prepare", "prepared", "need", "needs", "needed");
    private static final Set<String> ASIDE = Set.of("which", "who", "whose", "a", "an", "the", "its", "his", "her",
            "their", "one", "also", "now", "already", "itself", "based", "best", "known", "led", "both");
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "its",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "in", "on", "at", "after", "before",
            "but", "and", "or", "as", "when", "while", "since", "with", "for", "from", "by", "of", "to", "despite",
            "yesterday", "today", "there", "here", "meanwhile", "however", "also", "according", "some", "many",
            "officials", "analysts", "experts", "police", "residents", "witnesses", "sources", "reports");

    private final Tokens t;
    private final Sentences s;
    private final List<EntityRecognizer.Mention> mentions;
    private final Lexicon lex = Lexicon.get();
    private Set<String> inner;
    /** Who the article is about; made on first use. */
    final StoryActors story;

    Subjects(Tokens t, Sentences s, List<EntityRecognizer.Mention> mentions) {
        this.t = t;
        this.s = s;
        this.mentions = mentions;
        this.story = new StoryActors(s, mentions);
    }

    /** The actor of the clause of the verb at {@code k} in the sentence starting at {@code a}, or null. */
    EntityRecognizer.Mention of(int a, int k, boolean[] inDate, List<EntityRecognizer.Mention> ms) {
        partner = null;
        int j = head(a, k, inDate);
        if (j < 0) return null;
        // "Fiat, which took full control", "the former schoolteacher, who took office": the name or description
        // before a relative pronoun does it
        boolean relative = t.wordIs(j, "which") || t.wordIs(j, "who");
        if (relative && j - 2 >= a && t.is(j - 1, ',') && t.isWord(j - 2)) j -= 2;
        if (t.lower[j].equals("and") && j > a) return first(a, ms); // "Apple ... and launched": the first clause's
        for (EntityRecognizer.Mention m : ms) {
            if (m.common || m.canonical == null) continue; // a capitalised common word: judged below
            // "The Italian was appointed in July": a person told by nationality, the article's main person
            if (m.to == j + 1 && m.demonym && singularDemonym(j) && t.wordIs(m.from - 1, "the")) {
                EntityRecognizer.Mention main = story.mostNamed(2);
                return main != null ? main : nearest(k, ParticipantKind.PERSON, "");
            }
            // "Antonio Tejero of the Civil Guard strode": the person the body after "of" belongs to
            if (m.to == j + 1 && m.kind != ParticipantKind.PERSON) {
                int of = t.wordIs(m.from - 1, "the") ? m.from - 2 : m.from - 1;
                EntityRecognizer.Mention owner = t.wordIs(of, "of") ? personEndingAt(ms, of) : null;
                if (owner != null) return owner;
            }
            // ("the flight from Amsterdam to Kuala Lumpur was": a place after a preposition is no subject)
            // ("The man who shot Shinzo Abe was sentenced", "an earthquake that struck the Noto Peninsula killed 60":
            // the object of a relative clause right before the verb does not do it)
            if (m.to == j + 1) return usable(m) && !(m.kind == ParticipantKind.PLACE && PREPOSITION.contains(t.w(m.from - 1)))
                    && !(m.kind != ParticipantKind.PLACE && relativeObject(a, m.from)) ? m : null;
            if (m.from <= j && j < m.to) return null;
        }
        String w = t.lower[j];
        switch (w) {
            case "he", "she" -> {
                return PronounDescriptions.resolve(t, s, mentions, nearestOfSex(k, w.equals("she"), true), k);
            }
            case "it", "they" -> {
                // the nearest earlier subject: a name, unless the sentence before opens on an unnamed one; "they"
                // only for a name of this sentence or the one before ("Hezbollah said ... They would")
                EntityRecognizer.Mention m = nearest(k, ParticipantKind.ORGANIZATION, null, true);
                if (m != null && w.equals("they") && s.of[m.from] < s.of[k] - 1) return null;
                int[] p = previousSubject(a);
                return m != null && (p == null || m.from >= p[0]) ? m : null;
            }
            case "we", "i" -> {
                return speaker(k);
            }
            default -> {
            }
        }
        // "The 62-year-old won the presidency", "the 76-year-old leader read a statement": a person told by age is
        // the article's main person
        int old = w.equals("old") ? j : -1;
        if (t.wordIs(j - 1, "old") && (SubjectNouns.PERSON_NOUNS.contains(w) || lex.personNouns.contains(w))) old = j - 1;
        if (old > 0 && t.isDash(old - 1) && t.wordIs(old - 2, "year")) {
            return aged(k, t.isDash(old - 3) ? number(old - 4) : -1);
        }
        // "Her husband was shot at his Colombo home": the spouse of the person the pronoun stands for, named in the
        // text with that person's family name
        if (KIN.contains(w) && (t.wordIs(j - 1, "his") || t.wordIs(j - 1, "her"))) {
            EntityRecognizer.Mention kin = kin(k, t.wordIs(j - 1, "her"), w);
            if (kin != null) return kin;
        }
        if (SubjectNouns.ACTING.contains(w) || NameShapes.ACTOR_NOUNS.contains(w) || SubjectNouns.ROLE_GROUPS.contains(w)) {
            // "Russian paratroopers landed": the country of the demonym before the actors; "EU finance ministers
            // set", "Kenyan health officials said": the body or country whose people they are
            for (EntityRecognizer.Mention m : ms) {
                if (m.demonym && m.to == j && m.canonical != null) return m;
                boolean modifier = m.to == j - 1 && t.isWord(j - 1) && !t.capitalised(j - 1)
                        && !FUNCTION.contains(t.lower[j - 1]) && !PREPOSITION.contains(t.lower[j - 1]);
                if ((modifier || m.to == j) && m.kind != ParticipantKind.PERSON && usable(m) && !t.wordIs(m.from - 1, "of")) return m;
            }
            // "his forces seized the headquarters", "her government declared": the person the pronoun stands for,
            // whom they act for ("his supporters stormed", "his ministers resigned" act for themselves)
            if ((t.wordIs(j - 1, "his") || t.wordIs(j - 1, "her")) && ACTING_FOR.contains(w)) {
                return PronounDescriptions.resolve(t, s, mentions, nearest(k, ParticipantKind.PERSON, ""), k);
            }
        }
        if (SubjectNouns.FACILITIES.contains(w)) {
            EntityRecognizer.Mention named = Facilities.named(t, a, j, ms, FUNCTION);
            if (named != null) return named; // "the San Jose copper and gold mine caved in", "the Kakhovka dam burst"
        }
        EntityRecognizer.Mention owner = owner(j, ms);
        if (owner != null) return owner; // "SpaceX's Crew Dragon capsule docked", "ISRO's previous attempt failed"
        // "That accident, on Nov. 5, 2015, killed 19 people": the happening the sentence before told, by its actor
        if (SubjectNouns.TOLD_HAPPENINGS.contains(w) && (t.wordIs(j - 1, "that") || t.wordIs(j - 1, "this"))) {
            return story.lastActorBefore(a, 1);
        }
        // "the president-elect will be sworn in": the person the text names most, unless one is titled so
        if ((w.equals("elect") || w.equals("designate")) && t.isDash(j - 1) && t.isWord(j - 2) && t.wordIs(j - 3, "the")) {
            return described(k, t.lower[j - 2] + "-" + w, Set.of());
        }
        // "the two leaders agreed a ceasefire", "both countries signed": the last two the text named of that sort
        Integer sort = PAIRED.get(w);
        int two = t.wordIs(j - 1, "two") || t.wordIs(j - 1, "both") ? j - 1
                : t.wordIs(j - 2, "two") || t.wordIs(j - 2, "both") ? j - 2 : -1;
        if (sort != null && two >= a && (t.wordIs(two, "both") || t.wordIs(two - 1, "the"))) {
            EntityRecognizer.Mention[] pair = lastTwo(two, sort);
            if (pair != null) {
                partner = pair[1];
                return pair[0];
            }
        }
        boolean the = false; // "the company", "the former rural schoolteacher"
        for (int q = j - 1; q >= a && j - q <= 3 && !the; q--) {
            the = t.wordIs(q, "the");
            if (!the && (!t.isWord(q) || t.capitalised(q))) break;
        }
        if (the && !t.capitalised(j)) {
            if (SubjectNouns.ORG_NOUNS.contains(w)) {
                EntityRecognizer.Mention org = nearest(k, ParticipantKind.ORGANIZATION, w);
                // "Turkey's central bank raised rates ... The bank last raised rates": the owner it was told by
                return org != null ? org : ownerOf(k, w);
            }
            // "the storm strengthened": the storm named before
            if (EntityRecognizer.STORMS.contains(w)) return story.namedStorm(k);
            // "the destruction of the Kakhovka dam ... The dam was breached": the work named before
            if (SubjectNouns.FACILITIES.contains(w)) return Facilities.calledBefore(t, mentions, k, w);
            if (SubjectNouns.PERSON_NOUNS.contains(w) || Lexicon.get().personNouns.contains(w) || titleNoun(w)) {
                // "The late sultan overthrew his father in 1970": the one whose death the text tells, not the new one
                EntityRecognizer.Mention dead = t.wordIs(j - 1, "late") ? dead(k) : null;
                if (dead != null) return dead;
                // ... and "the new sultan, who was sworn in on Saturday" is not the one whose death it tells
                return described(k, w, t.wordIs(j - 1, "new") ? deadBefore(k) : Set.of());
            }
            return null;
        }
        return name(a, j);
    }

    /**
     * The person "the 76-year-old" before token k stands for ({@code age} -1 when not read): the one whose age the
     * text gives as that ("Habibie, 61,"); else the article's main person, or the nearest person, unless the text
     * gives them another age.
     */
    private EntityRecognizer.Mention aged(int k, int age) {
        Set<String> other = new java.util.HashSet<>();
        if (age > 0) {
            for (EntityRecognizer.Mention m : mentions) {
                if (m.kind != ParticipantKind.PERSON || !usable(m) || !t.is(m.to, ',')) continue;
                int given = number(m.to + 1);
                if (given < 0 || !(t.is(m.to + 2, ',') || t.is(m.to + 2, '.'))) continue;
                if (given == age) return m;
                other.add(m.canonical);
            }
        }
        EntityRecognizer.Mention main = story.leading(3);
        if (main != null && !other.contains(main.canonical)) return main;
        EntityRecognizer.Mention near = nearest(k, ParticipantKind.PERSON, "");
        if (near == null || !other.contains(near.canonical)) return near;
        for (int i = EntityRecognizer.firstFrom(mentions, k) - 1; i >= 0; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (k - m.to > 150) break;
            if (m.kind == ParticipantKind.PERSON && usable(m) && !m.weak && !other.contains(m.canonical)) return m;
        }
        return null;
    }

    /** The whole number of one to three digits at token i (an age), or -1. */
    private int number(int i) {
        return t.isNum(i) && t.len(i) <= 3 ? t.num(i) : -1;
    }

    /**
     * For a verb with no named subject, a subject phrase for its title: for "it" or "they", the subject phrase of
     * the sentence before ("bilateral trade is growing ... it increased" gives "bilateral trade"); else the
     * clause's own ("the first A380 was delivered"); null when the clause is negated or there is none.
     */
    String phrase(int a, int k, boolean[] inDate) {
        int j = head(a, k, inDate);
        if (j < 0) return null;
        for (int q = j + 1; q < k; q++) if (NOT_FACTUAL.contains(t.w(q))) return null;
        if (!(t.lower[j].equals("it") || t.lower[j].equals("they"))) return ownPhrase(a, j);
        int[] p = previousSubject(a);
        return p == null ? null : t.text.substring(t.start[p[0]], t.end[p[1] - 1]);
    }

    /** The tokens [from, to) of an unnamed subject phrase opening a clause of the sentence before, or null. */
    private int[] previousSubject(int a) {
        int q = s.of[a];
        if (q == 0) return null;
        int pa = s.first[q - 1];
        int pb = Math.min(s.last[q - 1], pa + 60);
        for (int x = pa; x < pb; x++) {
            if (x != pa && !t.is(x - 1, ',')) continue;
            int y = t.wordIs(x, "the") ? x + 1 : x;
            int e = y;
            while (e < pb && e - y < 3 && t.isWord(e) && (!t.capitalised(e) || e == pa) && !FUNCTION.contains(t.lower[e])
                    && !SKIP.contains(t.lower[e]) && !AUX.contains(t.lower[e])) {
                e++;
            }
            if (e > y && verbAfter(e)) return new int[]{x, e};
        }
        return null;
    }

    /** Negations and modals: a clause with one is not titled as a plain happening. */
    private static final Set<String> NOT_FACTUAL = Set.of("not", "never", "t", "may", "might", "could", "should",
            "would", "must");
    /**
     * Whether the name starting at {@code from} closes a relative clause opened within four words before it: "who" or
     * "which" (not after a comma or a preposition), then lower-case words or titles only ("who shot", "who killed
     * Mayor"); "that" opens too many other clauses.
     */
    boolean relativeObject(int a, int from) {
        for (int j = from - 1; j > a && from - j <= 4; j--) {
            // (a title before the name may be capitalised: "who killed Mayor Ana Robles")
            if (!t.isWord(j) || t.capitalised(j) && !lex.titles.contains(t.lower[j])) return false;
            String w = t.lower[j];
            // (not "in which opponents in Congress held up": after a preposition the clause's subject follows)
            if (w.equals("who") || w.equals("which")) {
                return j < from - 1 && !t.is(j - 1, ',') && !PREPOSITION.contains(t.w(j - 1));
            }
        }
        return false;
    }

    private static final Set<String> PREPOSITION = Set.of("in", "at", "on", "of", "for", "with", "from", "by", "into",
            "during", "under", "over", "about", "to", "through", "against");
    static final Set<String> DETERMINER = Set.of("the", "a", "an", "its", "their", "this", "these", "our");

    /** "The first A380 was delivered": the clause's own subject phrase, from a determiner to the noun before it. */
    private String ownPhrase(int a, int j) {
        if (t.capitalised(j) && !t.allCaps(j) || FUNCTION.contains(t.lower[j]) || SKIP.contains(t.lower[j])) return null;
        for (int x = j; x >= a && j - x < 6; x--) {
            if (!t.isWord(x) && !t.isNum(x) && !t.is(x, '-')) return null;
            if (t.isWord(x) && DETERMINER.contains(t.lower[x]) && !t.glued(x + 1)) { // not the "A" of "A380"
                // "came in a press conference held": a phrase after a preposition is no subject
                return x == j || PREPOSITION.contains(t.w(x - 1)) ? null : t.text.substring(t.start[x], t.end[j]);
            }
            if (t.isWord(x) && FUNCTION.contains(t.lower[x])) return null;
        }
        return null;
    }

    /**
     * The name owning the subject phrase that ends at j ("SpaceX's Crew Dragon capsule", "ISRO's previous attempt"):
     * a person or organisation before "'s" at most four words before, with only words between; or null.
     */
    private EntityRecognizer.Mention owner(int j, List<EntityRecognizer.Mention> ms) {
        for (int q = j - 1; q >= 0 && j - q <= 5; q--) {
            if (t.wordIs(q, "s") && t.isApostrophe(q - 1)) {
                for (EntityRecognizer.Mention m : ms) {
                    if (m.to == q - 1 && usable(m) && m.kind != ParticipantKind.PLACE) return m;
                }
                return null;
            }
            if (!t.isWord(q) && !t.isDash(q)) return null;
        }
        return null;
    }

    /** "his visit", "its launch": the nearest earlier person or organisation a possessive before a noun names. */
    EntityRecognizer.Mention possessor(int a, int k) {
        for (int j = k - 1; j >= a && k - j <= 3; j--) {
            String w = t.w(j);
            // (by the sex the text tells: "Dilma Rousseff ... Michel Temer ... her removal" is Rousseff's)
            // (not "her" as an object: "voted to impeach her on 17 April")
            if (w.equals("her") && objectHer(j)) return null;
            if (w.equals("his") || w.equals("her")) return nearestOfSex(j, w.equals("her"));
            if (w.equals("its")) return nearest(j, ParticipantKind.ORGANIZATION, null, true);
            if (w.isEmpty() || t.capitalised(j) || FUNCTION.contains(w)) return null;
        }
        return null;
    }

    /** The word that heads the clause of the verb at k: past auxiliaries, adverbs, the date and asides; or -1. */
    private int head(int a, int k, boolean[] inDate) {
        int j = k - 1;
        while (j >= a) {
            if (inDate[j - a] || t.isWord(j) && (SKIP.contains(t.lower[j]) || t.lower[j].endsWith("ly") && !t.capitalised(j)
                    || t.wordIs(j + 1, "to") && CATENATIVE.contains(t.lower[j]))) {
                j--;
            } else if (t.is(j, ')')) {
                int o = j - 1;
                while (o > a && j - o < 12 && !t.is(o, '(')) o--;
                if (!t.is(o, '(')) return -1;
                j = o - 1;
            } else if (t.is(j, ',')) {
                int o = datedAside(a, j, inDate); // "That accident, on Nov. 5, 2015, killed": past the date
                if (o < 0) {
                    o = j - 1;
                    while (o > a && j - o < 25 && !t.is(o, ',')) o--;
                    // ("Kasparov, 34, has held": an age set off by commas)
                    if (!t.is(o, ',') || !ASIDE.contains(t.w(o + 1)) && !(o + 2 == j && t.isNum(o + 1))) return -1;
                }
                j = o - 1;
            } else {
                break;
            }
        }
        return j < a || !t.isWord(j) ? -1 : j;
    }

    /** The comma opening a date set off by commas that the comma at j closes (", on Nov. 5, 2015,"), or -1. */
    private int datedAside(int a, int j, boolean[] inDate) {
        if (j - 1 < a || !inDate[j - 1 - a]) return -1;
        int o = j - 1;
        while (o >= a && (inDate[o - a] || t.is(o, ',') && o - 1 >= a && inDate[o - 1 - a])) o--;
        if (t.wordIs(o, "on") || t.wordIs(o, "in")) o--;
        return o >= a && t.is(o, ',') ? o : -1;
    }

    /** Those who act for the person whose they are: "his forces", "her government". */
    private static final Set<String> ACTING_FOR = Set.of("forces", "troops", "fighters", "men", "soldiers", "army",
            "militia", "government", "administration", "guards", "bodyguards", "lawyers", "lawyer", "spokesman",
            "spokeswoman", "office", "campaign");

    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "stressed", "noted",
            "explained", "declared", "stated", "according");

    /** "we will sign ...," Lavrov said: the person a first-person pronoun's sentence is quoted from. */
    private EntityRecognizer.Mention speaker(int k) {
        int q = s.of[k];
        int end = s.last[q];
        int n = mentions.size();
        for (int i = EntityRecognizer.firstFrom(mentions, s.first[q]); i < n && mentions.get(i).from < end; i++) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (m.kind == ParticipantKind.PERSON && usable(m)
                    && (SPEECH.contains(t.w(m.to)) || SPEECH.contains(t.w(m.from - 1)))) {
                return m;
            }
        }
        return null;
    }

    /** The sentence's opening subject: a name (or "he", "it") at its start followed by a verb. */
    /** "Lai, the candidate of the ruling party, won": past an aside after a name, where its verb stands. */
    private int afterApposition(int k) {
        if (!t.is(k, ',') || !t.isWord(k + 1) || !ASIDE.contains(t.lower[k + 1])) return k;
        int c = t.closingComma(k, 14);
        return c < 0 ? k : c + 1;
    }

    private EntityRecognizer.Mention first(int a, List<EntityRecognizer.Mention> ms) {
        int j = ClauseDates.afterDateline(t, a);
        while (t.is(j, '"') || t.is(j, '\u201C')) j++;
        // "The elder Berdimuhamedov, a former dentist, took over ... and was elected": past "the" and lower-case
        // words before the name
        int named = j;
        if (t.wordIs(j, "the")) {
            int q = j + 1;
            while (q < j + 4 && t.isWord(q) && !t.capitalised(q)) q++;
            if (q > j + 1) named = q;
        }
        // "President Volodymyr Zelensky cut short a holiday ..., and declared": past the title before the name
        for (int q = named; q < named + 3 && t.isWord(q) && t.capitalised(q) && lex.titles.contains(t.lower[q]); q++) {
            named = q + 1;
        }
        for (EntityRecognizer.Mention m : ms) {
            if (m.from != j && m.from != named || m.common || m.canonical == null) continue;
            if (m.from == named && named != j && m.kind != ParticipantKind.PERSON) continue;
            // "Bolivian soldiers drove ... and rammed": the country of the demonym before the actors
            if (m.demonym && (SubjectNouns.ACTING.contains(t.w(m.to)) || NameShapes.ACTOR_NOUNS.contains(t.w(m.to)))) return m;
            // "Ukraine's parliament voted ... and called": the country whose body it is
            int after = m.to;
            if (t.isApostrophe(after) && t.wordIs(after + 1, "s") && NameShapes.ACTOR_NOUNS.contains(t.w(after + 2))) {
                after += 3;
            }
            return usable(m) && verbAfter(afterApposition(after)) ? m : null;
        }
        // ("Her husband was shot ... and died the following day": the spouse, as {@link #of} finds)
        if ((t.wordIs(j, "his") || t.wordIs(j, "her")) && t.isWord(j + 1) && KIN.contains(t.lower[j + 1])
                && verbAfter(j + 2)) {
            return kin(j, t.wordIs(j, "her"), t.lower[j + 1]);
        }
        int e = j;
        while (e + 1 < t.size && e - j < 4 && t.isWord(e + 1) && t.capitalised(e + 1)) e++;
        if (!t.isWord(j) || !verbAfter(e + 1)) return null;
        String w = t.lower[j];
        if (w.equals("he") || w.equals("she")) return nearestOfSex(j, w.equals("she"), true);
        if (w.equals("it")) return nearest(j, ParticipantKind.ORGANIZATION, null, true);
        return t.capitalised(j) ? name(a, e) : null;
    }

    /** The person a "he" or "she" opening the sentence at a stands for (see {@link #first}), or null. */
    EntityRecognizer.Mention openingPronoun(int a, List<EntityRecognizer.Mention> ms) {
        int j = ClauseDates.afterDateline(t, a);
        if (!t.wordIs(j, "he") && !t.wordIs(j, "she")) return null;
        EntityRecognizer.Mention m = first(a, ms);
        return m != null && m.canonical != null && m.kind == ParticipantKind.PERSON ? m : null;
    }

    static boolean usable(EntityRecognizer.Mention m) {
        return m.canonical != null && !m.inTitle && !"agency".equals(m.title) && !m.common
                && (m.kind != ParticipantKind.PLACE || m.acting || !m.locative);
    }

    /**
     * The person "the judge", "the athlete" before token k stands for: the nearest one the text titles so; else,
     * for a role no title names ("the athlete"), the person the article names most; else the nearest person.
     */
    private EntityRecognizer.Mention described(int k, String noun, Set<String> skip) {
        for (int i = EntityRecognizer.firstFrom(mentions, k) - 1; i >= 0; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (k - m.to > 400) break;
            if (m.kind == ParticipantKind.PERSON && usable(m) && m.title != null
                    && m.title.toLowerCase(java.util.Locale.ROOT).contains(noun) && !skip.contains(m.canonical)) {
                return m;
            }
        }
        if (!SubjectNouns.PERSON_NOUNS.contains(noun)) {
            // (of two named as often, the lead's: "the athlete" is the story's, not the judge's)
            EntityRecognizer.Mention main = story.leading(2);
            if (main != null && !skip.contains(main.canonical)) return main;
        }
        // ("the new sultan" is no one else who happens to be near)
        return skip.isEmpty() ? nearest(k, ParticipantKind.PERSON, "") : null;
    }

    /** The people before token k whose death the text tells beside a mention of them (see {@link #dead}). */
    private Set<String> deadBefore(int k) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = EntityRecognizer.firstFrom(mentions, k) - 1; i >= 0; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (k - m.to > 600) break;
            if (m.kind != ParticipantKind.PERSON || !usable(m) || m.canonical == null) continue;
            // right beside the name: "the death of Qaboos", "the late Qaboos", "Qaboos died", "Qaboos's funeral"
            // (not a death told beside it of another: "condolences to Haitham on the death of Qaboos")
            int p = m.from - 1;
            if (t.isWord(p) && t.capitalised(p) && lex.titles.contains(t.lower[p])) p--; // "of Sultan Qaboos"
            boolean before = t.wordIs(p, "late")
                    || t.wordIs(p, "of") && t.isWord(p - 1) && DEATH.contains(t.lower[p - 1]);
            int after = t.isApostrophe(m.to) ? m.to + 2 : t.wordIs(m.to, "was") ? m.to + 1 : m.to;
            if (before || t.isWord(after) && DEATH.contains(t.lower[after])) out.add(m.canonical);
        }
        return out;
    }

    /**
     * The nearest person before token k whose death the text tells beside a mention of them ("Sultan Qaboos bin Said
     * died on Friday", "the death of Qaboos"), or null.
     */
    private EntityRecognizer.Mention dead(int k) {
        for (int i = EntityRecognizer.firstFrom(mentions, k) - 1; i >= 0; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (k - m.to > 600) break;
            if (m.kind != ParticipantKind.PERSON || !usable(m)) continue;
            for (int q = Math.max(0, m.from - 4); q < Math.min(t.size, m.to + 8); q++) {
                if (s.of[q] == s.of[m.from] && t.isWord(q) && DEATH.contains(t.lower[q])) return m;
            }
        }
        return null;
    }

    /** Words that tell a person's death. */
    private static final Set<String> DEATH = Set.of("died", "dies", "death", "funeral", "buried", "burial", "mourned",
            "mourning");

    /**
     * Whether a word of the title lists names a person by their office ("the new sultan, who was sworn in", "the
     * pope said"), and is no word that only qualifies one ("the foreign", "the acting").
     */
    private boolean titleNoun(String w) {
        return lex.titles.contains(w) && w.length() > 3 && !w.endsWith("s") && !TITLE_QUALIFIERS.contains(w);
    }

    /** Words of the title lists that qualify an office rather than name it. */
    private static final Set<String> TITLE_QUALIFIERS = Set.of("vice", "prime", "deputy", "acting", "interim",
            "former", "first", "lady", "foreign", "defence", "defense", "interior", "finance", "economy", "economic",
            "trade", "health", "education", "energy", "culture", "agriculture", "transport", "foreign-affairs",
            "state", "security", "intelligence", "national", "international", "affairs", "external", "presidential",
            "parliamentary", "supreme", "senior", "junior", "assistant", "permanent", "special", "under", "facto",
            "self-proclaimed", "so-called", "breakaway", "major", "opposition", "crown", "grand", "chair", "head",
            "official", "officer", "general", "justice", "lord", "dame", "miss", "prof", "doctor", "officials");

    /**
     * Spouses a person is told by ("her husband", "his widow"); other relatives ("his son") are left alone: a family
     * name shared with a father or a son says too little about which of them the text means.
     */
    private static final Set<String> KIN = Set.of("husband", "wife", "widow", "widower");

    /**
     * The spouse {@code kin} ("husband", "wife", ...) of the person "his" or "her" ({@code her}) before token k
     * stands for: the nearest person the pronoun may stand for who shares a family name with someone else the text
     * named, of a sex the spouse noun allows ("Sirimavo Bandaranaike ... her husband" is Solomon Bandaranaike), or
     * null.
     */
    private EntityRecognizer.Mention kin(int k, boolean her, String kin) {
        int ownerNot = her ? -1 : 1;
        int spouseNot = kin.equals("husband") || kin.equals("widower") ? 1 : -1;
        int first = EntityRecognizer.firstFrom(mentions, k) - 1;
        for (int i = first; i >= 0; i--) {
            EntityRecognizer.Mention owner = mentions.get(i);
            if (k - owner.to > 400) break;
            if (owner.kind != ParticipantKind.PERSON || !usable(owner) || owner.canonical.indexOf(' ') < 0
                    || sexOf(owner.canonical) == ownerNot) {
                continue;
            }
            String family = owner.canonical.substring(owner.canonical.lastIndexOf(' ') + 1);
            for (int q = first; q >= 0; q--) {
                EntityRecognizer.Mention m = mentions.get(q);
                if (k - m.to > 400) break;
                if (m.kind != ParticipantKind.PERSON || !usable(m) || m.canonical.equals(owner.canonical)
                        || m.canonical.indexOf(' ') < 0 || sexOf(m.canonical) == spouseNot) {
                    continue;
                }
                if (m.canonical.substring(m.canonical.lastIndexOf(' ') + 1).equals(family)) return m;
            }
        }
        return null;
    }

    /**
     * The second of the two actors the last {@link #of} found for "the two leaders", "both countries" (the first it
     * returned), or null.
     */
    EntityRecognizer.Mention partner;

    /** Plural nouns "the two ..." and "both ..." name a pair by: of people (0), countries (1) or bodies (2). */
    private static final java.util.Map<String, Integer> PAIRED = pairs();

    private static java.util.Map<String, Integer> pairs() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : List.of("men", "women", "leaders", "presidents", "ministers", "premiers", "chancellors",
                "kings", "candidates", "rivals", "politicians", "generals", "envoys", "diplomats", "negotiators")) {
            m.put(w, 0);
        }
        for (String w : List.of("countries", "nations", "governments", "states", "neighbours", "neighbors")) {
            m.put(w, 1);
        }
        for (String w : List.of("companies", "firms", "banks", "groups", "parties", "clubs", "teams", "airlines",
                "carriers", "organisations", "organizations", "agencies")) m.put(w, 2);
        return java.util.Map.copyOf(m);
    }

    /**
     * The last two different actors of a sort the text named together before token k, within about five sentences:
     * people, countries or bodies, the second at most six tokens after the first with "and" or "with" between them, or
     * fourteen after an "and" right after the first ("Imomali Rakhmonov and the leader of the opposition, Sayid
     * Abdullo Nuri", "Biden spoke with Xi Jinping"); else the two it named most ({@link #mostNamedTwo}). (The last two
     * named apart may be anyone's: "the Prime Minister, Mr Holland, said that Hillary ...".)
     */
    private EntityRecognizer.Mention[] lastTwo(int k, int sort) {
        for (int i = EntityRecognizer.firstFrom(mentions, k) - 1; i > 0; i--) {
            EntityRecognizer.Mention later = mentions.get(i);
            if (k - later.to > 250) break;
            if (!fits(later, sort)) continue;
            for (int q = i - 1; q >= 0; q--) {
                EntityRecognizer.Mention m = mentions.get(q);
                // ("Rakhmonov and the leader of the United Tajik Opposition, Sayid Abdullo Nuri": an "and" right
                // after the first reaches further)
                int gap = later.from - m.to;
                if (gap > 14 || m.to > later.from) break;
                if (gap > 6 && !t.wordIs(m.to, "and")) continue;
                if (!fits(m, sort) || m.canonical.equals(later.canonical)) continue;
                if (s.of[m.from] != s.of[later.from]) break;
                boolean joined = false;
                for (int x = m.to; x < later.from; x++) {
                    if (t.is(x, '.') || t.is(x, ';')) {
                        joined = false;
                        break;
                    }
                    joined |= t.wordIs(x, "and") || t.wordIs(x, "with");
                }
                if (joined) return new EntityRecognizer.Mention[] {m, later};
            }
        }
        return mostNamedTwo(k, sort);
    }

    /**
     * The two actors of a sort the text named most often before token k, each at least twice, the one named first
     * first ("Eritrean President Isaias Afwerki ... was greeted by Prime Minister Abiy Ahmed ... the two leaders");
     * null when fewer are.
     */
    private EntityRecognizer.Mention[] mostNamedTwo(int k, int sort) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, EntityRecognizer.Mention> firstSeen = new java.util.HashMap<>();
        for (int i = 0, n = EntityRecognizer.firstFrom(mentions, k); i < n; i++) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (!fits(m, sort)) continue;
            counts.merge(m.canonical, 1, Integer::sum);
            firstSeen.putIfAbsent(m.canonical, m);
        }
        String top = null, second = null;
        for (var e : counts.entrySet()) {
            int c = e.getValue();
            if (top == null || c > counts.get(top)) {
                second = top;
                top = e.getKey();
            } else if (second == null || c > counts.get(second)) {
                second = e.getKey();
            }
        }
        // (a third named as often as the second leaves the pair unknown)
        if (second == null || counts.get(second) < 2) return null;
        for (var e : counts.entrySet()) {
            boolean other = !e.getKey().equals(top) && !e.getKey().equals(second);
            if (other && e.getValue() >= counts.get(second)) return null;
        }
        EntityRecognizer.Mention a = firstSeen.get(top);
        EntityRecognizer.Mention b = firstSeen.get(second);
        return a.from < b.from ? new EntityRecognizer.Mention[] {a, b} : new EntityRecognizer.Mention[] {b, a};
    }

    /** Whether a mention is an actor of a sort of {@link #PAIRED}. */
    private boolean fits(EntityRecognizer.Mention m, int sort) {
        if (!usable(m) || m.weak) return false;
        String lc = m.canonical.toLowerCase(java.util.Locale.ROOT);
        boolean person = m.kind == ParticipantKind.PERSON;
        boolean country = m.kind == ParticipantKind.PLACE && lex.places.containsKey(lc)
                && !lex.countryOf.containsKey(lc);
        boolean body = m.kind == ParticipantKind.ORGANIZATION;
        return switch (sort) {
            case 0 -> person;
            case 1 -> country;
            default -> body;
        };
    }

    /** The usable person among the mentions whose name ends right before token k, or null. */
    private static EntityRecognizer.Mention personEndingAt(List<EntityRecognizer.Mention> ms, int k) {
        for (EntityRecognizer.Mention m : ms) {
            if (m.to == k && m.kind == ParticipantKind.PERSON && usable(m)) return m;
        }
        return null;
    }

    /**
     * The name that last owned this noun before token k ("Turkey's central bank", "Japan's transport ministry"): a
     * place or organisation followed by "'s" and, within three lower-case words, the noun; or null.
     */
    private EntityRecognizer.Mention ownerOf(int k, String noun) {
        for (int i = EntityRecognizer.firstFrom(mentions, k) - 1; i >= 0; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (k - m.to > 400) break;
            if (m.kind == ParticipantKind.PERSON || !usable(m) || m.demonym || !t.isApostrophe(m.to)
                    || !t.wordIs(m.to + 1, "s")) {
                continue;
            }
            for (int q = m.to + 2; q < m.to + 5 && t.isWord(q) && !t.capitalised(q); q++) {
                if (t.lower[q].equals(noun)) return m;
            }
        }
        return null;
    }

    /**
     * The nearest earlier name of a kind within a few sentences. A person for "he", "she", "the minister"; for
     * "it" ({@code noun} null) an organisation or a country that was itself the subject of a verb; for "the airline" one whose
     * name says "airline", else the nearest organisation that was a subject.
     */
    private EntityRecognizer.Mention nearest(int k, ParticipantKind kind, String noun) {
        return nearest(k, kind, noun, false, false);
    }

    private EntityRecognizer.Mention nearest(int k, ParticipantKind kind, String noun, boolean countries) {
        return nearest(k, kind, noun, countries, false);
    }

    /**
     * ... {@code subjectLike}: for a subject "he" or "she", a person named as a verb's object or after a preposition
     * past their title is passed over too ({@link #obliquePerson}).
     */
    private EntityRecognizer.Mention nearest(int k, ParticipantKind kind, String noun, boolean countries,
                                             boolean subjectLike) {
        EntityRecognizer.Mention subject = null;
        EntityRecognizer.Mention oblique = null;
        for (int i = EntityRecognizer.firstFrom(mentions, k) - 1; i >= 0; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (k - m.to > (subjectLike && kind == ParticipantKind.PERSON ? SUBJECT_REACH : 150)) break;
            boolean country = countries && m.kind == ParticipantKind.PLACE && !m.demonym && !m.locative;
            if (m.kind != kind && !country || !usable(m) || m.weak && kind == ParticipantKind.PERSON) continue;
            if (kind == ParticipantKind.PERSON) {
                // "he" rarely stands for a person named after a preposition ("closed in honour of Martin Luther
                // King. He fought cancer"): an earlier person who was not is preferred, the oblique one kept last
                // (a person of the pronoun's own sentence is its nearest still: "a replacement for former president
                // Abdulla Yameen, who was barred because he is serving a sentence")
                boolean before = s.of[m.from] < s.of[Math.min(k, t.size - 1)];
                if (!(subjectLike && before ? obliquePerson(m) : OBLIQUE.contains(t.w(m.from - 1)))) return m;
                if (oblique == null) oblique = m;
                continue;
            }
            if (noun != null && m.canonical.toLowerCase(java.util.Locale.ROOT).contains(noun)) return m;
            if (subject == null && verbAfter(m.to)) subject = m;
        }
        return subject != null ? subject : oblique;
    }

    /**
     * The person an object pronoun at k stands for ("the lower house voted to impeach her", "police arrested him on
     * Monday"), see {@link #nearestOfSex}; null when k holds none ("her government" is her possessive).
     */
    EntityRecognizer.Mention objectPronoun(int k) {
        if (!t.isWord(k)) return null;
        String w = t.lower[k];
        boolean her = w.equals("her") && objectHer(k);
        if (!w.equals("him") && !her) return null;
        // "identified him as Tetsuya Yamagami": the name that follows (not "removed him as party leader")
        if (t.wordIs(k + 1, "as") && t.isWord(k + 2) && t.capitalised(k + 2)) return null;
        return nearestOfSex(k, her);
    }

    /**
     * {@link #objectPronoun(int)} past the sentence's own people: an object pronoun is not its clause's subject
     * ("Judge Masipa found him guilty", "Obama praised him"), so a person before it in its sentence (from token
     * {@code from}) gives way to the nearest of the pronoun's sex told in a sentence before; null when there is none.
     */
    EntityRecognizer.Mention objectPronoun(int k, int from) {
        EntityRecognizer.Mention m = objectPronoun(k);
        if (m == null || m.from < from || m.from > k) return m;
        EntityRecognizer.Mention before = nearestOfSex(m.from, t.lower[k].equals("her"));
        return before == null || before.from >= from ? null : before;
    }

    /** Whether "her" at k is an object, not a possessive: no word follows it, or one of {@link #AFTER_OBJECT}. */
    private boolean objectHer(int k) {
        return !t.isWord(k + 1) || AFTER_OBJECT.contains(t.lower[k + 1]);
    }

    /**
     * Words after "her" that make it an object, not a possessive ("suspended her on 12 May", "her in", "found her
     * guilty").
     */
    private static final Set<String> AFTER_OBJECT = Set.of("on", "in", "at", "to", "as", "from", "for", "with",
            "after", "before", "over", "and", "but", "yesterday", "today", "last", "this", "until", "by", "into",
            "during", "while", "when", "because", "early", "late", "later", "again", "down", "off", "out", "up",
            "guilty", "innocent", "not");

    /**
     * The person "he" or "she" at k stands for: the nearest earlier person (see {@link #nearest}) the text does not
     * tell to be of the other sex ("Nadia Comaneci ... Her coach, Bela Karolyi, said. She won the European title
     * last year" is Comaneci); the nearest person when all are.
     */
    private EntityRecognizer.Mention nearestOfSex(int k, boolean she) {
        return nearestOfSex(k, she, false);
    }

    /** ... {@code subject}: for a subject pronoun, which seldom stands for an object (see {@link #nearest}). */
    private EntityRecognizer.Mention nearestOfSex(int k, boolean she, boolean subject) {
        EntityRecognizer.Mention near = nearest(k, ParticipantKind.PERSON, "", false, subject);
        if (near == null) return null;
        int other = she ? -1 : 1;
        if (sexOf(near.canonical) != other) return near;
        EntityRecognizer.Mention oblique = null;
        for (int i = EntityRecognizer.firstFrom(mentions, k) - 1; i >= 0; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (k - m.to > (subject ? SUBJECT_REACH : 150)) break;
            if (m.kind != ParticipantKind.PERSON || !usable(m) || m.weak || sexOf(m.canonical) == other) continue;
            // (a subject pronoun passes over an object here too: "met Le Kha Phieu ... Clinton, his wife, Hillary")
            if (!subject || s.of[m.from] == s.of[Math.min(k, t.size - 1)] || !obliquePerson(m)) return m;
            if (oblique == null) oblique = m;
        }
        return oblique != null ? oblique : near;
    }

    /**
     * A person's sex as the text tells it: 1 a woman, -1 a man, 0 unknown. A given name borne by women tells it
     * first; then a title or an honorific with the full name ("Mrs Margaret Thatcher", "King Juan Carlos"); then a
     * given name the lists know that is not a woman's (a man's, most likely); then an honorific before the surname
     * alone ("Mrs Sadat" may be his widow). Worked out once a person, when a pronoun first needs it.
     */
    private int sexOf(String canonical) {
        if (sexes == null) sexes = new java.util.HashMap<>();
        Integer known = sexes.get(canonical);
        if (known != null) return known;
        String[] w = canonical.split(" ");
        int g = w.length > 2 && lex.titles.contains(w[0].toLowerCase(java.util.Locale.ROOT)) ? 1 : 0; // "Sheikh Hasina"
        String given = w.length > 1 ? Names.fold(w[g].toLowerCase(java.util.Locale.ROOT)) : "";
        int sex = 0;
        if (!given.isEmpty() && lex.femaleNames.contains(given)) {
            sex = 1;
        } else {
            int full = 0;
            int bare = 0;
            for (EntityRecognizer.Mention m : mentions) {
                if (m.kind != ParticipantKind.PERSON || !canonical.equals(m.canonical)) continue;
                int x = sexOf(m);
                if (x == 0) continue;
                if (Coreference.surface(t, m).equals(canonical)) full = full == 0 || full == x ? x : 2;
                else bare = bare == 0 || bare == x ? x : 2;
            }
            if (full != 0) sex = full;
            else if (!given.isEmpty() && lex.isGiven(given)) sex = -1;
            else sex = bare;
        }
        if (sex == 2) sex = 0; // told both ways
        sexes.put(canonical, sex);
        return sex;
    }

    /** What one mention tells of a person's sex: its title or honorific ("Mrs", "Queen", "Mr", "King"). */
    private int sexOf(EntityRecognizer.Mention m) {
        String before = t.w(m.from - 1);
        if (FEMALE_WORDS.contains(before)) return 1;
        if (MALE_WORDS.contains(before)) return -1;
        if (m.title == null) return 0;
        int sex = 0;
        for (String w : m.title.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (FEMALE_WORDS.contains(w)) sex = sex == -1 ? 2 : 1;
            if (MALE_WORDS.contains(w)) sex = sex == 1 ? 2 : -1;
        }
        return sex == 2 ? 0 : sex;
    }

    private static final Set<String> FEMALE_WORDS = Set.of("mrs", "ms", "miss", "madam", "madame", "queen", "princess",
            "lady", "dame", "empress", "duchess", "baroness", "countess", "chairwoman", "spokeswoman", "congresswoman",
            "businesswoman", "sportswoman", "actress", "widow", "wife", "daughter", "mother", "sister", "grandmother",
            "girl", "woman", "nun", "abbess");
    private static final Set<String> MALE_WORDS = Set.of("mr", "sir", "king", "prince", "lord", "emperor", "duke",
            "baron", "count", "husband", "son", "father", "brother", "grandfather", "boy", "man", "monk", "widower",
            "pope", "cardinal", "archbishop");

    /** Each person's sex as told (see {@link #sexOf(String)}), worked out when a pronoun first needs it. */
    private java.util.Map<String, Integer> sexes;

    /**
     * Whether a person is named after a preposition or as a verb's object, past their title ("held talks with Prime
     * Minister Phan Van Khai", "is to meet General Secretary Le Kha Phieu"): seldom the one a later "he" stands for.
     */
    private boolean obliquePerson(EntityRecognizer.Mention m) {
        int b = m.from - 1;
        // (past a title's capitalised words, whatever they are: "Communist Party General Secretary Le Kha Phieu")
        while (b > 0 && t.isWord(b) && (t.capitalised(b) && s.of[b - 1] == s.of[b] || t.wordIs(b, "the")
                || lex.titles.contains(t.lower[b]) || OFFICE_ADJECTIVES.contains(t.lower[b]))) {
            b--; // (and a title in lower case: "toppled the elected Marxist president Salvador Allende"; "met outgoing
            // President Alberto Fernandez")
        }
        if (b < 0 || !t.isWord(b)) return false;
        String w = t.lower[b];
        // ("For Mr Hichilema the day carried a personal meaning": a preposition opening the sentence fronts its topic)
        if (OBLIQUE.contains(w)) return b > 0 && s.of[b - 1] == s.of[b];
        return !t.capitalised(b) && !SUBJECT_OPENERS.contains(w) && b > 0 && (t.isWord(b - 1) || t.is(b - 1, ','))
                && (Triggers.pastForm(w) || lex.cameo.containsKey(w));
    }

    /** Words that say when or how a person holds an office, before the title: "outgoing President X". */
    private static final Set<String> OFFICE_ADJECTIVES = Set.of("outgoing", "incoming", "ousted", "deposed",
            "embattled", "caretaker", "then", "late", "veteran", "newly", "new", "elected", "re-elected", "sitting");

    /**
     * How far back a subject "he" or "she" looks, in tokens: past a long sentence naming others as objects to the
     * person the text went on about.
     */
    private static final int SUBJECT_REACH = 260;

    /** Words after which a name opens a clause as its subject: "and Lavrov said", "after Putin arrived". */
    private static final Set<String> SUBJECT_OPENERS = Set.of("and", "but", "or", "after", "before", "when", "while",
            "because", "as", "that", "where", "since", "until", "if", "though", "although", "whereas", "then", "so");

    private static final Set<String> OBLIQUE = Set.of("of", "for", "to", "with", "by", "from", "about", "against",
            "towards", "toward", "like", "than");

    private static final Set<String> AUX = Set.of("has", "have", "had", "is", "was", "were", "are", "will", "would",
            "could", "can", "may", "said", "says", "told", "also", "today", "yesterday");

    /** Whether a verb follows a name: "Airbus has", "Boeing said", "Apple unveiled". */
    private boolean verbAfter(int j) {
        String w = t.w(j);
        if (w.isEmpty() || t.capitalised(j)) return false;
        return AUX.contains(w) || w.endsWith("ed") || Triggers.irregularPast(w) || w.endsWith("s") && !w.endsWith("ss") && lex.cameo.containsKey(w.substring(0, w.length() - 1));
    }

    /** A run of capitalised words starting at {@code from} (before b) that the recogniser left out, or null. */
    EntityRecognizer.Mention nameAt(int from, int b) {
        int j = from;
        while (j + 1 < b && j - from < 4 && t.isWord(j + 1) && t.capitalised(j + 1)) j++;
        return t.isWord(from) && t.capitalised(from) ? name(from, j) : null;
    }

    /** A run of capitalised words ending at j that the recogniser left out: a name when it looks like one. */
    private EntityRecognizer.Mention name(int a, int j) {
        if (!t.capitalised(j) || t.allCaps(j) && t.lower[j].length() < 2) return null;
        int r = j;
        while (r - 1 >= a && j - r < 4 && t.isWord(r - 1) && t.capitalised(r - 1)) r--;
        while (r <= j && FUNCTION.contains(t.lower[r])) r++;
        if (r > j) return null;
        for (int q = r; q <= j; q++) {
            String x = t.lower[q];
            // a title word inside a company's name is part of it ("LG Energy Solution"), not at either end
            boolean title = lex.titles.contains(x) && (q == r || q == j);
            if (lex.months.containsKey(x) || lex.weekdays.containsKey(x) || title
                    || lex.notNames.contains(x) || FUNCTION.contains(x)) {
                return null;
            }
        }
        int start = s.first[s.of[r]];
        boolean opens = r == start || r == ClauseDates.afterDateline(t, start);
        if (opens && r == j && !inner().contains(t.lower[j])) return null;
        String name = Coreference.collapse(t.text, t.start[r], t.end[j]);
        return new EntityRecognizer.Mention(r, j + 1, ParticipantKind.ORGANIZATION, name);
    }

    /**
     * Whether the nationality word at j names one person ("the Italian", "the Kenyan", "the Pakistani"), not a
     * people or a side ("the Italians", "the British", "the Chinese").
     */
    private boolean singularDemonym(int j) {
        String w = t.lower[j];
        return w.endsWith("an") || w.endsWith("i") && w.length() > 4;
    }

    /** Lower-cased words the document capitalises inside a sentence: names, not sentence-initial capitals. */
    private Set<String> inner() {
        if (inner != null) return inner;
        inner = new HashSet<>();
        for (int q = 0; q < s.count; q++) {
            int open = ClauseDates.afterDateline(t, s.first[q]);
            for (int k = s.first[q] + 1; k < s.last[q]; k++) {
                if (k == open) continue; // "(Reuters) - Soldiers stormed": the sentence proper opens here
                if (t.isWord(k) && t.capitalised(k) && !t.is(k - 1, '"') && !t.is(k - 1, '\u201C') && !t.is(k - 1, ':')) {
                    inner.add(t.lower[k]);
                }
            }
        }
        return inner;
    }
}
