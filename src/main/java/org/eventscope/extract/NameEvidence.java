package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.List;
import java.util.Set;

/**
 * Evidence inside and around a run of capitalised words that tells a person's name from other names: a title
 * word used as a surname ("Martin Luther King"), a title or short word inside a name ("Hassan Sheikh Mohamud",
 * "He Lifeng"), a surname the actor dictionaries know, an owner's possessive ("Nvidia's Jensen Huang"), a
 * company's corporate word ("Sun Pharmaceutical"), and the word that makes a holiday or prize of a name;
 * places named in and around titles ("Russian diplomat Sergey Lavrov", "Moscow-backed", "in Tskhinvali").
 */
class NameEvidence extends OrgClues {

    /** A title word used as a surname: "Martin Luther King Jr.", "Carole King" (after a given name, at the end). */
    boolean titleSurname(Tokens t, int b, int k, int e) {
        return k > b && t.capitalised(k) && cls(t, k) == T && !HEAD.contains(t.w(k - 1)) && !lex.orgWords.contains(t.lower[k])
                && (cls(t, k - 1) == F && (k == e - 1 || suffix(t, k + 1))
                || cls(t, k - 1) == N && (suffix(t, k + 1) || k == e - 1 && k - 2 >= b && cls(t, k - 2) == F));
    }

    /** Honorifics that are part of a name between its words: "Hassan Sheikh Mohamud". */
    static final Set<String> IN_NAME = Set.of("sheikh", "shaikh", "sheik", "shah");

    /**
     * A word that is part of the name only in the middle of one: a title between a given name and a name
     * ("Hassan Sheikh Mohamud"), a two-letter word between name words ("Truong My Lan"), or a two-letter word that
     * is a family name after a title ("Vice Premier He Lifeng", not "Envoy In Addis Ababa").
     */
    boolean innerWord(Tokens t, Sentences s, int b, int k, int e) {
        if (k <= b || k + 1 >= e || !t.capitalised(k) || !isNameToken(t, k + 1)) return false;
        int c = cls(t, k);
        if (c == T) return IN_NAME.contains(t.lower[k]) && cls(t, k - 1) == F;
        // "Truong My Lan": a two-letter word between two name words
        if ((c == X || c == G) && t.len(k) == 2 && nameWord(t, k - 1) && nameWord(t, k + 1)) return true;
        return c == X && FAMILY_WORDS.contains(t.lower[k]) && cls(t, k - 1) == T && k != s.first[s.of[k]];
    }

    /** Two-letter English words that are also East Asian family names ("To Lam", "Do Duc Duy", "Oh Se-hoon"). */
    static final Set<String> FAMILY_WORDS = Set.of("to", "do", "he", "an", "oh", "so", "no", "ma", "ho", "go");
    /** Of those, the ones that open English sentences before a name ("To Joe Biden, ...", "So Trump ..."). */
    static final Set<String> OPENERS = Set.of("to", "so", "no");

    /**
     * "Vietnam's top leader To Lam", "Do Duc Duy, Vietnam's minister": a capitalised two-letter word that is also a
     * family name opens a name when a name word follows inside a sentence, or two at the start of one; never in a
     * title-case line.
     */
    boolean familyWord(Tokens t, Sentences s, int k, int e, byte[] hl) {
        if (k + 1 >= e || !t.isWord(k) || t.len(k) != 2 || !t.capitalised(k) || t.allCaps(k)
                || !FAMILY_WORDS.contains(t.lower[k]) || !nameWord(t, k + 1)) {
            return false;
        }
        boolean initial = k == s.first[s.of[k]] || isQuote(t, k - 1);
        // at a sentence start two name words must follow, or a Korean given name ("Oh Se-hoon")
        boolean two = k + 2 < e && (nameWord(t, k + 2) || t.isDash(k + 2) && t.glued(k + 2));
        if (initial && (OPENERS.contains(t.lower[k]) || !two)) return false;
        return !headline(t, s, s.of[k], hl);
    }

    /** A name word: unknown or a given name, and no place. */
    private boolean nameWord(Tokens t, int k) {
        int c = cls(t, k);
        return (c == N || c == F) && !lex.places.containsKey(t.lower[k]);
    }

    /**
     * "Jannik Sinner", "Chad Smith": a name of two words whose second is a common English word (no plural, place,
     * particle or company's word) after an unknown word or a given name that is a country's or region's own name
     * (after another given name it is a person anyway: "Donald Trump"). Such a name is a person only with evidence
     * a company or team does not give ("Adani Green said", "Jordan Times said", "Olympic Games").
     */
    boolean wordSurname(Tokens t, int first, int e) {
        int last = e - 1;
        if (last != first + 1 || cls(t, last) != G || lex.places.containsKey(t.lower[last])
                || PARTICLES.contains(t.lower[last]) || corporateWord(t, last)) {
            return false;
        }
        int fc = cls(t, first);
        if (fc != F && fc != N || fc == F && !ownPlaceName(t.lower[first]) || camel(t, first) || t.allCaps(first)
                || camel(t, last)) {
            return false;
        }
        String w = t.lower[last];
        return !(w.endsWith("s") && !w.endsWith("ss") && lex.common.contains(w.substring(0, w.length() - 1)));
    }

    /**
     * "Paris Hilton testified", "Jordan Bardella, who ...": two words, the first a place's name, the second a given
     * name or a known surname (after a given name that is a country's own name, any name word or a common word),
     * with person evidence; a speech verb counts only after a given name that is a country's name and before a
     * name word ("Georgia Harrison told"), since places speak through their governments.
     */
    boolean placeNamedPerson(Tokens t, Sentences s, int b, int e) {
        if (e != b + 2 || !t.isWord(b) || !t.isWord(b + 1) || !t.capitalised(b + 1) || camel(t, b + 1)) return false;
        Lexicon.Place pl = lex.places.get(t.lower[b]);
        if (pl == null || pl.demonym() || lex.places.containsKey(t.lower[b + 1])) return false;
        int lc = cls(t, b + 1);
        boolean given = cls(t, b) == F && ownPlaceName(t.lower[b]);
        boolean ws = given && wordSurname(t, b, e);
        boolean nameWord = lc == F || lex.isSurname(t.lower[b + 1]) || given && lc == N;
        return (nameWord || ws) && personEvidence(t, s, b, e, !given || ws);
    }

    /**
     * "Ramaphosa, Modi, Lula and Xi": a list of three or more single unknown names, at least two of them a given
     * name or a surname the actor dictionaries know, names people.
     */
    void namesInLists(Tokens t, List<EntityRecognizer.Mention> out) {
        int i = 0;
        while (i < out.size()) {
            int j = i;
            while (j + 1 < out.size() && listed(t, out.get(j), out.get(j + 1))) j++;
            if (j - i >= 2) {
                boolean all = true;
                int known = 0;
                for (int q = i; q <= j && all; q++) {
                    int w = personWord(t, out.get(q));
                    all = w > 0;
                    if (w > 1) known++;
                }
                for (int q = i; q <= j && all && known >= 2; q++) {
                    EntityRecognizer.Mention m = out.get(q);
                    m.kind = ParticipantKind.PERSON;
                    m.weak = false;
                    m.common = false;
                    m.tentative = false;
                    m.locative = false;
                }
            }
            i = j + 1;
        }
    }

    private static boolean listed(Tokens t, EntityRecognizer.Mention a, EntityRecognizer.Mention b) {
        int gap = b.from - a.to;
        if (gap == 1) return t.is(a.to, ',') || t.wordIs(a.to, "and");
        return gap == 2 && t.is(a.to, ',') && t.wordIs(a.to + 1, "and");
    }

    /** 2: a sure person or a known person's name word; 1: a single unknown name; 0: anything else. */
    private int personWord(Tokens t, EntityRecognizer.Mention m) {
        if (m.kind == ParticipantKind.PERSON && !m.tentative && !m.weak) return 2;
        if (m.to - m.from != 1 || m.kind == ParticipantKind.PLACE || m.demonym || camel(t, m.from)
                || t.allCaps(m.from) || lex.companies.contains(t.lower[m.from])) {
            return 0;
        }
        int c = cls(t, m.from);
        return lex.isSurname(t.lower[m.from]) || c == F ? 2 : c == N ? 1 : 0;
    }

    /** "Nvidia's Jensen Huang": a known name after an owner's possessive is that owner's person, not a company. */
    boolean ownersName(Tokens t, int b, int tail, int e) {
        return b == tail && t.wordIs(b - 1, "s") && t.isApostrophe(b - 2)
                && (knownName(t, tail, e) || lex.isGiven(t.w(e - 1)) && !lex.common.contains(t.w(e - 1)));
    }

    /** "Sun Pharmaceutical", "Tata Motors": an English adjective or plural noun ending a company's name. */
    boolean corporateWord(Tokens t, int k) {
        if (cls(t, k) != G) return false;
        String w = t.lower[k];
        return w.endsWith("al") || w.endsWith("ic") || w.endsWith("ics") || w.endsWith("ies") || w.endsWith("ing")
                || w.endsWith("ment") || w.endsWith("ance") || w.endsWith("ence") || w.endsWith("gy") || w.endsWith("ors")
                || w.endsWith("ive") || w.endsWith("ure") || w.endsWith("ems");
    }

    /** A word after a name that makes the run the name of a holiday, prize or building ("Day", "Prize"). */
    boolean namedThing(Tokens t, int k) {
        return t.capitalised(k) && t.in(k, lex.namedThingWords) && cls(t, k) != PW && cls(t, k) != O;
    }

    /**
     * An O'X surname, a surname the actor dictionaries know, or a given name that is no English word as the last
     * word makes a person of an unknown given name.
     */
    boolean knownName(Tokens t, int b, int e) {
        for (int k = b; k < e; k++) if (irishO(t, k)) return true;
        int last = e - 1;
        while (last > b && (suffix(t, last) || !t.isWord(last))) last--;
        if (!t.isWord(last) || !t.capitalised(last) || t.isDash(last - 1)) return false;
        // a given name last is a patronymic or a father's name as surname ("Abiy Ahmed", "Ismail Haniyeh Ali")
        return lex.isSurname(t.lower[last])
                || last > b && lex.isGiven(t.lower[last]) && !lex.common.contains(t.lower[last]);
    }

    /**
     * "Russian diplomat Sergey Lavrov", "Russia's top diplomat Sergey Lavrov", "Abkhaz leader Aslan Bzhania":
     * the country before a title and a name describes the person; it is not an actor of its own.
     */
    void markTitlePlaces(Tokens t, List<EntityRecognizer.Mention> out) {
        for (int i = 0; i + 1 < out.size(); i++) {
            EntityRecognizer.Mention m = out.get(i);
            if (m.kind != ParticipantKind.PLACE) continue;
            int k = m.to;
            if (t.isApostrophe(k) && t.wordIs(k + 1, "s")) k += 2;
            int titles = 0;
            while (t.isWord(k) && !t.capitalised(k) && lex.titles.contains(t.lower[k])) {
                k++;
                titles++;
            }
            if (t.is(k, ',') && titles > 0) k++;
            EntityRecognizer.Mention n = out.get(i + 1);
            if (titles > 0 && n.from == k && n.kind == ParticipantKind.PERSON) {
                m.inTitle = true;
                m.acting = false;
            }
        }
    }

    /**
     * Whether the demonym at [b, e) is one side of a compound of two peoples naming a relation between them ("the
     * Russo-Georgian war", "Israeli-Palestinian talks", "the Sino-Indian border clash"): both countries take part.
     */
    private boolean sideOfCompound(Tokens t, int b, int e) {
        if (e - b != 1) return false;
        int after;
        if (t.isDash(b - 1) && t.glued(b - 1) && t.glued(b) && t.isWord(b - 2)) after = e;
        else if (t.isDash(e) && t.glued(e) && t.glued(e + 1) && t.isWord(e + 1) && t.capitalised(e + 1)) after = e + 2;
        else return false;
        return !t.capitalised(after) && t.isWord(after) && RELATIONS.contains(t.lower[after]);
    }

    /**
     * Nouns after a demonym that make its country take part: "Russian troops", "Israeli aircraft and torpedo boats",
     * "Chinese negotiators", "the Iraqi security forces", "Icelandic women", "Swedish monitoring stations".
     */
    private static final Set<String> DEMONYM_ACTORS = java.util.stream.Stream.of(ACTOR_NOUNS, SubjectNouns.ACTING,
            SubjectNouns.ROLE_GROUPS, Set.of("aircraft", "planes", "bombers", "fighters", "helicopters", "ships",
                    "boats", "gunboats", "submarines", "destroyers", "frigates", "vessels", "drones", "rockets", "force",
                    "infantry", "teams", "crews", "units", "gunners", "snipers", "sailors",
                    "pilots", "guards", "team", "squad", "delegates", "envoys", "scientists", "astronauts",
                    "cosmonauts", "climbers", "researchers", "engineers", "experts", "specialists",
                    "inspectors", "women", "men", "people", "citizens", "residents", "nationals", "stations",
                    "companies", "firms", "banks", "athletes", "players", "runners", "doctors", "nurses", "monitors",
                    "stars", "musicians", "artists", "singers", "actors",
                    // force a country uses: "the Russian invasion", "the Israeli offensive", "Saudi air strikes"
                    "invasion", "offensive", "incursion", "occupation", "annexation", "blockade", "bombardment",
                    "airstrikes", "airstrike", "strikes", "bombing", "shelling", "raids", "assault"))
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether actors follow a demonym ending before e, after at most two words that qualify them: "Russian troops",
     * "an American reconnaissance aircraft", "Soviet medium-range missiles".
     */
    private static boolean actorsAfter(Tokens t, int e) {
        for (int k = e, words = 0; k < t.size && words < 3; k++) {
            if (t.isDash(k) && t.glued(k)) continue; // ("medium-range")
            if (!t.isWord(k) || t.capitalised(k)) return false;
            String w = t.lower[k];
            if (DEMONYM_ACTORS.contains(w)) return true;
            // (a qualifier is no plural head, no verb and no word of grammar: not "a Russian company said troops")
            if (w.endsWith("s") || w.endsWith("ed") || NOT_QUALIFIERS.contains(w)) return false;
            if (!(t.glued(k) && t.isDash(k - 1))) words++;
        }
        return false;
    }

    private static final Set<String> NOT_QUALIFIERS = Set.of("said", "told", "and", "or", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "that", "which", "who", "will", "would", "could", "can", "may", "must", "should",
            "had", "have", "has", "is", "was", "were", "are", "be", "been", "but", "not", "than", "as", "after",
            "before", "about", "over", "under", "into", "onto", "since", "while", "when", "where", "because", "if",
            "until", "during", "against", "between", "among", "through", "across", "near", "off", "up", "down", "out",
            "the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "our", "whom",
            "whose", "then", "also", "so", "yet", "nor", "do", "did", "does", "say", "says", "tell", "tells");

    /** Nouns of what two peoples have with each other: "the Russo-Georgian war", "Sino-Indian talks". */
    private static final Set<String> RELATIONS = Set.of("war", "wars", "talks", "summit", "conflict", "clash",
            "clashes", "border", "relations", "treaty", "agreement", "accord", "deal", "pact", "ceasefire", "truce",
            "dispute", "negotiations", "meeting", "alliance", "partnership", "crisis", "fighting", "hostilities");

    boolean hasDashedPlace(Tokens t, int b, int e) {
        for (int k = b; k < e; k++) if (t.isDash(k)) return true;
        return false;
    }

    EntityRecognizer.Mention place(Tokens t, int b, int e) {
        String key = placeKey(t, b, e);
        Lexicon.Place p = lex.places.get(key);
        EntityRecognizer.Mention m =
                new EntityRecognizer.Mention(b, e, ParticipantKind.PLACE, p == null ? null : p.canonical());
        m.demonym = p != null && p.demonym();
        String next = t.w(e);
        String prev = t.w(b - 1);
        if (t.isDash(e) && t.glued(e) && t.glued(e + 1) && t.isWord(e + 1) && !t.capitalised(e + 1)) {
            // "Moscow-backed", "US-led": the place qualifies something else
            m.inTitle = true;
            return m;
        }
        if (prev.equals("of")) {
            int k = b - 2;
            while (k > b - 5 && k >= 0 && !t.isWord(k)) k--;
            String w = t.w(k);
            if (lex.titles.contains(w) || w.endsWith("s") && lex.titles.contains(w.substring(0, w.length() - 1))) {
                m.inTitle = true; // "foreign ministers of Abkhazia": part of who they are
                return m;
            }
        }
        if (m.demonym) {
            m.acting = actorsAfter(t, e) || sideOfCompound(t, b, e);
        } else {
            m.locative = LOCATIVE.contains(prev) && !t.capitalised(b - 1)
                    || t.allCaps(b) && (t.is(e, '(') || t.is(e, ',') || t.isDash(e))
                    && (b == 0 || t.newlineBefore(b) || !t.isWord(b - 1));
            m.acting = !m.locative;
        }
        return m;
    }

    void prefixPlaces(Tokens t, int b, int e, List<EntityRecognizer.Mention> out) {
        for (int k = b; k < e; k++) {
            int pe = placeAt(t, k, e, false);
            if (pe > k) {
                EntityRecognizer.Mention m = place(t, k, pe);
                m.inTitle = true;
                m.acting = false;
                out.add(m);
                k = pe - 1;
            }
        }
    }

    /** "Iraqi Kurdish": two or more words that are all demonyms name no one. */
    boolean demonyms(Tokens t, int b, int e) {
        int n = 0;
        for (int k = b; k < e; k++) {
            if (!t.isWord(k)) continue;
            if (!lex.isDemonym(t.lower[k])) return false;
            n++;
        }
        return n >= 2;
    }

    /** "a municipal official in Khan Younis": a name after a locative word is where, not who ("in Trump's" is not). */
    boolean locativeBefore(Tokens t, int b, int e) {
        return t.in(b - 1, LOCATIVE_WORDS) && !t.capitalised(b - 1) && !t.isApostrophe(e) && !honorific(t, b);
    }

    /** "Hunga Tonga-Hunga Ha'apai", "Guinea-Bissau": a place's name joined by a dash to other capitalised words. */
    boolean dashedPlace(Tokens t, int b, int e) {
        for (int k = b; k < e; k++) {
            if (!t.isWord(k) || !(t.isDash(k - 1) && t.glued(k) && k > b || t.isDash(k + 1) && t.glued(k + 1) && k + 2 < e)) {
                continue;
            }
            Lexicon.Place p = lex.places.get(t.lower[k]);
            if (p != null && !p.demonym()) return true;
        }
        return false;
    }

    /**
     * "the Orlando Magic", "Houston Rockets", "Austin Energy": a city, then a common word that is plural or a
     * company's word, or after "the", is a team or company ("Orlando Bloom" is a person).
     */
    boolean cityTeam(Tokens t, int b, int tail, int e) {
        int last = e - 1;
        if (tail != b || last != b + 1 || !t.isWord(last) || !lex.countryOf.containsKey(t.lower[b]) || cls(t, last) != G
                || camel(t, last)) {
            return false;
        }
        String w = t.lower[last];
        return corporateWord(t, last) || t.wordIs(b - 1, "the") || w.endsWith("s") && !w.endsWith("ss");
    }

    /**
     * "Kaiser Permanente said", "Mizuho Americas": two words, the first a company's name, the second no known
     * name, with no person evidence but speech.
     */
    boolean companyFirst(Tokens t, Sentences s, int b, int tail, int e) {
        int first = firstWord(t, tail, e);
        int last = e - 1;
        return tail == b && nameWords(t, tail, e) == 2 && t.isWord(last) && lex.companies.contains(t.lower[first])
                && cls(t, last) == N && !lex.isSurname(t.lower[last]) && !personEvidence(t, s, b, e, true);
    }

    /** "said Hyundai Motor's chairman": a name opening with a company's name, owning a company's part. */
    boolean companysOwn(Tokens t, int tail, int e) {
        return lex.companies.contains(t.w(tail)) && t.isApostrophe(e) && t.wordIs(e + 1, "s")
                && ORG_OWNED.contains(t.w(e + 2));
    }

    /**
     * "Vice President-elect JD Vance": two capitals that are no acronym the lists know, after a title and before a
     * name word, are a person's initials.
     */
    boolean initials(Tokens t, Sentences s, int b, int k, int e) {
        if (k + 1 >= e || t.len(k) != 2 || !t.allCaps(k) || cls(t, k) != ACR || !nameWord(t, k + 1)
                || t.allCaps(k + 1)) {
            return false;
        }
        return k > b && cls(t, k - 1) == T || k == b && lowerTitleBefore(t, s, b) != null;
    }

    /**
     * "the American Chris Cassidy", "American Chris Evert won": a demonym that the given-name list also holds
     * (petrarch's lists have "American", "Russian") is an adjective before a name after an article or before a
     * given name and another word; "German Gref said" keeps its given name.
     */
    boolean demonymBeforeName(Tokens t, int b, int e) {
        if (e - b < 2 || !t.isWord(b) || cls(t, b) != F || !lex.isDemonym(t.lower[b])) return false;
        String before = t.w(b - 1);
        return before.equals("the") || before.equals("a") || before.equals("an") || e - b >= 3 && cls(t, b + 1) == F;
    }

    /** Lower-case heads that make the name before them a place: "the Noto peninsula", "Enga province". */
    private static final Set<String> PLACE_HEADS = Set.of("peninsula", "prefecture", "province", "region", "district",
            "county", "oblast", "krai", "governorate", "municipality", "island", "islands", "archipelago", "valley",
            "river", "lake", "desert", "coast", "village", "town", "city", "bay", "gulf", "strait", "sea");

    /**
     * A name followed by a lower-case place head is a place ("the Reykjanes peninsula", "Gunma prefecture"); before a
     * possessive the name may be an adjective ("the Caribbean island's first president").
     */
    boolean placeHeadAfter(Tokens t, int e) {
        return t.isWord(e) && !t.capitalised(e) && PLACE_HEADS.contains(t.lower[e]) && !t.isApostrophe(e + 1);
    }

    /** "the Maastricht treaty", "the Camp David accords": a name before a pact's noun, with no hyphen, is a place. */
    boolean accordPlace(Tokens t, int b, int e) {
        if (!accordAt(t, e)) return false;
        for (int k = b; k < e; k++) if (t.isDash(k)) return false;
        return true;
    }

    /** Whether a pact's noun stands at e: "treaty" in "the Maastricht treaty". */
    static boolean accordAt(Tokens t, int e) {
        return t.isWord(e) && !t.capitalised(e) && ACCORDS.contains(t.lower[e]);
    }

    /**
     * Nouns of a pact named after the place it was made: "the Maastricht treaty", "the Camp David accords", "the
     * Kyoto protocol". (A pact named after its makers is written with a hyphen, "the Sykes-Picot agreement", and
     * is read from its names.)
     */
    private static final Set<String> ACCORDS = Set.of("treaty", "treaties", "accord", "accords", "agreement",
            "agreements", "pact", "protocol", "convention");

    /**
     * "Chief Twit", 'Iron Lady': a title and one word standing alone between quotation marks is a nickname or a
     * phrase the text quotes, not a person's name.
     */
    boolean quotedNickname(Tokens t, int b, int e) {
        return e - b == 2 && quoteMark(t, b - 1) && quoteMark(t, e) && cls(t, b) == T && t.glued(b) && t.glued(e)
                && t.isWord(b + 1);
    }

    private static boolean quoteMark(Tokens t, int k) {
        return t.is(k, '"') || t.is(k, '\u201C') || t.is(k, '\u201D') || t.is(k, '\u2018') || t.is(k, '\u2019')
                || t.is(k, '\'');
    }

    /** Verbs of leaving whose "from" names a place: "launched from Sriharikota", "fled from Goma". */
    private static final Set<String> LEAVING = Set.of("launched", "flew", "fled", "departed", "evacuated", "travelled",
            "traveled", "returned", "arrived", "drove", "sailed", "deported", "escaped", "took off", "lifted off",
            "blasted off");

    /** "was launched from Sriharikota", "lifted off from Baikonur": a name after a verb of leaving and "from". */
    boolean placeLeftFrom(Tokens t, int b) {
        if (!t.wordIs(b - 1, "from")) return false;
        String v = t.w(b - 2);
        return LEAVING.contains(v) || t.wordIs(b - 2, "off") && LEAVING.contains(t.w(b - 3) + " off");
    }
}
