package org.eventscope.extract;

import java.util.Set;

/**
 * What one word is to the name recogniser: the class of a token ({@link #cls}: title, organisation or place word,
 * month or weekday, given name, common word, acronym, initial, unknown name, not a name), whether it may stand in a
 * person's name ({@link #isNameToken}: particles, "O'", suffixes, Korean syllables; no camel-case brands), and the
 * general word lists the later stages read around a name (particles, group and actor nouns, locative and speech
 * words, title heads and modifiers). {@link NameShapes} builds spans from these words.
 */
class NameWords {
    static final Set<String> CONNECTORS = Set.of("of", "the", "for", "de", "da", "del", "della", "van", "von",
            "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "do", "dos", "das", "y", "on", "and", "&", "es");
    static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "van", "von", "der", "den", "bin",
            "ibn", "al", "el", "la", "le", "du", "do", "dos", "das", "y", "ad", "as", "ash", "abu", "bint", "ul", "ud",
            "es");
    static final WordList CONNECTOR_WORDS = WordList.of(CONNECTORS);
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
            "parliament", "delegation", "jets", "warplanes", "aircraft", "planes", "helicopters", "drones", "tanks", "missiles",
            "artillery", "state", "regime",
            "leader", "leaders", "administration", "prime", "foreign", "defence", "defense", "embassy", "diplomat",
            "officers", "militants", "rebels", "separatists", "federation", "republic", "people", "citizens");

    private static Set<String> union(Set<String> a, String... b) {
        java.util.HashSet<String> u = new java.util.HashSet<>(a);
        u.addAll(java.util.List.of(b));
        return Set.copyOf(u);
    }
    /** Nouns that name a place by "of": "the town of Chato", "the province of Hela". */
    static final Set<String> TOWN_NOUNS = Set.of("town", "city", "village", "capital", "province", "region",
            "district", "island", "port", "county", "municipality");

    /** "his home town of Chato", "the province of Hela": whether the name at b follows a place noun and "of". */
    static boolean townOf(Tokens t, int b) {
        return t.wordIs(b - 1, "of") && TOWN_NOUNS.contains(t.w(b - 2));
    }

    static final Set<String> LOCATIVE = Set.of("in", "near", "inside", "outside", "around", "throughout",
            "across", "via", "town", "city", "village", "capital", "within");
    static final WordList LOCATIVE_WORDS = WordList.of(LOCATIVE);
    static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "noted", "stressed", "stated",
            "announced", "explained", "wrote", "argued", "warned", "insisted", "replied", "asked", "claimed");

    /**
     * First words that make a name of two words or more a place whatever follows (an organisation word ending it
     * is read first): mountains, lakes, capes, forts, ports and saints' towns, in the languages news names them in.
     */
    static final Set<String> GEOGRAPHIC_START = Set.of("mount", "mt", "lake", "cape", "fort", "port", "saint", "st",
            "san", "santa", "santo", "sao", "puerto", "porto", "isla", "islas", "rio", "ciudad", "sankt", "sint",
            "nevado", "volcan", "cerro", "sierra", "monte", "mont", "lago", "golfo", "cordillera", "serra", "bahia");

    /**
     * First words a place's name often opens with, which keep a name with a surname-like word a place: those above
     * (but "sierra", a given name too) and words that open other names as well ("New", "North", "El", "Nizhny").
     */
    static final Set<String> PLACE_PREFIX = java.util.stream.Stream.concat(
            GEOGRAPHIC_START.stream().filter(w -> !w.equals("sierra")),
            java.util.stream.Stream.of("new", "north", "south", "east", "west", "upper", "lower", "greater", "los", "las",
                    "el", "al", "la", "le", "novo", "nova", "nizhny", "ust", "bad", "novi", "nowy", "nowa"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Two-letter English words; other two-letter capitalised words (Xi, Li, Wu) are read as names. */
    static final Set<String> TWO_LETTER = Set.of("am", "an", "as", "at", "be", "by", "do", "go", "he", "if",
            "in", "is", "it", "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we");

    /**
     * Classes of a token ({@link #cls}): title, organisation word, place word, month or weekday, not a name, given
     * name, common word, unknown name, acronym, lower-case connector, initial.
     */
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
        return t.isWord(k) && t.len(k) <= 5 && t.capitalised(k) && k > 0 && lex.nameSuffixes.contains(t.lower[k]) && t.isWord(k - 1)
                && t.capitalised(k - 1) && !lex.nameSuffixes.contains(t.lower[k - 1]);
    }

    /** The lower-case second half of a Korean given name ("yong" in Jae-yong): short, not an English word. */
    boolean koreanSyllable(Tokens t, int k) {
        return t.len(k) <= 2 || t.len(k) <= 5 && (!lex.common.contains(t.lower[k]) || KOREAN_WORDS.contains(t.lower[k]))
                && !t.lower[k].endsWith("ed");
    }

    /** Korean syllables of given names that are also English words ("An Se-young", "Kim Dae-won"). */
    static final Set<String> KOREAN_WORDS = Set.of("young", "won", "sun", "man", "son", "gun", "hun", "hang", "bin",
            // and of Chinese given names written with a dash ("Tsai Ing-wen", "Ma Ying-jeou")
            "wen", "ping", "ming", "ling", "long", "chang", "hung", "sang", "tung");

    boolean honorific(Tokens t, int k) {
        if (t.is(k, '.')) k--;
        return t.isWord(k) && lex.honorifics.contains(t.lower[k]);
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
            "counterpart", "ceo", "head", "officer", "adviser", "advisor", "aide", "commissioner", "speaker", "ayatollah",
            "archbishop", "patriarch", "mufti", "emperor", "empress", "duke", "duchess", "prosecutor", "manager");

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
}
