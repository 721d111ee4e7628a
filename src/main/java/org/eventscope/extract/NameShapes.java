package org.eventscope.extract;

import java.util.Set;

/**
 * What spans of words look like to the name recogniser: where a run of capitals ends, place and agency names in
 * the gazetteer and their keys, how many words a name has, the title written before a name and title-case lines
 * (headlines). The class of each single word is {@link NameWords}'; {@link PersonClues} has the person evidence
 * around a name.
 */
class NameShapes extends NameWords {
    /**
     * Lower-case words inside a hyphenated name: "Rostov-on-Don", "Châlons-en-Champagne", "Boulogne-sur-Mer",
     * "Jamiat Ulema-e-Islam".
     */
    private static final WordList HYPHEN_CONNECTOR_WORDS = WordList.of(Set.of("on", "upon", "sur", "en", "de", "la",
            "le", "les", "au", "aux", "sous", "am", "an", "im", "under", "by", "di", "del", "e", "ul", "ud"));

    /** Abbreviations that open a place's name with a period: "St. Louis", "Mt. Kenya", "Ft. Lauderdale". */
    private static final java.util.Set<String> SAINT = java.util.Set.of("st", "ste", "mt", "ft");

    /**
     * Where a run of capitalised words starting at i ends: across particles ("von der", "al-"), initials, "O'",
     * Korean given names, "&" and, inside an organisation's name, "of" and "for"; never across a sentence or a line.
     */
    int runEnd(Tokens t, Sentences s, int i) {
        int sen = s.of[i];
        int j = i + 1;
        boolean orgish = cls(t, i) == T || cls(t, i) == O || cls(t, i) == PW;
        // "Colonel Antonio Tejero of the Civil Guard", "King Abdullah of Jordan", "Foreign Minister Christian Pineau
        // for France": a title and a given name make a person, whose name ends before "of" or "for"
        boolean titled = cls(t, i) == T;
        boolean person = false;
        while (j < t.size && j - i < 14 && s.of[j] == sen && !t.newlineBefore(j)) {
            if (t.capitalised(j) || t.allCaps(j)) {
                int c = cls(t, j);
                orgish |= c == T || c == O || c == PW;
                person |= titled && c == F;
                titled |= c == T;
                j++;
                continue;
            }
            if (t.isDash(j) && t.glued(j) && t.glued(j + 1) && t.capitalised(j + 1)) {
                j += 2;
                continue;
            }
            // "Chandrayaan-3", "Luna-25", "COP27", "G20": a mission's, summit's or group's number is part of its name
            if (t.isDash(j) && t.glued(j) && t.glued(j + 1) && t.isNum(j + 1) && !t.glued(j + 2)) {
                j += 2;
                break;
            }
            if (t.isNum(j) && t.glued(j) && t.isWord(j - 1) && t.len(j) <= 3 && !(t.isWord(j + 1) && t.glued(j + 1))) {
                j++;
                break;
            }
            // "Rostov-on-Don", "Stratford-upon-Avon", "Aix-en-Provence": a town's name joined by a lower-case word
            if (t.isDash(j) && t.glued(j) && t.glued(j + 1) && t.in(j + 1, HYPHEN_CONNECTOR_WORDS) && t.isDash(j + 2)
                    && t.glued(j + 2) && t.glued(j + 3) && t.capitalised(j + 3)) {
                j += 4;
                continue;
            }
            // "Malaysia Airlines Flight 17", "JAL Flight 516": a flight is named with its number
            if (t.isNum(j) && t.wordIs(j - 1, "flight") && t.capitalised(j - 1)) {
                j++;
                break;
            }
            if (t.isDash(j) && t.glued(j) && t.glued(j + 1) && t.isWord(j + 1) && j - 2 >= i && t.capitalised(j - 2)
                    && t.capitalised(j - 1) && koreanSyllable(t, j + 1) && !t.isDash(j + 2)) {
                j += 2; // Lee Jae-yong
                continue;
            }
            // "St. Petersburg", "ST. JOHN'S", "Mt. Kenya": a saint's or mount's abbreviation inside a place name
            if (t.is(j, '.') && t.glued(j) && SAINT.contains(t.lower[j - 1]) && t.capitalised(j - 1)
                    && t.capitalised(j + 1) && s.of[j + 1] == sen) {
                j++;
                continue;
            }
            if (t.isApostrophe(j) && t.glued(j) && t.glued(j + 1) && t.wordIs(j + 1, "s")
                    && j - 3 >= i && t.is(j - 2, '.') && SAINT.contains(t.lower[j - 3])) {
                j += 2; // "St. John's", "St. George's": the saint's name keeps its "'s"
                break;
            }
            if (t.isApostrophe(j) && t.glued(j) && t.glued(j + 1) && t.wordIs(j + 1, "s") && t.isWord(j - 1)
                    && (lex.companies.contains(t.lower[j - 1] + "'s") || lex.companies.contains(
                    t.text.substring(t.start[i], t.end[j - 1]).toLowerCase(java.util.Locale.ROOT) + "'s"))) {
                j += 2; // "Sotheby's", "McDonald's", "Standard & Poor's": a company named with its "'s"
                continue;
            }
            if (t.isApostrophe(j) && t.glued(j) && t.glued(j + 1) && t.wordIs(j + 1, "s") && j - 2 >= i
                    && t.wordIs(j - 2, "st") && t.capitalised(j - 2)) {
                j += 2; // "St Peter's Square", "St Paul's Cathedral": written without the period
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
                        && !(person && (w.equals("of") || w.equals("for"))) || w.equals("&");
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
        int h = 0; // b's hash code: a key whose hash no name has is neither built nor looked up
        KeyHashes names = agency ? Hashes.AGENCIES : Hashes.PLACES;
        int best = -1;
        for (int j = k; j < e && j - k < lex.maxPlaceWords + 3; j++) {
            if (t.isDash(j) || t.is(j, '.') || t.is(j, '&')) {
                String raw = t.raw(j);
                b.append(raw);
                h = KeyHashes.append(h, raw);
                if (t.is(j, '.') && names.mayHave(h)) {
                    String key = b.toString();
                    if (agency ? lex.agencies.contains(key) : lex.places.containsKey(key)) best = j + 1;
                }
                continue;
            }
            if (!t.isWord(j)) break;
            if (b.length() > 0 && !t.isDash(j - 1) && !(t.is(j - 1, '.') && t.glued(j))) {
                b.append(' ');
                h = KeyHashes.append(h, ' ');
            }
            String compass = compass(t, j);
            if (compass != null && j + 2 < e) {
                b.append(compass);
                h = KeyHashes.append(h, compass);
                j++;
                continue;
            }
            b.append(t.lower[j]);
            h = KeyHashes.append(h, t.lower[j]);
            if (!names.mayHave(h) || !mayEnd(t, j, b, agency)) continue;
            String key = j == k ? t.lower[k] : b.toString(); // the first word: the word itself, its hash known
            if (agency ? lex.agencies.contains(key) : lex.places.containsKey(key)) best = j + 1;
        }
        return best;
    }

    /** The hash filters of the gazetteer's keys, made when first asked for. */
    static final class Hashes {
        private Hashes() {
        }

        static final KeyHashes PLACES = new KeyHashes(Lexicon.get().places.keySet());
        static final KeyHashes AGENCIES = new KeyHashes(Lexicon.get().agencies);
        static final KeyHashes COMPANIES = new KeyHashes(Lexicon.get().companies);
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
        keyOf(t, b, e, sb);
        return sb.toString();
    }

    /** The hash code of {@link #placeKey}, the key not built. */
    static int placeKeyHash(Tokens t, int b, int e) {
        return keyOf(t, b, e, null);
    }

    /** Appends the key of [b, e) to sb (when not null) and returns the key's hash code. */
    private static int keyOf(Tokens t, int b, int e, StringBuilder sb) {
        int h = 0;
        boolean any = false;
        for (int j = b; j < e; j++) {
            String part;
            String compass = compass(t, j);
            if (compass != null && j + 2 < e) {
                part = compass;
                j++;
            } else if (t.isDash(j) || t.is(j, '.')) {
                part = t.raw(j);
            } else {
                if (any && !t.isDash(j - 1) && !(t.is(j - 1, '.') && t.glued(j))) {
                    if (sb != null) sb.append(' ');
                    h = KeyHashes.append(h, ' ');
                }
                part = String.valueOf(t.lower[j]); // as StringBuilder.append writes a missing word: "null"
            }
            if (sb != null) sb.append(part);
            h = KeyHashes.append(h, part);
            any = true;
        }
        return h;
    }

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
        for (int k = b; k < e; k++) {
            // ("al-Siddiq al-Sour": the name's first word after its article)
            boolean article = t.in(k, PARTICLE_WORDS) && !t.capitalised(k) && t.isDash(k + 1) && t.glued(k + 1);
            if (t.isWord(k) && !article) return k;
        }
        return b;
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
