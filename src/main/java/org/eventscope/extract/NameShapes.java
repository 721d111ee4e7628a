package org.eventscope.extract;

import java.util.Set;

/**
 * What single tokens and short token spans look like to the name recogniser: the class of a capitalised word
 * (title, organisation or place word, given name, common word, unknown name), place and agency names in the
 * gazetteer, where a run of capitals ends, the title before a name and title-case lines ({@link PersonClues} has
 * the person evidence around a name).
 */
class NameShapes {
    static final Set<String> CONNECTORS = Set.of("of", "the", "for", "de", "da", "del", "della", "van", "von",
            "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "do", "dos", "das", "y", "on", "and", "&");
    static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "van", "von", "der", "den", "bin",
            "ibn", "al", "el", "la", "le", "du", "do", "dos", "das", "y", "ad", "as", "ash", "abu", "bint");
    private static final WordList CONNECTOR_WORDS = WordList.of(CONNECTORS);
    static final WordList PARTICLE_WORDS = WordList.of(PARTICLES);
    /** Group nouns after a name that make the name describe a group: "Filipino supporters", "Mato Grosso farmers". */
    static final Set<String> GROUP_NOUNS = Set.of("supporters", "protesters", "protestors", "demonstrators", "voters",
            "fans", "workers", "farmers", "students", "residents", "migrants", "nationals", "activists", "lawmakers",
            "legislators", "pilgrims", "athletes", "players", "fishermen", "doctors", "nurses", "teachers", "miners",
            "veterans", "volunteers", "crowds", "villagers", "settlers", "refugees", "rescuers", "firefighters",
            "drivers", "truckers", "unions", "businesses", "companies", "firms", "exporters", "producers", "growers");
    static final WordList GROUP_NOUN_WORDS = WordList.of(GROUP_NOUNS);

    static final Set<String> ACTOR_NOUNS = union(GROUP_NOUNS, "troops", "forces", "army", "military", "government", "authorities",
            "leadership", "side", "officials", "president", "diplomats", "police", "soldiers", "navy", "ministry",
            "parliament", "delegation", "jets", "warplanes", "tanks", "missiles", "artillery", "state", "regime",
            "leader", "leaders", "administration", "prime", "foreign", "defence", "defense", "embassy", "diplomat",
            "officers", "militants", "rebels", "separatists", "federation", "republic", "people", "citizens");

    private static Set<String> union(Set<String> a, String... b) {
        java.util.HashSet<String> u = new java.util.HashSet<>(a);
        u.addAll(java.util.List.of(b));
        return Set.copyOf(u);
    }
    static final Set<String> LOCATIVE = Set.of("in", "near", "inside", "outside", "around", "throughout",
            "across", "via", "town", "city", "village", "capital", "within");
    static final WordList LOCATIVE_WORDS = WordList.of(LOCATIVE);
    static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "noted", "stressed", "stated",
            "announced", "explained", "wrote", "argued", "warned", "insisted", "replied", "asked", "claimed");

    static final Set<String> PLACE_PREFIX = Set.of("san", "santa", "santo", "sao", "saint", "st", "fort",
            "port", "lake", "mount", "mt", "cape", "new", "north", "south", "east", "west", "upper", "lower", "greater",
            "los", "las", "el", "al", "la", "le", "puerto", "porto", "isla", "rio", "ciudad", "novo", "nova", "nizhny",
            "ust", "bad", "sankt", "sint", "novi", "nowy", "nowa");

    /** Two-letter English words; other two-letter capitalised words (Xi, Li, Wu) are read as names. */
    static final Set<String> TWO_LETTER = Set.of("am", "an", "as", "at", "be", "by", "do", "go", "he", "if",
            "in", "is", "it", "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we");

    static final int T = 1;
    static final int O = 2;
    static final int PW = 3;
    static final int M = 4;
    static final int X = 5;
    static final int F = 6;
    static final int G = 7;
    static final int N = 8;
    static final int ACR = 9;
    static final int C = 10;
    static final int INI = 11;

    final Lexicon lex = Lexicon.get();

    /** The class of token k: title, org word, place word, month, not-a-name, first name, common word, name. */
    int cls(Tokens t, int k) {
        if (!t.isWord(k)) return X;
        if (t.cls == null) t.cls = new byte[t.size];
        byte c = t.cls[k];
        if (c != 0) return c;
        c = (byte) classify(t, k);
        t.cls[k] = c;
        return c;
    }

    int classify(Tokens t, int k) {
        String w = t.lower[k];
        if (t.len(k) == 1 && t.capitalised(k) && t.is(k + 1, '.')) return INI;
        if (t.allCaps(k) && t.len(k) >= 2) {
            if (lex.timeZones.contains(w)) return X; // "10.16am (EDT)"
            if (t.in(k, lex.placeOrAgencyWords)) return N;
            if (t.in(k, lex.titleWords) && t.len(k) <= 3) return T;
            return ACR;
        }
        if (!t.capitalised(k)) return t.in(k, CONNECTOR_WORDS) ? C : X;
        if (t.in(k, lex.monthWords) && (w.length() > 3 || t.isNum(k + 1) || t.is(k + 1, '.'))
                || t.in(k, lex.weekdayWords) && (w.length() > 4 || t.is(k + 1, ',') || t.is(k + 1, '.')
                || t.isNum(k + 1))) {
            return M;
        }
        int c = (t.in(k, LIST_CLASS[0]) ? 1 : 0) | (t.in(k, LIST_CLASS[1]) ? 2 : 0) | (t.in(k, LIST_CLASS[2]) ? 4 : 0);
        return c == 0 ? N : c;
    }

    /**
     * What the word lists make of a capitalised word that is no month or weekday, a function of the word alone:
     * bits of the tokens, three lists for the three bits of the class (N, 8, is none of them).
     */
    private static final WordList[] LIST_CLASS = {classBit(0), classBit(1), classBit(2)};

    private static WordList classBit(int b) {
        return WordList.of(w -> (listClass(Lexicon.get(), w) >> b & 1) != 0);
    }

    private static int listClass(Lexicon lex, String w) {
        if (lex.notNames.contains(w)) return X;
        if (lex.titles.contains(w)) return T;
        if (lex.orgWords.contains(w)) return O;
        if (lex.placeWords.contains(w)) return PW;
        if (lex.isGiven(w)) return F;
        if (lex.common.contains(w) && (w.length() > 2 || TWO_LETTER.contains(w))) return G;
        return N;
    }

    /**
     * Where a run of capitalised words starting at i ends: across particles ("von der", "al-"), initials, "O'",
     * Korean given names, "&" and, inside an organisation's name, "of" and "for"; never across a sentence or a line.
     */
    int runEnd(Tokens t, Sentences s, int i) {
        int sen = s.of[i];
        int j = i + 1;
        boolean orgish = cls(t, i) == T || cls(t, i) == O || cls(t, i) == PW;
        while (j < t.size && j - i < 14 && s.of[j] == sen && !t.newlineBefore(j)) {
            if (t.capitalised(j) || t.allCaps(j)) {
                int c = cls(t, j);
                orgish |= c == T || c == O || c == PW;
                j++;
                continue;
            }
            if (t.isDash(j) && t.glued(j) && t.glued(j + 1) && t.capitalised(j + 1)) {
                j += 2;
                continue;
            }
            if (t.isDash(j) && t.glued(j) && t.glued(j + 1) && t.isWord(j + 1) && j - 2 >= i && t.capitalised(j - 2)
                    && t.capitalised(j - 1) && koreanSyllable(t, j + 1) && !t.isDash(j + 2)) {
                j += 2; // Lee Jae-yong
                continue;
            }
            if (t.isApostrophe(j) && t.glued(j) && irishO(t, j - 1)) {
                j += 2; // O' Leary as a tokenizer left it
                continue;
            }
            if (t.is(j, '.') && t.glued(j) && suffix(t, j - 1) && t.capitalised(j + 1) && s.of[j + 1] == sen
                    && lex.namedThings.contains(t.lower[j + 1])) {
                j++; // Martin Luther King Jr. Day
                continue;
            }
            if (!t.capitalised(j) && t.in(j, PARTICLE_WORDS) && t.isDash(j + 1)
                    && t.glued(j + 1) && t.glued(j + 2) && t.capitalised(j + 2)) {
                j += 3; // al-Assad, el-Sisi
                continue;
            }
            if (t.isApostrophe(j) && t.glued(j) && t.glued(j + 1) && t.isWord(j + 1) && t.isWord(j - 1)
                    && (t.capitalised(j + 1) && t.len(j - 1) <= 2 || !t.capitalised(j + 1) && t.len(j + 1) >= 3
                    && !t.wordIs(j + 1, "s") && !t.wordIs(j + 1, "ll") && !t.wordIs(j + 1, "re")
                    && !t.wordIs(j + 1, "ve"))) {
                j += 2; // O'Leary, D'Alema, Ma'ruf
                continue;
            }
            if (t.is(j, '.') && t.glued(j) && t.len(j - 1) == 1 && t.capitalised(j - 1)
                    && (t.capitalised(j + 1) || t.isWord(j + 1) && t.len(j + 1) == 1)) {
                j++;
                continue;
            }
            if (t.is(j, '.') && t.glued(j) && t.len(j - 1) == 1 && t.capitalised(j - 1) && t.isWord(j - 3)
                    && t.len(j - 3) == 1 && t.is(j - 2, '.')) {
                j++; // the final period of U.S.
                break;
            }
            String w = t.w(j);
            if (t.in(j, CONNECTOR_WORDS) && !t.capitalised(j)) {
                int k = j + 1;
                if (t.wordIs(k, "the") && !w.equals("the")) k++;
                while (t.in(j, PARTICLE_WORDS) && !t.capitalised(k) && t.in(k, PARTICLE_WORDS)
                        && k - j < 3) {
                    k++; // von der Leyen, de la Rua
                }
                boolean joinable = t.in(j, PARTICLE_WORDS) || orgish && !w.equals("and") && !w.equals("the")
                        || w.equals("&");
                if (joinable && t.capitalised(k) && s.of[k] == sen && cls(t, k) != M && cls(t, k) != X) {
                    j = k;
                    continue;
                }
            }
            if (t.is(j, '&') && t.capitalised(j + 1)) {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    /** The longest place or agency name starting at token k within [k, e): its end, or -1. */
    int placeAt(Tokens t, int k, int e, boolean agency) {
        if (!t.isWord(k)) return -1;
        String w0 = compass(t, k);
        if (w0 != null ? !(agency ? lex.agencyStarts : lex.placeStarts).contains(w0)
                : !t.in(k, agency ? lex.agencyStartWords : lex.placeStartWords)) {
            return -1;
        }
        StringBuilder b = new StringBuilder();
        int best = -1;
        for (int j = k; j < e && j - k < lex.maxPlaceWords + 3; j++) {
            if (t.isDash(j) || t.is(j, '.') || t.is(j, '&')) {
                b.append(t.raw(j));
                if (t.is(j, '.')) {
                    String key = b.toString();
                    if (agency ? lex.agencies.contains(key) : lex.places.containsKey(key)) best = j + 1;
                }
                continue;
            }
            if (!t.isWord(j)) break;
            if (b.length() > 0 && !t.isDash(j - 1) && !(t.is(j - 1, '.') && t.glued(j))) b.append(' ');
            String compass = compass(t, j);
            if (compass != null && j + 2 < e) {
                b.append(compass);
                j++;
                continue;
            }
            b.append(t.lower[j]);
            if (!mayEnd(t, j, b, agency)) continue;
            String key = j == k ? t.lower[k] : b.toString(); // the first word: the word itself, its hash known
            if (agency ? lex.agencies.contains(key) : lex.places.containsKey(key)) best = j + 1;
        }
        return best;
    }

    /** Whether b, which ends with the word at j, may be a place's (agency's) name: some name ends with that word. */
    private boolean mayEnd(Tokens t, int j, StringBuilder b, boolean agency) {
        int before = b.length() - t.lower[j].length() - 1;
        return before >= 0 && Lexicon.letter(b.charAt(before)) || t.in(j, agency ? lex.agencyEndWords : lex.placeEndWords);
    }

    /** "S." in "S. Ossetian" stands for South (likewise N., E., W.). */
    static String compass(Tokens t, int j) {
        if (!t.isWord(j) || t.len(j) != 1 || !t.is(j + 1, '.') || !t.capitalised(j + 2)) return null;
        return switch (t.lower[j]) {
            case "n" -> "north";
            case "s" -> "south";
            case "e" -> "east";
            case "w" -> "west";
            default -> null;
        };
    }

    String placeKey(Tokens t, int b, int e) {
        if (e - b == 1 && t.isWord(b)) return t.lower[b]; // one word: itself (a compass letter needs what follows)
        StringBuilder sb = new StringBuilder();
        for (int j = b; j < e; j++) {
            String compass = compass(t, j);
            if (compass != null && j + 2 < e) {
                sb.append(compass);
                j++;
                continue;
            }
            if (t.isDash(j) || t.is(j, '.')) {
                sb.append(t.raw(j));
                continue;
            }
            if (sb.length() > 0 && !t.isDash(j - 1) && !(t.is(j - 1, '.') && t.glued(j))) sb.append(' ');
            sb.append(t.lower[j]);
        }
        return sb.toString();
    }

    boolean isNameToken(Tokens t, int k) {
        if (suffix(t, k)) return true;
        int c = cls(t, k);
        if ((c == N || c == G) && t.len(k) == 1) return irishO(t, k);
        if (t.isApostrophe(k) && t.glued(k) && irishO(t, k - 1)) return true;
        if (t.isWord(k) && !t.capitalised(k) && t.isDash(k - 1) && t.glued(k) && t.glued(k - 1) && t.capitalised(k - 2)
                && koreanSyllable(t, k)) {
            return true; // Lee Jae-yong, Moon Jae-in
        }
        if (c == N && camel(t, k)) return false;
        // "Le Van Hieu", "Ursula Von der Leyen": a particle inside a name even where it is also a place or word
        if ((c == G || c == T) && t.in(k, PARTICLE_WORDS) && t.capitalised(k + 1) && k > 0 && t.capitalised(k - 1)
                && cls(t, k - 1) != T) {
            return true; // "Alexander De Croo"
        }
        if (c == N || c == F || c == G || c == INI) return !(c == G && lex.places.containsKey(t.lower[k]));
        if (t.is(k, '.') && k > 0 && cls(t, k - 1) == INI) return true;
        if (t.isDash(k) && t.glued(k) && t.glued(k + 1)) return true;
        if (t.isApostrophe(k) && t.glued(k) && t.glued(k + 1) && t.isWord(k + 1) && t.isWord(k - 1)) return true;
        if (t.isWord(k) && !t.capitalised(k) && t.isApostrophe(k - 1) && t.glued(k)) return true;
        return t.in(k, PARTICLE_WORDS) && !t.capitalised(k);
    }

    /** "O'Leary", "O' Leary", "D'Alema": a one-letter O or D glued to an apostrophe before a capital. */
    static boolean irishO(Tokens t, int k) {
        if (!t.isWord(k) || t.len(k) != 1 || !t.isApostrophe(k + 1) || !t.glued(k + 1) || !t.capitalised(k + 2)) return false;
        String w = t.raw(k);
        return w.equals("O") || w.equals("D");
    }

    /** "Jr", "III" right after a capitalised word: the end of a person's name. */
    boolean suffix(Tokens t, int k) {
        return t.isWord(k) && t.len(k) <= 4 && t.capitalised(k) && k > 0 && lex.nameSuffixes.contains(t.lower[k]) && t.isWord(k - 1)
                && t.capitalised(k - 1) && !lex.nameSuffixes.contains(t.lower[k - 1]);
    }

    /** The lower-case second half of a Korean given name ("yong" in Jae-yong): short, not an English word. */
    boolean koreanSyllable(Tokens t, int k) {
        return t.len(k) <= 2 || t.len(k) <= 5 && (!lex.common.contains(t.lower[k]) || KOREAN_WORDS.contains(t.lower[k]))
                && !t.lower[k].endsWith("ed");
    }

    /** Korean syllables of given names that are also English words ("An Se-young", "Kim Dae-won"). */
    static final Set<String> KOREAN_WORDS = Set.of("young", "won", "sun", "man", "son", "gun", "hun", "hang", "bin");

    /**
     * Words of a name, not counting particles after its first word nor the glued parts of a word ("Mohammed bin
     * Abdulrahman Al Thani": 3, "Khalil al-Hayya": 2, "Alexandria Ocasio-Cortez": 2).
     */
    static int nameWords(Tokens t, int b, int e) {
        int n = 0;
        boolean counted = false; // the word before: "Ocasio-Cortez", "O'Leary" are one word, "al-Hayya" one more
        for (int k = b; k < e; k++) {
            if (!t.isWord(k)) continue;
            if (counted && (t.isDash(k - 1) || t.isApostrophe(k - 1)) && t.glued(k)) continue;
            counted = n == 0 || !t.in(k, PARTICLE_WORDS);
            if (counted) n++;
        }
        return n;
    }

    static int countWords(Tokens t, int b, int e) {
        int n = 0;
        for (int k = b; k < e; k++) if (t.isWord(k) && !(t.isDash(k - 1) && t.glued(k))) n++;
        return n;
    }

    static int firstWord(Tokens t, int b, int e) {
        for (int k = b; k < e; k++) if (t.isWord(k)) return k;
        return b;
    }

    boolean honorific(Tokens t, int k) {
        if (t.is(k, '.')) k--;
        return t.isWord(k) && lex.honorifics.contains(t.lower[k]);
    }

    /** Lower-case title words right before a name ("Abkhaz leader", "top diplomat", "his counterpart"). */
    String lowerTitleBefore(Tokens t, Sentences s, int b) {
        int k = b - 1;
        if (t.is(k, ',')) k--;
        int end = k;
        // "president-elect Nicusor Dan", "Prime Minister-designate X"
        if ((t.wordIs(k, "elect") || t.wordIs(k, "designate")) && t.isDash(k - 1) && t.glued(k) && t.glued(k - 1)
                && t.in(k - 2, lex.titleWords) && s.of[k - 2] == s.of[b]) {
            k -= 3;
            while (k >= 0 && t.in(k, lex.titleWords) && s.of[k] == s.of[b]) k--; // "Vice President-elect"
        }
        while (k >= 0 && !t.capitalised(k) && t.in(k, lex.titleWords) && s.of[k] == s.of[b]) k--;
        // "Opposition leader X": a title word opening the sentence is capitalised only for being first
        if (k < end && k >= 0 && k == s.first[s.of[b]] && t.in(k, lex.titleWords)) k--;
        // an occupation right before the name: "historian Hendrik van der Berg", "tycoon Truong My Lan"
        if (k == end && k >= 0 && t.isWord(k) && !t.capitalised(k) && lex.personNouns.contains(t.lower[k])
                && !t.is(b - 1, ',')) {
            k--;
        }
        if (k == end) return null;
        int start = k + 1;
        // a demonym right before the title words belongs to the title ("South Ossetian acting ...")
        for (int d = 2; d >= 1; d--) {
            int a = start - d;
            if (a >= 0 && t.capitalised(a) && s.of[a] == s.of[b] && placeAt(t, a, start, false) == start) {
                Lexicon.Place p = lex.places.get(placeKey(t, a, start));
                if (p != null && p.demonym()) {
                    start = a;
                    break;
                }
            }
        }
        return t.text.substring(t.start[start], t.end[end]);
    }

    /** Title words that only modify a head ("first", "former", "foreign"): alone before a name they make no title. */
    static final Set<String> MODIFIERS = Set.of("first", "former", "acting", "interim", "top", "senior", "junior",
            "deputy", "vice", "assistant", "permanent", "special", "under", "foreign", "defence", "defense", "interior",
            "finance", "economy", "economic", "trade", "health", "education", "energy", "culture", "agriculture",
            "transport", "state", "security", "intelligence", "national", "international", "affairs", "external",
            "presidential", "parliamentary", "supreme", "de", "facto", "self-proclaimed", "so-called", "breakaway",
            "crown", "grand", "opposition", "then");

    /** Head words of a title: a name may follow them directly ("President Bush", "Minister Rice"). */
    static final Set<String> HEAD = Set.of("president", "minister", "fm", "pm", "premier", "chancellor", "secretary",
            "ambassador", "envoy", "leader", "king", "queen", "governor", "mayor", "spokesman", "spokeswoman",
            "diplomat", "chief", "director", "chairman", "chairwoman", "commander", "general", "gen", "senator", "sen",
            "rep", "judge", "justice", "pope", "cardinal", "bishop", "rabbi", "imam", "prince", "princess", "emir",
            "sheikh", "sultan", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral",
            "adm", "major", "maj", "coach", "professor", "prof", "dr", "mr", "mrs", "ms", "sir", "lord", "lady",
            "counterpart", "ceo", "head", "officer", "adviser", "advisor", "aide", "commissioner", "speaker");

    /** "MacBook", "PowerMac", "iPhone": inner capitals make a product or brand, not a person (but McDonald, DeLay). */
    static boolean camel(Tokens t, int k) {
        String w = t.text;
        int s = t.start[k];
        for (int i = s + 1; i < t.end[k]; i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                String pre = w.substring(s, i);
                return !(pre.equals("Mc") || pre.equals("Mac") || pre.equals("De") || pre.equals("Di")
                        || pre.equals("La") || pre.equals("Le") || pre.equals("Van") || pre.equals("Von")
                        || pre.equals("Du") || pre.equals("Fitz"));
            }
        }
        return false;
    }

    boolean pluralTitle(Tokens t, int k) {
        String w = t.w(k);
        return w.length() > 3 && w.endsWith("s") && lex.titles.contains(w.substring(0, w.length() - 1));
    }

    /** Short words a title-case line leaves in lower case besides prepositions ("Talks With the Taliban"). */
    static final Set<String> TITLE_CASE_LOWER = Set.of("the", "with", "but", "nor", "yet", "via", "per", "off", "amid",
            "vs", "upon", "onto", "against", "among", "despite");
    /** The prepositions and the words above: lower case in a title-case line. */
    private static final WordList TITLE_CASE_LOWER_WORDS = WordList.of(w -> DatePatterns.PREPOSITIONS.contains(w)
            || TITLE_CASE_LOWER.contains(w));

    /**
     * A line in title case ("Russian, South Ossetian Foreign Ministers Sign ..."): capitals say little there. Four
     * capitalised words and no lower-case word but prepositions; one more lower-case word only in a line that does
     * not end like a sentence ("Abiy Ahmed held talks in Addis Ababa on Monday." is body text).
     */
    boolean headline(Tokens t, Sentences s, int sen, byte[] hl) {
        if (hl[sen] != 0) return hl[sen] > 0;
        int caps = 0;
        int lower = 0;
        for (int k = s.first[sen]; k < s.last[sen] && caps + lower < 60; k++) {
            if (!t.isWord(k) || t.len(k) < 3) continue;
            if (t.capitalised(k)) {
                if (t.len(k) >= 4) caps++;
            } else if (!t.in(k, TITLE_CASE_LOWER_WORDS)) {
                if (++lower >= 2) break; // body text: no need to read on
            }
        }
        int end = s.last[sen] - 1;
        while (end > s.first[sen] && isQuote(t, end)) end--;
        boolean h = caps >= 4 && (lower == 0 || lower == 1 && !t.is(end, '.'));
        hl[sen] = (byte) (h ? 1 : -1);
        return h;
    }

    static boolean isQuote(Tokens t, int k) {
        return t.is(k, '"') || t.is(k, '\u201C') || t.is(k, '\u2018') || t.is(k, '\'') || t.is(k, '(')
                || t.is(k, '\u2019') || t.is(k, '-') || t.is(k, '\u2013') || t.is(k, '\u2014') || t.is(k, '|');
    }
}
