package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties one document's name mentions together: a surname or given name alone to the full name it shortens,
 * spelling variants by {@link Names#key}, "X, also known as Y", an acronym in brackets to the organisation before
 * it; settles the kind of a name whose kind was a guess by the evidence of the whole document. Fills in canonical
 * names. Descriptions by title ("the Russian Foreign Minister") are tied by {@link TitleAliases}, short names for
 * event titles chosen by {@link ShortNames}.
 */
final class Coreference {
    private final Lexicon lex = Lexicon.get();
    private final TitleAliases titleAliases = new TitleAliases();

    List<EntityRecognizer.Mention> resolve(Tokens t, List<EntityRecognizer.Mention> ms, String author) {
        String authorKey = author == null ? null : Names.key(author);
        Map<String, String> personByKey = new LinkedHashMap<>();
        Map<String, List<String>> keysByLast = new HashMap<>();
        Map<String, String> titleOf = new HashMap<>();
        Map<String, Set<String>> byLast = new HashMap<>();
        Map<String, Set<String>> byFirst = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        List<EntityRecognizer.Mention> out = new ArrayList<>(ms.size());
        // each mention's text and spelling key, computed once (the loops below consult them several times)
        String[] surf = new String[ms.size()];
        String[] keys = new String[ms.size()];
        for (int i = 0; i < ms.size(); i++) {
            surf[i] = surface(t, ms.get(i));
            keys[i] = Names.key(surf[i]);
            ms.get(i).surfaceKey = keys[i];
        }
        Set<String> singles = new HashSet<>();
        for (EntityRecognizer.Mention m : ms) if (m.to - m.from == 1) singles.add(t.lower[m.from]);
        // person evidence anywhere in the document holds for every mention of the same full name
        Set<String> confirmed = new HashSet<>();
        for (int i = 0; i < ms.size(); i++) {
            EntityRecognizer.Mention m = ms.get(i);
            if (m.kind == ParticipantKind.PERSON && !m.tentative && !m.weak) confirmed.add(keys[i]);
        }
        for (int i = 0; i < ms.size(); i++) {
            EntityRecognizer.Mention m = ms.get(i);
            if (m.tentative && !singles.contains(t.lower[m.to - 1]) && !coordinatedWithPerson(t, ms, i)
                    && !confirmed.contains(keys[i])) {
                m.kind = ParticipantKind.ORGANIZATION;
                m.weak = true;
            }
        }
        // organisation evidence anywhere in the document ("analysts at X", "shares of X", "X's shares", "the X")
        Set<String> orgs = new HashSet<>();
        for (int i = 0; i < ms.size(); i++) if (orgEvidence(t, ms.get(i))) orgs.add(keys[i]);
        // full names first
        for (int i = 0; i < ms.size(); i++) {
            EntityRecognizer.Mention m = ms.get(i);
            if (m.kind != ParticipantKind.PERSON) continue;
            if (m.title == null && !orgs.isEmpty() && orgs.contains(keys[i])) {
                m.kind = ParticipantKind.ORGANIZATION;
                m.weak = true;
                continue;
            }
            if (m.title == null && m.to - m.from >= 2 && t.isWord(m.from) && !lex.firstNames.contains(t.lower[m.from])
                    && singles.contains(t.lower[m.from]) && !singles.contains(t.lower[m.to - 1])) {
                // "Northrop Grumman ... Northrop said": a company is shortened to its first word, a person to the last
                m.kind = ParticipantKind.ORGANIZATION;
                continue;
            }
            String text = surf[i];
            if (text.indexOf(' ') < 0) continue;
            String key = keys[i];
            if (key.isEmpty() || key.equals(authorKey)) continue;
            String lastWord = key.substring(key.lastIndexOf(' ') + 1);
            int sp = key.indexOf(' ');
            String firstWord = sp < 0 ? key : key.substring(0, sp);
            String canon = personByKey.get(key);
            if (canon == null) {
                // "López Obrador", "Von der Leyen": the last words of a full name the text gave before
                List<String> sameLast = keysByLast.get(lastWord);
                if (sameLast != null) {
                    for (String k : sameLast) {
                        if (k.length() > key.length() && k.endsWith(key) && k.charAt(k.length() - key.length() - 1) == ' ') {
                            canon = personByKey.get(k);
                            break;
                        }
                    }
                }
                if (canon == null) canon = text;
                personByKey.put(key, canon);
                List<String> same = keysByLast.get(lastWord);
                if (same == null) keysByLast.put(lastWord, same = new ArrayList<>(2));
                same.add(key);
            }
            m.canonical = canon;
            firstAt.putIfAbsent(canon, m.from);
            if (m.title != null) titleOf.putIfAbsent(canon, m.title);
            part(byLast, lastWord).add(canon);
            part(byFirst, firstWord).add(canon);
        }
        Map<Participants.Key, String> otherByKey = new HashMap<>();
        Map<String, String> orgByFirst = new HashMap<>(); // an organisation's first word: its full name, "" if several
        for (int i = 0; i < ms.size(); i++) {
            EntityRecognizer.Mention m = ms.get(i);
            String text = surf[i];
            String key = keys[i];
            if (authorKey != null && !authorKey.isEmpty() && (key.equals(authorKey) || authorKey.contains(key)
                    && m.kind == ParticipantKind.PERSON)) {
                continue;
            }
            if (m.canonical == null && m.to - m.from <= 3 && !m.demonym) {
                Set<String> hits = byLast.get(key);
                int sp = key.indexOf(' ');
                if (hits == null && sp > 0 && key.indexOf(' ', sp + 1) < 0
                        && NameWords.PARTICLES.contains(key.substring(0, sp))) {
                    hits = byLast.get(key.substring(sp + 1)); // "El-Sisi said": "Abdel Fattah el-Sisi"
                }
                if (hits == null && (m.kind == ParticipantKind.PERSON || m.weak && !m.common)) {
                    hits = byFirst.get(key);
                }
                if (hits != null && (m.kind == ParticipantKind.PERSON || m.weak)) {
                    // "Jair Bolsonaro ... Bolsonaro ... his wife Michelle Bolsonaro": a surname shared by several
                    // people named in full is the first of them named before it (the story's subject)
                    String first = hits.iterator().next();
                    if (hits.size() == 1 || firstAt.getOrDefault(first, Integer.MAX_VALUE) < m.from) {
                        m.kind = ParticipantKind.PERSON;
                        m.locative = false;
                        m.weak = false; // the full name is the evidence: "he" may stand for it
                        m.common = false; // "Margrethe had stunned ...": a sentence-initial capital that is her name
                        m.canonical = first;
                    }
                }
            }
            if (m.canonical == null) {
                if (key.isEmpty() || m.common) continue;
                // "The Dow Jones industrial average fell ... when the Dow fell", "Lehman Brothers ... Lehman": an
                // organisation named in full before is shortened to its first word (one such organisation only)
                String whole = m.kind == ParticipantKind.ORGANIZATION && m.to - m.from == 1
                        && !t.in(m.from, lex.titleWords) && !t.wordIs(m.to, "of") // (not "the late Amir of Kuwait")
                        ? orgByFirst.get(key) : null;
                if (whole != null && !whole.isEmpty()) {
                    m.canonical = whole;
                    m.weak = false;
                    out.add(m);
                    continue;
                }
                Participants.Key pk = new Participants.Key(m.kind, key);
                String canon = otherByKey.get(pk);
                // ("JPMorgan Chase & Co", "Barclays Plc": a company is known by its name without its legal form, which
                // stays an alias)
                if (canon == null) otherByKey.put(pk, canon = m.kind == ParticipantKind.ORGANIZATION ? withoutLegalForm(text) : text);
                m.canonical = canon;
                int sp = key.indexOf(' ');
                // (not a flight or a unit named by its number: "JAL Flight 516" is no name of JAL)
                if (m.kind == ParticipantKind.ORGANIZATION && sp > 0 && !m.inTitle && canon.chars().noneMatch(Character::isDigit)) {
                    String first = key.substring(0, sp);
                    String had = orgByFirst.get(first);
                    orgByFirst.put(first, had == null || had.equals(canon) ? canon : "");
                    // "Manchester United ... United": a club is shortened to the word after its town's name
                    String last = key.substring(key.lastIndexOf(' ') + 1);
                    if (CLUB_WORDS.contains(last)) {
                        had = orgByFirst.get(last);
                        orgByFirst.put(last, had == null || had.equals(canon) ? canon : "");
                    }
                }
            }
            if (m.kind == ParticipantKind.PERSON && m.title == null) m.title = titleOf.get(m.canonical);
            // "Foreign Minister Velayati", "Ayatollah Khomeini": a person named by one word keeps the title too, so
            // "the Foreign Minister", "the Ayatollah" can stand for them
            else if (m.kind == ParticipantKind.PERSON) titleOf.putIfAbsent(m.canonical, m.title);
            out.add(m);
        }
        knownAs(t, out);
        adoptKinds(t, out);
        titleAliases.add(t, out, titleOf);
        acronyms(t, out);
        ShortNames.fill(t, out);
        for (EntityRecognizer.Mention m : out) {
            if (m.kind == ParticipantKind.PLACE && m.canonical != null) m.canonical = titleCased(m.canonical);
        }
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).from < out.get(i - 1).from) { // title aliases were appended
                out.sort((a, b) -> Integer.compare(a.from, b.from));
                break;
            }
        }
        return out;
    }

    /** The full names that end (or begin) with a word, in the order the text gave them. */
    private static Set<String> part(Map<String, Set<String>> by, String word) {
        Set<String> s = by.get(word);
        if (s == null) by.put(word, s = new LinkedHashSet<>());
        return s;
    }

    /**
     * "Joko Widodo, widely known as Jokowi", "Joko Widodo, who is known as Jokowi", "Ahmed al-Sharaa, also known as
     * Abu Mohammed al-Golani": one person.
     */
    private static void knownAs(Tokens t, List<EntityRecognizer.Mention> out) {
        for (int i = 0; i + 1 < out.size(); i++) {
            EntityRecognizer.Mention p = out.get(i);
            if (p.kind != ParticipantKind.PERSON || !t.is(p.to, ',')) continue;
            int k = p.to + 1;
            if (t.wordIs(k, "who") && (t.wordIs(k + 1, "is") || t.wordIs(k + 1, "was"))) k += 2; // ", who is known as"
            if (t.wordIs(k, "also") || t.wordIs(k, "widely") || t.wordIs(k, "better") || t.wordIs(k, "popularly")) k++;
            if (!t.wordIs(k, "known") || !t.wordIs(k + 1, "as")) continue;
            // the next mention by position: a place taken from the person's title may stand between them in the list
            for (int j = i + 1; j < out.size() && j <= i + 3; j++) {
                EntityRecognizer.Mention a = out.get(j);
                if (a.from != k + 2) continue;
                a.kind = ParticipantKind.PERSON;
                a.canonical = p.canonical;
                a.locative = false;
                if (a.title == null) a.title = p.title;
                break;
            }
        }
    }

    /** A single word whose kind was a guess takes the kind the same name has elsewhere in the text. */
    private void adoptKinds(Tokens t, List<EntityRecognizer.Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            EntityRecognizer.Mention m = out.get(i);
            if (!m.weak || m.kind == ParticipantKind.PERSON) continue;
            // "to Sokhumi and Tskhinvali": a guessed name coordinated with a place is a place
            for (int d = -1; d <= 1; d += 2) {
                int j = i + d;
                if (j < 0 || j >= out.size()) continue;
                EntityRecognizer.Mention o = out.get(j);
                int gapFrom = d < 0 ? o.to : m.to;
                int gapTo = d < 0 ? m.from : o.from;
                // (not "X and France's PSA": a place owning the next name)
                if (o.kind == ParticipantKind.PLACE && !o.demonym && gapTo - gapFrom == 1 && !t.isApostrophe(o.to)
                        && (t.wordIs(gapFrom, "and") || t.wordIs(gapFrom, "or") || t.is(gapFrom, ','))) {
                    m.kind = ParticipantKind.PLACE;
                    m.locative = o.locative;
                }
            }
        }
        Map<String, EntityRecognizer.Mention> sure = new HashMap<>();
        String[] keys = new String[out.size()];
        for (int i = 0; i < out.size(); i++) {
            EntityRecognizer.Mention m = out.get(i);
            // the canonical name is most often the mention's own text, whose key is known
            keys[i] = m.surfaceKey != null && m.canonical == m.surface ? m.surfaceKey : Names.key(m.canonical);
            if (!m.weak || m.kind == ParticipantKind.PLACE && m.locative) sure.putIfAbsent(keys[i], m);
        }
        for (int i = 0; i < out.size(); i++) {
            EntityRecognizer.Mention m = out.get(i);
            if (!m.weak) continue;
            EntityRecognizer.Mention s = sure.get(keys[i]);
            if (s != null && s != m) {
                m.kind = s.kind;
                m.canonical = s.canonical;
            }
        }
    }

    /** "X beat Carlos Alcaraz": people compete with, succeed and replace people. */
    private static final Set<String> VERSUS = Set.of("beat", "beats", "defeated", "defeats", "edged", "overcame",
            "succeeded", "succeeds", "replaced", "replaces", "vs", "versus");

    /** "George W. Bush and Xi Jinping": a name joined by "and" or a comma to a sure person is a person too. */
    private static boolean coordinatedWithPerson(Tokens t, List<EntityRecognizer.Mention> ms, int i) {
        EntityRecognizer.Mention m = ms.get(i);
        for (int d = -1; d <= 1; d += 2) {
            int j = i + d;
            if (j < 0 || j >= ms.size()) continue;
            EntityRecognizer.Mention o = ms.get(j);
            if (o.kind != ParticipantKind.PERSON || o.tentative || o.weak) continue;
            int gapFrom = d < 0 ? o.to : m.to;
            int gapTo = d < 0 ? m.from : o.from;
            if (gapTo - gapFrom == 1 && (t.wordIs(gapFrom, "and") || t.is(gapFrom, ',') || VERSUS.contains(t.w(gapFrom)))) {
                return true;
            }
        }
        return false;
    }

    /** {@link ShortNames#shortName}, as event titles ask for it. */
    static String shortName(String canonical, Map<String, Integer> used) {
        return ShortNames.shortName(canonical, used);
    }

    /**
     * A place a dateline gives in capitals ("ST. JOHN'S, Antigua") under the name's usual case ("St. John's"); any
     * other name as written. Short words in capitals (an abbreviation like "DRC") stay as they are.
     */
    static String titleCased(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) return name;
            if (Character.isLetter(c)) letters++;
        }
        if (letters < 5) return name;
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean afterApostrophe = i > 0 && (name.charAt(i - 1) == '\'' || name.charAt(i - 1) == '\u2019');
            boolean upper = start && !(afterApostrophe && (c == 'S' || c == 'T') && (i + 1 == name.length()
                    || !Character.isLetter(name.charAt(i + 1))));
            if (upper && i > 0) {
                int e = i;
                while (e < name.length() && Character.isLetter(name.charAt(e))) e++;
                upper = !SMALL_WORDS.contains(name.substring(i, e).toLowerCase(java.util.Locale.ROOT)); // Port-au-Prince
            }
            b.append(upper ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** The words after a town's name that name its football club, which the text shortens to them. */
    private static final Set<String> CLUB_WORDS = Set.of("united", "rovers", "wanderers", "athletic", "albion",
            "hotspur");

    /** Words kept in lower case inside a place's name: "Port-au-Prince", "Stratford-upon-Avon". */
    private static final Set<String> SMALL_WORDS = Set.of("au", "aux", "de", "des", "du", "la", "le", "les", "of",
            "the", "and", "upon", "on", "sur", "en", "el", "al", "da", "do", "dos", "del");

    /** A company's name without a legal form closing it ("JPMorgan Chase & Co", "Barclays Plc", "Nissan Motor Co., Ltd."). */
    static String withoutLegalForm(String name) {
        java.util.regex.Matcher x = LEGAL_FORM.matcher(name);
        if (!x.find()) return name;
        String rest = name.substring(0, x.start());
        return rest.length() >= 2 ? rest : name; // ("BP Plc" is BP)
    }

    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "(?:,?\\s+(?:&\\s*Co\\.?|Inc\\.?|Corp\\.?|Co\\.?|Ltd\\.?|Plc|PLC|LLC|S\\.A\\.|SA|AG|N\\.V\\.|NV|SE|GmbH))+$");

    static String surface(Tokens t, EntityRecognizer.Mention m) {
        String s = m.surface;
        if (s == null) m.surface = s = collapse(t.text, t.start[m.from], t.end[m.to - 1]);
        return s;
    }

    /** The text of [from, to) with each run of white space as one space. */
    static String collapse(String text, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < to && Character.isWhitespace(text.charAt(i + 1)))) {
                plain = false;
                break;
            }
        }
        if (plain) return text.substring(from, to);
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) b.append(' ');
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    /**
     * "Foreign Ministry (MID)": the acronym names the organisation before it; and "The Czech National Bank removed
     * its cap ... The CNB introduced the floor": a word in capitals spelling the initials of an organisation named
     * before in the text names it.
     */
    private void acronyms(Tokens t, List<EntityRecognizer.Mention> out) {
        java.util.Map<String, EntityRecognizer.Mention> byInitials = new java.util.HashMap<>();
        for (EntityRecognizer.Mention m : out) {
            if (m.kind == ParticipantKind.ORGANIZATION && m.canonical != null && m.canonical.indexOf(' ') > 0
                    && !m.inTitle) {
                String ini = MergeReport.initials(m.canonical);
                if (ini != null) byInitials.putIfAbsent(ini, m);
            } else if (m.to - m.from == 1 && t.allCaps(m.from) && t.len(m.from) >= 3 && !m.inTitle) {
                EntityRecognizer.Mention full = byInitials.get(surface(t, m));
                if (full != null) {
                    m.canonical = full.canonical;
                    m.kind = full.kind;
                    m.weak = false;
                }
            }
        }
        for (int i = 1; i < out.size(); i++) {
            EntityRecognizer.Mention a = out.get(i - 1);
            EntityRecognizer.Mention b = out.get(i);
            if (a.kind == ParticipantKind.ORGANIZATION && b.to - b.from == 1 && t.allCaps(b.from) && b.from == a.to + 1
                    && t.is(a.to, '(')) {
                String acr = surface(t, b);
                for (EntityRecognizer.Mention m : out) {
                    if (m.canonical != null && m.canonical.equals(acr)) {
                        m.canonical = a.canonical;
                        m.kind = a.kind;
                        m.weak = false;
                    }
                }
            }
        }
    }

    private static final Set<String> ORG_AFTER = Set.of("shares", "stock", "profit", "profits", "revenue",
            "revenues", "earnings", "board", "ceo", "subsidiary", "subsidiaries", "headquarters", "employees",
            "customers", "shareholders", "investors", "stake", "unit", "factory", "factories", "plant", "plants",
            "brand", "products");
    private static final Set<String> ORG_BEFORE = Set.of("analysts", "analyst", "economists", "economist",
            "strategists", "workers", "employees", "staff", "executives", "shares", "stake", "subsidiary",
            "unit", "rival", "rivals");

    /** Contexts that name a company or an institution, never a person. */
    private static boolean orgEvidence(Tokens t, EntityRecognizer.Mention m) {
        int e = m.to;
        if (t.isApostrophe(e) && t.wordIs(e + 1, "s") && ORG_AFTER.contains(t.w(e + 2))) return true;
        if (t.wordIs(e, "shares") || t.wordIs(e, "stock") || t.wordIs(e, "shareholders")) return true;
        int b = m.from;
        String p1 = t.w(b - 1);
        if ((p1.equals("at") || p1.equals("of") || p1.equals("in")) && ORG_BEFORE.contains(t.w(b - 2))) return true;
        // "the X." or "the X board", but not "the Joe Biden administration"
        return p1.equals("the") && !t.capitalised(b - 1) && m.title == null
                && (!t.isWord(e) && !t.isApostrophe(e) || ORG_AFTER.contains(t.w(e)));
    }
}
