package org.eventscope.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The general word lists the extractor reads from its resources: months, weekdays, titles, organisation
 * and place words, news agencies, countries with their demonyms, given names, common English words and
 * CAMEO verbs. Immutable after loading; loaded once per JVM. Keys are interned, as {@link Tokens}' words are: a
 * word found in a list is the list's own instance, so the lookup ends at a reference comparison.
 */
final class Lexicon {

    /** A place as the text may name it: its canonical name and whether the name was a demonym/adjective. */
    record Place(String canonical, boolean demonym) {
    }

    private static final Lexicon INSTANCE = new Lexicon();

    final Map<String, Integer> months = new HashMap<>();
    final Map<String, Integer> weekdays = new HashMap<>();
    final Set<String> titles = new HashSet<>();
    final Set<String> honorifics = new HashSet<>();
    final Set<String> orgWords = new HashSet<>();
    final Set<String> placeWords = new HashSet<>();
    final Set<String> agencies = new HashSet<>();
    final Set<String> notNames = new HashSet<>();
    /** Time-zone abbreviations ("EDT", "GMT", "IST"): written in capitals, never a name. */
    final Set<String> timeZones = new HashSet<>();
    /** Words after a person's name that end it ("Jr", "III"). */
    final Set<String> nameSuffixes = new HashSet<>();
    /** Words after a name that make it the name of a thing (holiday, prize, building): "King Day", "Nobel Prize". */
    final Set<String> namedThings = new HashSet<>();
    /** A stock market's names, lower case, to the market's own ("the dow" and "wall street" to "wall street"). */
    final Map<String, String> markets = new HashMap<>();
    final Set<String> common = new HashSet<>(90_000);
    final Set<String> firstNames = new HashSet<>(10_000);
    /** Given names borne almost only by women: "she" looks for a person so named first. */
    final Set<String> femaleNames = new HashSet<>(512);
    /** Surnames of people in the actor dictionaries that are not English words (lower case, accents folded). */
    final Set<String> surnames = new HashSet<>(16_000);
    /** Company names (lower case, words separated by one space). */
    final Set<String> companies = new HashSet<>(9_000);
    final Set<String> companyStarts = new HashSet<>(6_000);
    /** The last run of letters a to z of each company's name, for a quick "may a company's name end here". */
    final Set<String> companyEnds = new HashSet<>(6_000);
    /** Nouns for a person's occupation or role ("trader", "fisherman"): ", a trader in Kinshasa". */
    final Set<String> personNouns = new HashSet<>(400);
    /** Lower-case place names and demonyms (single or multi-word, space separated). */
    final Map<String, Place> places = new HashMap<>(20_000);
    /** Lower-case city or region name → the canonical name of its country. */
    final Map<String, String> countryOf = new HashMap<>(20_000);
    /** Lower-case verb form → CAMEO top-level code. */
    final Map<String, Integer> cameo = new HashMap<>();
    /** An event trigger word: the kind of happening it names and how surely. */
    record Trigger(org.eventscope.model.EventKind kind, double strength) {
    }

    /** Trigger words (lemmas, irregular forms and nouns) from the lexicon. */
    final Map<String, Trigger> triggers = new HashMap<>();
    /** First words of place names and of agency names, for a quick "may a name start here". */
    final Set<String> placeStarts = new HashSet<>();
    final Set<String> agencyStarts = new HashSet<>();
    /** Longest multi-word place or agency name, in words. */
    int maxPlaceWords = 1;
    /** The lists above that tokens answer by a bit (made once loaded). */
    final WordList monthWords;
    final WordList titleWords;
    final WordList weekdayWords;
    final WordList placeStartWords;
    final WordList agencyStartWords;
    final WordList companyStartWords;
    final WordList namedThingWords;
    /** The last words of place and of agency names (see {@link #lastWord}). */
    final WordList placeEndWords;
    final WordList agencyEndWords;
    /** One-word places and agencies. */
    final WordList placeOrAgencyWords;

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        words("common-words.txt", common);
        words("first-names.txt", firstNames);
        words("given-names-intl.txt", firstNames);
        words("female-names.txt", femaleNames);
        words("surnames.txt", surnames);
        words("companies.txt", companies);
        words("companies-more.txt", companies);
        for (String c : companies) {
            companyStarts.add(firstWord(c).intern());
            companyEnds.add(lastLetters(c).intern());
        }
        words("person-nouns.txt", personNouns);
        for (String line : lines("countries.tsv")) readCountry(line);
        readSections();
        for (String line : lines("cameo-verbs.tsv")) {
            int tab = line.indexOf('\t');
            if (tab > 0) cameo.put(line.substring(0, tab).intern(), Integer.parseInt(line.substring(tab + 1).trim()));
        }
        monthWords = WordList.of(months::containsKey);
        titleWords = WordList.of(titles);
        weekdayWords = WordList.of(weekdays::containsKey);
        placeStartWords = WordList.of(placeStarts);
        agencyStartWords = WordList.of(agencyStarts);
        companyStartWords = WordList.of(companyStarts);
        namedThingWords = WordList.of(namedThings);
        placeEndWords = WordList.of(lastWords(places.keySet()));
        agencyEndWords = WordList.of(lastWords(agencies));
        placeOrAgencyWords = WordList.of(w -> places.containsKey(w) || agencies.contains(w));
    }

    private void readSections() {
        String section = "";
        for (String line : lines("lexicon.txt")) {
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
                continue;
            }
            switch (section) {
                case "titles" -> addWords(titles, line);
                case "honorifics" -> addWords(honorifics, line);
                case "org-words" -> addWords(orgWords, line);
                case "place-words" -> addWords(placeWords, line);
                case "not-names" -> addWords(notNames, line);
                case "time-zones" -> addWords(timeZones, line);
                case "person-nouns" -> addWords(personNouns, line);
                case "name-suffixes" -> addWords(nameSuffixes, line);
                case "named-things" -> addWords(namedThings, line);
                case "markets" -> {
                    String[] parts = line.trim().toLowerCase(Locale.ROOT).split("\\|");
                    for (String x : parts) markets.put(x.trim().intern(), parts[0].trim().intern());
                }
                case "agencies" -> {
                    String a = line.trim().toLowerCase(Locale.ROOT).intern();
                    agencies.add(a);
                    agencyStarts.add(firstWord(a).intern());
                    maxPlaceWords = Math.max(maxPlaceWords, a.split(" ").length);
                }
                case "triggers" -> {
                    int colon = line.indexOf(':');
                    String[] head = line.substring(0, colon).trim().split("\\s+");
                    Trigger tr = new Trigger(org.eventscope.model.EventKind.valueOf(head[0]), Double.parseDouble(head[1]));
                    for (String w : line.substring(colon + 1).trim().split("\\s+")) triggers.putIfAbsent(w.intern(), tr);
                }
                case "months", "weekdays" -> {
                    String[] ws = line.trim().split("\\s+");
                    Map<String, Integer> m = section.equals("months") ? months : weekdays;
                    int v = m.isEmpty() ? 1 : m.values().stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
                    for (String w : ws) m.put(w.intern(), v);
                }
                case "regions" -> {
                    String[] parts = line.trim().split("\\|");
                    String canon = parts[0];
                    putPlace(canon.toLowerCase(Locale.ROOT), new Place(canon, false), true);
                    for (int i = 1; i < parts.length; i++) {
                        String a = parts[i].trim();
                        String lastWord = a.substring(a.lastIndexOf(' ') + 1);
                        boolean dem = !a.contains(".") && !a.startsWith("republic") && !a.equalsIgnoreCase(canon)
                                && (looksDemonym(lastWord, canon) || lastWord.endsWith("s")
                                && looksDemonym(lastWord.substring(0, lastWord.length() - 1), canon));
                        putPlace(a, new Place(canon, dem), true);
                        // ("Ivory Coast", "Ivorian": a name of the country itself, which the country list took for one
                        // of its towns)
                        if (canon.equals(countryOf.get(a))) countryOf.remove(a);
                    }
                }
                default -> { }
            }
        }
    }

    private static boolean looksDemonym(String a, String canon) {
        String x = a.toLowerCase(Locale.ROOT);
        return x.endsWith("an") || x.endsWith("ese") || x.endsWith("i") || x.endsWith("ish") || x.endsWith("ch")
                || x.endsWith("ic") || x.endsWith("ss") || x.endsWith("sh") || x.endsWith("ot") || x.endsWith("k")
                || x.endsWith("z") || x.endsWith("ek") || x.endsWith("en") || x.endsWith("kh") || x.endsWith("men")
                || x.endsWith("eek") || x.endsWith("ai") || x.endsWith("ar") || x.endsWith("ino")
                || !x.equals(canon.toLowerCase(Locale.ROOT)) && x.length() < 5;
    }

    /** Whether a lower-case word is a people's adjective or name the place lists know ("russian", "icelandic"). */
    boolean isDemonym(String lower) {
        Place p = places.get(lower);
        return p != null && p.demonym();
    }

    private void readCountry(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) return;
        String head = line.substring(0, tab).trim();
        String canon = canonicalCountry(head);
        if (canon == null) return;
        String lc = canon.toLowerCase(Locale.ROOT);
        putPlace(lc, new Place(canon, false), false);
        String headLc = head.toLowerCase(Locale.ROOT);
        putPlace(headLc, new Place(canon, false), false);
        // "Timor-Leste", "Guinea-Bissau": the two-word names are written with a hyphen as often as without
        if (head.indexOf(' ') > 0 && head.indexOf(' ') == head.lastIndexOf(' ')) {
            putPlace(headLc.replace(' ', '-'), new Place(canon, false), false);
        }
        // a demonym starts as the name does (and a country renamed keeps the demonym of its old name: "Macedonian" of
        // North Macedonia, "Swazi" of Eswatini)
        String stem = lc.substring(0, Math.min(3, lc.length()));
        String oldStem = headLc.substring(0, Math.min(3, headLc.length()));
        for (String a : line.substring(tab + 1).split("\\|")) {
            String x = a.trim().toLowerCase(Locale.ROOT);
            if (x.isEmpty() || x.length() < 3) continue;
            boolean dem = !x.contains(" ") && (x.startsWith(stem) || x.startsWith(oldStem)) && looksDemonym(x, canon);
            boolean variant = x.contains(lc) || x.contains(headLc) || x.startsWith("republic of")
                    || x.startsWith("kingdom of");
            if (dem || variant) {
                putPlace(x, new Place(canon, dem), false);
            } else if (!common.contains(x) && !x.contains("'") && x.split(" ").length <= 3) {
                // a city or region of that country: a place of its own
                putPlace(x, new Place(titleCase(x), false), false);
                countryOf.putIfAbsent(x.intern(), canon);
                // "Rostov-on-Don", "Boulogne-sur-Mer": a town joined by a lower-case word is written with dashes
                String dashed = hyphenated(x);
                if (dashed != null) {
                    StringBuilder c = new StringBuilder();
                    for (String w : dashed.split("-")) {
                        if (c.length() > 0) c.append('-');
                        c.append(c.length() == 0 || w.length() > 4 || !isJoining(w) ? titleCase(w) : w);
                    }
                    putPlace(dashed, new Place(c.toString(), false), false);
                    countryOf.putIfAbsent(dashed.intern(), canon);
                }
            }
        }
    }

    /** A name of three words or more with a lower-case joining word inside, written with dashes; else null. */
    private static String hyphenated(String x) {
        String[] w = x.split(" ");
        if (w.length < 3) return null;
        for (int i = 1; i < w.length - 1; i++) {
            if (isJoining(w[i])) return String.join("-", w);
        }
        return null;
    }

    /** A lower-case word joining a town's name ("on", "sur", "en"...); a switch, as the lists are read in static init. */
    private static boolean isJoining(String w) {
        return switch (w) {
            case "on", "upon", "sur", "en", "au", "aux", "sous", "am", "im" -> true;
            default -> false;
        };
    }

    private static String canonicalCountry(String head) {
        return switch (head) {
            case "RUSSIAN FEDERATION" -> "Russia";
            case "UNITED STATES OF AMERICA" -> "United States";
            case "REPUBLIC OF SOUTH AFRICA" -> "South Africa";
            case "UNITED REPUBLIC OF TANZANIA" -> "Tanzania";
            case "BRUNEI DARUSSALAM" -> "Brunei";
            case "FEDERATION OF SAINT KITTS AND NEVIS" -> "Saint Kitts and Nevis";
            case "TIMOR LESTE" -> "Timor-Leste"; // the hyphenated spelling its government and the UN use
            case "GUINEA BISSAU" -> "Guinea-Bissau";
            case "MACEDONIA" -> "North Macedonia"; // the names the countries have had since 2019 and 2018
            case "SWAZILAND" -> "Eswatini";
            case "MADAGASKAR" -> "Madagascar"; // (the source's spelling of its head)
            case "COTE D'IVOIRE" -> "Côte d'Ivoire"; // (not "Cote D'ivoire")
            case "LEIPZIG", "KINAKUTA", "RUSSIAN SFSR" -> null;
            default -> titleCase(head.toLowerCase(Locale.ROOT));
        };
    }

    static String titleCase(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        boolean up = true;
        String[] small = {"and", "of", "the", "de", "es", "el", "al", "la", "le", "du", "da", "do", "dos", "das", "del", "di",
                "on", "upon", "sur", "en", "au", "aux", "sous", "am", "im"};
        for (String w : lower.split(" ")) {
            if (b.length() > 0) b.append(' ');
            boolean keep = false;
            for (String s : small) if (b.length() > 0 && s.equals(w)) keep = true;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                b.append(!keep && (i == 0 || w.charAt(i - 1) == '-') ? Character.toUpperCase(c) : c);
            }
        }
        return b.toString();
    }

    private void putPlace(String key, Place p, boolean override) {
        String k = key.toLowerCase(Locale.ROOT).intern();
        if (p.demonym() && k.indexOf(' ') < 0 && !k.endsWith("s") && !k.endsWith("sh") && !k.endsWith("ch")
                && !k.endsWith("ese") && !k.endsWith("i")) {
            String plural = (k + "s").intern();
            if (override || !places.containsKey(plural)) places.put(plural, p);
            placeStarts.add(plural);
        }
        if (override || !places.containsKey(k)) places.put(k, p);
        placeStarts.add(firstWord(k).intern());
        maxPlaceWords = Math.max(maxPlaceWords, k.split(" ").length);
    }

    /** The letters a to z at the end of s, after its last other character. */
    static String lastLetters(String s) {
        int i = s.length();
        while (i > 0 && s.charAt(i - 1) >= 'a' && s.charAt(i - 1) <= 'z') i--;
        return s.substring(i);
    }

    /** The letters (as {@link Tokens} reads a word) that end s: "bissau" for "guinea-bissau". */
    static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && letter(s.charAt(i - 1))) i--;
        return s.substring(i);
    }

    static boolean letter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static Set<String> lastWords(Set<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) out.add(lastWord(n));
        return out;
    }

    private static String firstWord(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '-' || c == '.' || c == '&') return i == 0 ? s : s.substring(0, i);
        }
        return s;
    }

    private static void addWords(Set<String> set, String line) {
        for (String w : line.trim().split("\\s+")) if (!w.isEmpty()) set.add(w.toLowerCase(Locale.ROOT).intern());
    }

    /**
     * Adds the lines of a word list (one entry a line, {@code #} comments) to {@code set}, in lower case. Reads the
     * resource whole and cuts it by hand: the long lists load at start-up, before the JIT has compiled anything.
     */
    private static void words(String name, Set<String> set) {
        byte[] bytes;
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String all = new String(bytes, StandardCharsets.UTF_8);
        int n = all.length();
        int i = 0;
        while (i < n) {
            int nl = all.indexOf('\n', i);
            if (nl < 0) nl = n;
            int e = nl;
            while (e > i && all.charAt(e - 1) <= ' ') e--;
            if (e > i && all.charAt(i) != '#') set.add(all.substring(i, e).toLowerCase(Locale.ROOT).intern());
            i = nl + 1;
        }
    }

    static List<String> lines(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing resource " + name);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            while ((s = r.readLine()) != null) {
                if (s.isBlank() || s.startsWith("#")) continue;
                out.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A given name in any of the lists, accents folded ("Nicolás" as "nicolas"). */
    boolean isGiven(String lower) {
        return firstNames.contains(lower) || !ascii(lower) && firstNames.contains(plain(lower));
    }

    /** A surname in the actor dictionaries, accents folded. */
    boolean isSurname(String lower) {
        return surnames.contains(lower) || !ascii(lower) && surnames.contains(plain(lower));
    }

    private static boolean ascii(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    /** The word without accents: "nicolás" → "nicolas", "şimşek" → "simsek", "radosław" → "radoslaw". */
    static String plain(String w) {
        if (ascii(w)) return w;
        String d = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            b.append(switch (c) {
                case 'ł' -> 'l';
                case 'ø' -> 'o';
                case 'đ' -> 'd';
                case 'ı' -> 'i';
                default -> c;
            });
        }
        return b.toString();
    }

    boolean isMonth(String lower) { return months.containsKey(lower); }

    boolean isWeekday(String lower) { return weekdays.containsKey(lower); }
}
