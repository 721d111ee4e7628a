package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds names of people, organisations and places: runs of capitalised words are cut into a title part and a
 * name part and classified by general word lists (titles, organisation and place words, countries and
 * demonyms, given names, common English words) and by context (a title before, "said" after, "in" before).
 * Names in no list are found from their shape. This class cuts each run and decides whether its tail is a person
 * (or a company reporting its business); a run with no person in it is read by {@link NonPersonNames}. Aliases are
 * tied together by {@link Coreference}.
 */
final class EntityRecognizer extends NonPersonNames {

    /** The index of the first mention starting at or after token k (mentions are in text order): a binary search. */
    static int firstFrom(List<Mention> ms, int k) {
        int lo = 0;
        int hi = ms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ms.get(mid).from < k) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** A name found at tokens [from, to). {@code canonical} is filled in by coreference. */
    static final class Mention {
        final int from;
        final int to;
        ParticipantKind kind;
        String canonical;
        String title;
        /** A demonym ("Russian"), standing for its country. */
        boolean demonym;
        /** A demonym or country that acts ("Georgian troops", "Russia recognised"). */
        boolean acting;
        /** Inside a title ("President of the Republic of South Ossetia ..."): not an actor. */
        boolean inTitle;
        /** After in/at/near: where something happened rather than who took part. */
        boolean locative;
        /** Single word whose kind is a guess. */
        boolean weak;
        /** A weak organisation the text names twice or more ("Stellantis ... Stellantis shares"): it acts. */
        boolean repeated;
        /** A capitalised common word: kept only when it turns out to be a known person's name. */
        boolean common;
        /** A person only if the text later uses the surname alone. */
        boolean tentative;
        /** A person only if the surname alone has a person's evidence elsewhere (see confirmGuesses). */
        boolean guess;
        /** A work's title in quotation marks ("the novel \"The Satanic Verses\""), found again elsewhere in quotes. */
        boolean work;
        /** What the text calls this person for short, for titles ("Lee" for "Lee Jae-yong"); set by coreference. */
        String shortName;
        /** The mention's text with white space collapsed, made once ({@link Coreference#surface}). */
        String surface;
        /** {@link Names#key} of {@link #surface}, set by coreference. */
        String surfaceKey;

        Mention(int from, int to, ParticipantKind kind, String canonical) {
            this.from = from;
            this.to = to;
            this.kind = kind;
            this.canonical = canonical;
        }
    }

    /** Last words that name a newspaper, wire or news service: "Andes News Service", "The Jerusalem Post". */
    private static final Set<String> PUBLICATION_END = Set.of("news", "times", "post", "herald", "tribune", "gazette",
            "journal", "daily", "chronicle", "telegraph", "wire", "courier", "newswire");
    private static final WordList PUBLICATION_END_WORDS = WordList.of(PUBLICATION_END);

    /** A run of two or more capitalised words that is the name of a publication by its last word(s). */
    private static boolean publication(Tokens t, int b, int e) {
        if (e - b < 2 || !t.isWord(e - 1) || !t.capitalised(e - 1) || !t.capitalised(b)) return false;
        String last = t.lower[e - 1];
        if (t.in(e - 1, PUBLICATION_END_WORDS)) return true;
        String before = t.w(e - 2);
        return (last.equals("service") || last.equals("agency")) && (before.equals("news") || before.equals("press"));
    }

    /** Words that open a storm's name ("Hurricane Beryl"), and stand for it later ("the storm"). */
    static final java.util.Set<String> STORMS = java.util.Set.of("hurricane", "typhoon", "cyclone", "storm",
            "super-typhoon");

    List<Mention> find(Tokens t, Sentences s) {
        List<Mention> out = new ArrayList<>();
        byte[] headlines = new byte[s.count];
        int i = 0;
        while (i < t.size) {
            if (!startsName(t, i) && !articleName(t, i)) {
                i++;
                continue;
            }
            int e = runEnd(t, s, i);
            analyse(t, s, i, e, out, headlines);
            i = Math.max(e, i + 1);
        }
        storms(t, out);
        worksAgain(t, out);
        markTitlePlaces(t, out);
        namesInLists(t, out);
        appositionTitles(t, s, out); // "Dana White, the UFC chief executive, said"
        organisationsByEvidence(t, s, out); // "Kaiser Permanente said ... . Its chief executive ..."
        confirmGuesses(t, s, out);
        return out;
    }

    /**
     * Keeps a guessed person ({@link Mention#guess}: "Elon Musk") only when its surname stands alone somewhere in
     * the document with a person's evidence a company does not give: an apposition ("Musk, the world's richest
     * person"), a person's verb or a pronoun after it ("Musk walked in", "Musk ... he said").
     */
    private void confirmGuesses(Tokens t, Sentences s, List<Mention> out) {
        Set<String> wanted = null;
        for (Mention m : out) {
            if (!m.guess) continue;
            if (wanted == null) wanted = new java.util.HashSet<>();
            wanted.add(t.lower[m.to - 1]);
        }
        if (wanted == null) return;
        // one pass over the text: the surnames that stand alone somewhere with a person's evidence
        Set<String> shown = new java.util.HashSet<>();
        for (int k = 0; k < t.size; k++) {
            if (!t.isWord(k) || !t.capitalised(k) || !wanted.contains(t.lower[k]) || shown.contains(t.lower[k])) continue;
            if (t.capitalised(k - 1) && t.isWord(k - 1) && s.of[k - 1] == s.of[k] && s.first[s.of[k]] != k) continue;
            if (t.capitalised(k + 1) && t.isWord(k + 1)) continue;
            if (personEvidence(t, s, k, k + 1, true)) shown.add(t.lower[k]);
        }
        out.removeIf(m -> m.guess && !shown.contains(t.lower[m.to - 1]));
        for (Mention m : out) m.guess = false;
    }

    /** Where a storm's own name starts after the words opening it at {@code from} ("Tropical Storm Agatha"), or -1. */
    private static int stormName(Tokens t, int from) {
        if (t.wordIs(from, "tropical") && t.wordIs(from + 1, "storm")) return from + 2;
        return t.isWord(from) && STORMS.contains(t.lower[from]) ? from + 1 : -1;
    }

    /** "Hurricane Dorian ... Dorian stalled": a storm's own name alone stands for the storm. */
    private static void storms(Tokens t, List<Mention> out) {
        java.util.Map<String, String> named = null;
        for (Mention m : out) {
            int name = stormName(t, m.from);
            if (m.kind != ParticipantKind.ORGANIZATION || name < 0 || m.to - name != 1) continue; // one word of name
            if (named == null) named = new java.util.HashMap<>();
            m.canonical = t.text.substring(t.start[m.from], t.end[m.to - 1]);
            named.put(t.lower[m.to - 1], m.canonical);
        }
        if (named == null) return;
        for (Mention m : out) {
            String storm = m.to - m.from == 1 ? named.get(t.lower[m.from]) : null;
            if (storm == null || m.canonical != null) continue;
            m.kind = ParticipantKind.ORGANIZATION;
            m.canonical = storm;
            m.weak = false;
            m.common = false;
        }
    }

    /** The combining forms of peoples' names in compounds ("Russo-Georgian", "Sino-Indian"): their countries. */
    private static final java.util.Map<String, String> COMBINING = java.util.Map.ofEntries(
            java.util.Map.entry("russo", "Russia"), java.util.Map.entry("sino", "China"),
            java.util.Map.entry("franco", "France"), java.util.Map.entry("anglo", "United Kingdom"),
            java.util.Map.entry("indo", "India"), java.util.Map.entry("italo", "Italy"),
            java.util.Map.entry("greco", "Greece"), java.util.Map.entry("turco", "Turkey"),
            java.util.Map.entry("austro", "Austria"), java.util.Map.entry("germano", "Germany"),
            java.util.Map.entry("hispano", "Spain"), java.util.Map.entry("luso", "Portugal"),
            java.util.Map.entry("nippo", "Japan"), java.util.Map.entry("serbo", "Serbia"),
            java.util.Map.entry("polono", "Poland"), java.util.Map.entry("dano", "Denmark"));

    /**
     * Whether the lower-case words after a name make it a stock market's index: "index", "share index", "industrial
     * average", "composite index" ("the Hang Seng index", "the Dow Jones industrial average").
     */
    private static boolean marketIndex(Tokens t, int e) {
        if (t.capitalised(e)) return false;
        int k = e;
        if (t.wordIs(k, "industrial") || t.wordIs(k, "composite") || t.wordIs(k, "share") || t.wordIs(k, "stock")
                || t.wordIs(k, "benchmark")) {
            k++;
        }
        return !t.capitalised(k) && (t.wordIs(k, "index") || t.wordIs(k, "indices") || t.wordIs(k, "indexes")
                || k > e && t.wordIs(k, "average") || k > e && t.wordIs(k, "averages"));
    }

    /**
     * "al-Siddiq al-Sour, said", "met al-Thani": an Arabic name written from its article, which no capitalised
     * word opens ("Bashar al-Assad" is read from "Bashar").
     */
    private static boolean articleName(Tokens t, int i) {
        return (t.wordIs(i, "al") || t.wordIs(i, "el")) && !t.capitalised(i) && t.isDash(i + 1) && t.glued(i + 1)
                && t.glued(i + 2) && t.isWord(i + 2) && t.capitalised(i + 2) && t.len(i + 2) >= 3
                && !(t.isWord(i - 1) && t.capitalised(i - 1));
    }

    private boolean startsName(Tokens t, int i) {
        if (!t.capitalised(i)) return false;
        char c = t.first(i);
        return c >= 'A' && c <= 'Z' || Character.UnicodeScript.of(t.text.codePointAt(t.start[i])) == Character.UnicodeScript.LATIN;
    }

    @Override
    void analyse(Tokens t, Sentences s, int from, int e, List<Mention> out, byte[] hl) {
        if (quotedNickname(t, from, e)) return; // "Chief Twit"
        if (e - from == 3 && t.isDash(from + 1) && t.glued(from + 1) && t.glued(from + 2)
                && COMBINING.containsKey(t.lower[from])) {
            // "the Russo-Georgian war", "Sino-Indian talks": a people's combining form and a demonym name both
            // countries
            if (lex.isDemonym(t.lower[from + 2])) {
                Mention m = new Mention(from, from + 1, ParticipantKind.PLACE, COMBINING.get(t.lower[from]));
                m.demonym = true;
                Mention n = place(t, from + 2, e);
                // the two sides of what the compound names: "the Russo-Georgian war", "Sino-Indian talks"
                m.acting = n.acting;
                out.add(m);
                out.add(n);
                return;
            }
        }
        // "Hurricane Dorian", "Typhoon Haiyan", "Tropical Storm Agatha": a named storm takes part in its disaster
        int storm = stormName(t, from);
        if (storm > from && storm < e && e - storm <= 2) {
            out.add(new Mention(from, e, ParticipantKind.ORGANIZATION, null));
            return;
        }
        // "the author of \"The Satanic Verses,\"", "the film \"Parasite\"": a work's title in quotation marks after
        // the noun of a work or "of" is a named thing, whatever its words
        if (quotedWork(t, from, e)) {
            int w = t.wordIs(from, "the") || t.wordIs(from, "a") ? from + 1 : from;
            if (w < e) {
                Mention m = new Mention(w, e, ParticipantKind.ORGANIZATION, null);
                m.work = true;
                out.add(m);
                return;
            }
        }
        int sen = s.of[from];
        boolean initial = from == s.first[sen] || isQuote(t, from - 1);
        int b = from;
        // leading words that are not names: function words, dates, sentence-initial common words
        while (b < e) {
            int c = cls(t, b);
            if (familyWord(t, s, b, e, hl) || articleName(t, b)) break;
            if (c == X || c == M || c == C) {
                b++;
                continue;
            }
            if (b == from && initial && c == G && placeAt(t, b, e, false) < 0 && e - b > 1 && cls(t, b + 1) != O
                    && !(e - b >= 3 && lex.personNouns.contains(t.lower[b])) // "Striker Victor Osimhen"
                    && cls(t, b + 1) != PW && !wordGivenName(t, s, b, e)
                    && !NameWords.GEOGRAPHIC_START.contains(t.lower[b]) // "Mount Pinatubo blew out"
                    && !knownCompany(t, b, e)) { // "Royal Dutch Shell cut"
                b++;
                continue;
            }
            break;
        }
        if (b >= e) return;
        if (t.isWord(e) && !t.capitalised(e) && (t.wordIs(e, "party") || t.wordIs(e, "parties"))
                && !t.isApostrophe(b - 1) && !(e - b == 1 && lex.common.contains(t.lower[b]))
                && !((t.wordIs(b - 1, "and") || t.wordIs(b - 1, "of") || t.is(b - 1, '&')) && t.capitalised(b - 2))) {
            // "the ruling Georgian Dream party", "the Civic Platform party": the party's own name, an organisation
            // (not "No party won", "Opposition parties said": a common word; nor "Law and Justice party": the end of
            // a longer name)
            out.add(new Mention(b, e, ParticipantKind.ORGANIZATION, null));
            return;
        }
        if (e - b == 3 && t.isDash(b + 1) && t.isNum(b + 2) || e - b == 2 && t.isNum(b + 1) && t.glued(b + 1)) {
            // "Chandrayaan-3", "Luna-25", "COP27": a numbered mission, craft or summit, whose kind is a guess
            Mention m = new Mention(b, e, ParticipantKind.ORGANIZATION, null);
            m.weak = true;
            out.add(m);
            return;
        }
        if (marketIndex(t, e)) {
            // "the Hang Seng index", "the Dow Jones industrial average": a market's index, not a person
            out.add(new Mention(b, e, ParticipantKind.ORGANIZATION, null));
            return;
        }
        if (e - b >= 2 && namedThing(t, e - 1)) {
            // "Martin Luther King Jr. Day", "Nobel Prize": not a participant; a person named in it is kept as such
            int before = out.size();
            int inner = t.is(e - 2, '.') ? e - 2 : e - 1;
            analyse(t, s, b, inner, out, hl);
            for (int q = out.size() - 1; q >= before; q--) {
                Mention m = out.get(q);
                if (m.kind != ParticipantKind.PERSON || m.tentative || m.common) out.remove(q);
                else m.inTitle = true;
            }
            return;
        }
        if (knownCompany(t, b, e)) {
            Mention m = new Mention(b, e, ParticipantKind.ORGANIZATION, null);
            m.weak = e - b == 1;
            out.add(m);
            return;
        }
        if (initial && b == from && e - b == 1 && cls(t, b) == G && t.is(e, ',') && t.wordIs(e + 1, "who")
                && !camel(t, b)) {
            out.add(new Mention(b, e, ParticipantKind.PERSON, null)); // "Smith, who chairs ..."
            return;
        }
        if (initial && b == from && e - b == 1 && cls(t, b) == G && placeAt(t, b, e, false) < 0) {
            // a sentence-initial common word may still be a surname the text used before ("Jobs said"); a company's
            // business makes it an organisation ("Grab announced the acquisition")
            Mention m = new Mention(b, e, ParticipantKind.ORGANIZATION, null);
            m.weak = true;
            m.common = !commonWordActs(t, s, b, e);
            out.add(m);
            return;
        }
        int ag = placeAt(t, b, e, true);
        if (ag < 0 && publication(t, b, e)) ag = e;
        if (ag > 0) {
            Mention m = new Mention(b, ag, ParticipantKind.ORGANIZATION, null);
            m.inTitle = true; // a news agency: never an actor
            m.weak = true;
            m.title = "agency";
            out.add(m);
            if (ag < e) analyse(t, s, ag, e, out, hl);
            return;
        }
        // split into a title/organisation/place prefix and a person-name tail
        int tail = e;
        while (tail > b && (isNameToken(t, tail - 1) || initials(t, s, b, tail - 1, e) || titleSurname(t, b, tail - 1, e)
                || innerWord(t, s, b, tail - 1, e) || familyWord(t, s, tail - 1, e, hl))) {
            tail--;
        }
        if (tail == b && demonymBeforeName(t, b, e)) tail = b + 1; // "the American Chris Cassidy"
        // "Midfielder Jordan Henderson": an occupation opening a sentence is the title of the name after it
        boolean role = tail == b && b == from && initial && e - b >= 3 && lex.personNouns.contains(t.lower[b])
                && (cls(t, b + 1) == F || cls(t, b + 1) == N || cls(t, b + 1) == INI);
        if (role) tail = b + 1;
        // trailing particles are part of a name only inside it, or joined to it ("Sheikh al-Thani")
        while (tail < e && t.in(tail, PARTICLE_WORDS) && !t.capitalised(tail)
                && !(t.isDash(tail + 1) && t.glued(tail + 1))) {
            tail++;
        }
        boolean placeGiven = tail == b && nameWords(t, b, e) == 2 && placeNamedPerson(t, s, b, e);
        for (int k = tail; k < e && !placeGiven; k++) {
            int pe = cls(t, k) == F || t.isDash(k - 1) && t.glued(k) ? -1 : placeAt(t, k, e, false);
            if (pe > k && pe < e && !(t.isDash(pe) && t.glued(pe))) { // not inside "Hunga Tonga-Hunga Ha'apai"
                tail = pe;
                k = pe - 1;
            }
        }
        // "Assistant Secretary for Acquisition Marvin Sambur": common words before a given name belong to the title
        for (int k = tail; k < e - 1; k++) {
            if (cls(t, k) != G) break;
            int c1 = cls(t, k + 1);
            boolean restNames = c1 == F || c1 == N && k + 2 < e && (cls(t, k + 2) == N || cls(t, k + 2) == F);
            if (restNames && (k > b || lowerTitleBefore(t, s, b) != null)) {
                tail = k + 1;
                break;
            }
        }
        int nameLen = nameWords(t, tail, e);
        boolean titled = role;
        boolean orgInPrefix = false;
        for (int k = b; k < tail; k++) {
            int c = cls(t, k);
            if (c == T) titled = true;
            if (c == O) orgInPrefix = true;
        }
        String lowerTitle = lowerTitleBefore(t, s, b);
        int before = t.is(b - 1, ',') ? b - 2 : b - 1;
        if (lowerTitle != null && !titled && MODIFIERS.contains(t.w(before))) lowerTitle = null; // "first Olympic title"
        if (lowerTitle != null || honorific(t, b - 1)) titled = true;
        boolean personTail = false;
        boolean unconfirmed = false; // an unknown word, then a common word as surname, and no evidence here
        if (nameLen >= 1 && nameLen <= 4) {
            int first = firstWord(t, tail, e);
            boolean family = familyWord(t, s, first, e, hl);
            int firstCls = family ? F : cls(t, first);
            int gCount = 0;
            int nCount = 0;
            for (int k = family ? first + 1 : tail; k < e; k++) {
                if (k > first && PARTICLES.contains(t.w(k)) || suffix(t, k)) continue;
                int c = cls(t, k);
                if (c == G) gCount++;
                if (c == N || c == F) nCount++;
            }
            // "Le Havre", "La Paz", but not "Le Van Hieu": an article-like prefix makes a place of two words
            boolean placeWhole = placeAt(t, tail, e, false) == e || PLACE_PREFIX.contains(t.w(first))
                    && !(PARTICLES.contains(t.w(first)) && countWords(t, tail, e) > 2) || cls(t, e - 1) == PW;
            placeWhole &= !honorific(t, tail - 1); // "Mr Montenegro's government": a person named like a country
            // "Naomi Osaka", "Jordan Henderson": a given name that is no place, then a city's name, is a person; then a
            // country's name, with person evidence ("Luis Montenegro arrived")
            boolean givenThenCity = nameLen == 2 && firstCls == F && first == tail && lex.places.get(t.w(first)) == null
                    && !PLACE_PREFIX.contains(t.w(first)) && (lex.countryOf.containsKey(t.w(e - 1))
                    || ownPlaceName(t.w(e - 1)) && personEvidence(t, s, b, e, false));
            // "Jannik Sinner", "Chad Smith": a common word as surname after an unknown word or a country (see wordSurname)
            boolean wordSurname = nameLen == 2 && first == tail && !titled && wordSurname(t, first, e);
            placeGiven &= !titled; // "Jordan Bardella", "Paris Hilton testified": see placeNamedPerson
            for (int k = tail; k < e && !placeWhole; k++) {
                Lexicon.Place pl = lex.places.get(t.w(k));
                if (pl != null && !pl.demonym() && (cls(t, k) != F || pl.canonical().equalsIgnoreCase(t.w(k))
                        && !lex.countryOf.containsKey(t.w(k)))
                        && (k > tail || nameLen > 1) && !(givenThenCity && k == e - 1) && !(placeGiven && k == tail)
                        && !(titled && k == tail && nameLen == 2 && cls(t, k) == F) // "Midfielder Jordan Henderson"
                        && !(titled && k == e - 1 && k > tail && nameLen == 2 && firstCls == F)) { // "Prime Minister Luis Montenegro"
                    placeWhole = true;
                }
            }
            // "Iraqi Kurdish": demonyms only; "Mato Grosso farmers", "in Khan Younis", "Novi Sad's railway station"
            placeWhole |= demonyms(t, tail, e) || !titled && tail == b && (groupAfter(t, e) || placePossessive(t, e)
                    || locativeBefore(t, b, e));
            if (placeWhole) {
                personTail = false;
            } else if (nameLen >= 2) {
                personTail = (firstCls == F || firstCls == INI) && nCount >= 1 || gCount == 0 && nCount >= 2
                        || titled && gCount < nameLen
                        || wordSurname && (placeGiven || firstCls == N && personEvidence(t, s, b, e, true))
                        || b == from && initial && wordGivenName(t, s, b, e);
                boolean head = headline(t, s, sen, hl);
                if (head && firstCls != F && !titled) personTail = false;
                unconfirmed = !personTail && !head && wordSurname && firstCls == N && tail == b;
            } else {
                boolean head = b < tail && HEAD.contains(t.w(tail - 1)) || honorific(t, tail - 1);
                personTail = (titled || honorific(t, tail - 1)) && firstCls != G
                        && !t.allCaps(first) && !camel(t, first) && !pluralTitle(t, tail - 1) || head && firstCls == G && !orgInPrefix;
                if (headline(t, s, sen, hl) && firstCls != F) personTail = false;
            }
        }
        if (personTail && (tail > b || lowerTitle != null)) {
            Mention p = new Mention(tail, e, ParticipantKind.PERSON, null);
            String pre = tail > b ? t.text.substring(t.start[b], t.end[tail - 1]) : null;
            p.title = pre == null ? lowerTitle : lowerTitle == null ? pre : lowerTitle + " " + pre;
            out.add(p);
            if (tail > b) prefixPlaces(t, b, tail, out);
            return;
        }
        if (personTail && ((cls(t, firstWord(t, tail, e)) != F || corporateWord(t, e - 1)) && businessReport(t, e)
                && !ownersName(t, b, tail, e)
                || !titled && (companyFirst(t, s, b, tail, e) || cityTeam(t, b, tail, e) || companysOwn(t, tail, e)))) {
            // "Deutsche Telekom said profits rose", "X told investors": a company reporting its business
            Mention m = new Mention(tail, e, ParticipantKind.ORGANIZATION, null);
            m.weak = true;
            out.add(m);
            return;
        }
        if (!personTail && unconfirmed) {
            // "Elon Musk took control": an unknown word and a common word as surname that are nothing else are a
            // person only if the document confirms it by the surname alone ("Musk, the world's richest person"),
            // see confirmGuesses
            int had = out.size();
            classifyNonPerson(t, s, b, e, out, initial && b == from, hl);
            if (out.size() == had) {
                Mention p = new Mention(tail, e, ParticipantKind.PERSON, null);
                p.guess = true;
                out.add(p);
            }
            return;
        }
        if (personTail) {
            Mention p = new Mention(tail, e, ParticipantKind.PERSON, null);
            // two unknown words with no given name and no title: a person only if the text confirms it
            int fc = familyWord(t, s, tail, e, hl) ? F : cls(t, tail);
            p.tentative = fc != F && fc != INI && !knownName(t, tail, e) && !personEvidence(t, s, b, e, false);
            out.add(p);
            return;
        }
        classifyNonPerson(t, s, b, e, out, initial && b == from, hl);
    }

    /**
     * "the author of \"The Satanic Verses,\" ... \"The Satanic Verses\" was short-listed": a work's title the text
     * gave after its noun names it again wherever it stands alone in quotation marks, a sentence's first words too.
     */
    private static void worksAgain(Tokens t, List<Mention> out) {
        List<String[]> titles = null;
        for (Mention m : out) {
            if (!m.work) continue;
            if (titles == null) titles = new ArrayList<>(2);
            String[] w = new String[m.to - m.from];
            for (int k = m.from; k < m.to; k++) w[k - m.from] = t.w(k);
            titles.add(w);
        }
        if (titles == null) return;
        int before = out.size();
        for (int k = 1; k < t.size; k++) {
            if (!opensQuote(t, k - 1)) continue;
            int from = t.wordIs(k, "the") ? k + 1 : k;
            for (String[] w : titles) {
                int e = from + w.length;
                boolean same = e <= t.size;
                for (int q = 0; same && q < w.length; q++) same = t.isWord(from + q) && t.w(from + q).equals(w[q]);
                if (!same || !closesQuote(t, e)) continue;
                boolean taken = false;
                for (int q = 0; q < before && !taken; q++) taken = out.get(q).from < e && out.get(q).to > from;
                if (taken) continue;
                Mention m = new Mention(from, e, ParticipantKind.ORGANIZATION, null);
                m.work = true;
                out.add(m);
            }
        }
        if (out.size() > before) out.sort((x, y) -> Integer.compare(x.from, y.from));
    }

    /** Whether a double quotation mark opens at k. */
    private static boolean opensQuote(Tokens t, int k) {
        return t.is(k, '"') || t.is(k, '\u201C');
    }

    /** Whether a double quotation mark closes at e, or after a comma or full stop there ("Verses,\""). */
    private static boolean closesQuote(Tokens t, int e) {
        int c = t.is(e, ',') || t.is(e, '.') ? e + 1 : e;
        return t.is(c, '"') || t.is(c, '\u201D');
    }

    /** Nouns of a work a title in quotation marks names: "the novel \"The Satanic Verses\"". */
    private static final java.util.Set<String> WORKS = java.util.Set.of("of", "novel", "book", "film", "movie",
            "song", "album", "play", "opera", "poem", "series", "documentary", "titled", "entitled", "called", "single",
            "show", "programme", "program", "musical", "painting", "memoir", "report");

    /**
     * Whether the capitalised run [from, e) stands alone inside double quotation marks (a comma may close it inside
     * them) after a noun of a work: "author of \"The Satanic Verses,\"", "the film \"Parasite\"". Words of speech
     * in quotation marks follow no such noun.
     */
    private static boolean quotedWork(Tokens t, int from, int e) {
        if (!opensQuote(t, from - 1) || !t.isWord(from - 2) || t.capitalised(from - 2)
                || !WORKS.contains(t.lower[from - 2]) || !closesQuote(t, e)) {
            return false;
        }
        // (after "of", a title of two words or more: "chants of \"Roger\"" name a man)
        return !t.wordIs(from - 2, "of") || e - from >= 2 && !t.wordIs(from, "the") || e - from >= 3;
    }

    /** Whether the words [b, e) are a company's name the lists know whole (six words at most). */
    private boolean knownCompany(Tokens t, int b, int e) {
        return e - b <= 6 && t.in(b, lex.companyStartWords) && company(t, b, e);
    }

    /** The run is a company in the list and not also a place. */
    private boolean company(Tokens t, int b, int e) {
        // the name's key ends with its last word: a word no company's name ends with needs no key
        if (e - b > 1 && t.isWord(e - 1) && asciiLetters(t.lower[e - 1]) && !lex.companyEnds.contains(t.lower[e - 1])) {
            return false;
        }
        if (e - b > 1 && !Hashes.COMPANIES.mayHave(placeKeyHash(t, b, e))) return false; // no company's key
        String key = placeKey(t, b, e);
        return lex.companies.contains(key) && !lex.places.containsKey(key);
    }

    private static boolean asciiLetters(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) < 'a' || w.charAt(i) > 'z') return false;
        return true;
    }

}
