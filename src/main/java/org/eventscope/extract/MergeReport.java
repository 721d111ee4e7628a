package org.eventscope.extract;

import org.eventscope.model.ExtractedEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One report as {@link StandardMerger} compares it, computed once: its participants with their match keys and
 * a rough type (place, organisation, other name), the content words of its sentence and title (for similarity),
 * and the whole words of its sentence (to see whether it names another report's participant without making
 * it a participant).
 */
final class MergeReport {
    /**
     * A participant's rough type, from general word lists: two reports naming different ones of a type conflict. A
     * place the lists know (or a dateline gives a country), an organisation, another name (a person's, mostly), or a
     * site the sentence puts the happening in whose country is unknown ("in Abbottabad"), which sets it apart only
     * from another such site.
     */
    enum Type { PLACE, ORG, NAME, SITE }

    /**
     * One participant: its own key and the key's words, its type, every key it matches by, and for a place its
     * country's key (or "").
     */
    record Part(String key, String[] words, Type type, Set<String> keys, String country) {
    }

    final SourcedEvent source;
    final int order;
    /** The date's TimeML value, and its first and last day (null when its year is unknown). */
    final String value;
    final java.time.LocalDate start;
    final java.time.LocalDate end;
    final List<Part> parts = new ArrayList<>();
    /** Every key of every participant. */
    final Set<String> keys = new HashSet<>();
    /** Content words (four letters or more, first six letters, folded): the sentence's wording. */
    final Set<String> words = new HashSet<>();
    /** Every word of the sentence and title, lower case and folded, and a demonym's country: what the report names. */
    final Set<String> named = new HashSet<>();
    /**
     * Capitalised words of the sentence that are no participant's, common word, month, weekday or title: names
     * the report mentions without making them participants.
     */
    final Set<String> capitalised = new HashSet<>();
    /** The wide hazards the sentence names, as bits of {@link #HAZARDS}. */
    final int hazards;
    /** The ways of telling a change of office or a coup its words use, as bits of {@link #WAYS}. */
    final int ways;
    /** Whether the sentence tells of a vote: an election, a poll, a runoff, a ballot, a referendum. */
    final boolean vote;
    /** Whether the sentence tells of an address: a speech, a broadcast, going on television or radio. */
    final boolean address;
    /**
     * The participants (own keys) of every report of this report's document, shared by its reports: what the
     * article is about, set by the merger once all reports are read.
     */
    Set<String> story = Set.of();
    /** Whether this is its document's only report of its kind on its day, set by the merger with {@link #story}. */
    boolean aloneThatDay;

    MergeReport(SourcedEvent s, int order, Lexicon lex) {
        this.source = s;
        this.order = order;
        this.value = s.event().when().timeml();
        this.start = s.event().when().yearKnown() ? s.event().when().start().get() : null;
        this.end = start == null ? null : s.event().when().end().get();
        for (String p : s.event().participants()) {
            Set<String> k = new HashSet<>();
            String own = addKeys(k, p, lex);
            if (k.isEmpty()) continue;
            Type t = type(p, lex);
            String country = lex.countryOf.get(p.toLowerCase(Locale.ROOT));
            if (t == Type.NAME && (country = placeOf(s.event().sentence(), p, lex)) != null) {
                // a town the lists do not know, written as its dateline writes it ("WOLFSBURG, Germany"), is a place
                t = Type.PLACE;
                k.add("~C:" + Names.key(country));
            } else if (t == Type.NAME && locative(s.event().sentence(), p)) {
                // ... and one the sentence puts a happening in ("a raid on a compound in the town of Abbottabad") is
                // a site of unknown country: no person, whom it would set apart from the other report's people
                t = Type.SITE;
            }
            parts.add(new Part(own, own.split(" "), t, k, t != Type.PLACE ? "" : country != null ? Names.key(country) : own));
            keys.addAll(k);
        }
        words(s.event().sentence(), words, lex);
        words(s.event().title(), words, lex);
        // an organisation named in full is also named by its initials: "North Atlantic Treaty Organization" says "NATO"
        for (String p : s.event().participants()) {
            String a = initials(p);
            if (a != null) {
                words(a, words, lex);
                named.add(Names.key(a));
            }
        }
        names(s.event().sentence(), lex);
        names(s.event().title(), lex);
        for (Part p : parts) for (String w : p.words) capitalised.remove(w);
        hazards = groups(HAZARDS, words);
        ways = groups(WAYS, words);
        vote = groups(VOTES, words) != 0;
        address = groups(ADDRESSES, words) != 0;
    }

    /** Which of the word groups the words hold one of, as bits. */
    private static int groups(List<Set<String>> groups, Set<String> words) {
        int bits = 0;
        for (int i = 0; i < groups.size(); i++) {
            for (String w : groups.get(i)) {
                if (words.contains(w)) {
                    bits |= 1 << i;
                    break;
                }
            }
        }
        return bits;
    }

    /**
     * The country a name is followed by in the sentence, as a dateline or an address gives a town ("WOLFSBURG,
     * Germany", "in Suzu, Japan"), or null.
     */
    static String placeOf(String sentence, String name, Lexicon lex) {
        if (sentence == null || name.isEmpty()) return null;
        int at = sentence.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT) + ", ");
        if (at < 0) return null;
        int from = at + name.length() + 2;
        String best = null;
        int i = from;
        // the longest run of up to three capitalised words after the comma that the lists know as a place
        for (int words = 0; words < 3 && i < sentence.length() && Character.isUpperCase(sentence.charAt(i)); words++) {
            while (i < sentence.length() && Character.isLetter(sentence.charAt(i))) i++;
            Lexicon.Place p = lex.places.get(sentence.substring(from, i).toLowerCase(Locale.ROOT));
            if (p != null && !p.demonym()) {
                String c = lex.countryOf.get(p.canonical().toLowerCase(Locale.ROOT));
                best = c != null ? c : p.canonical();
            }
            if (i + 1 >= sentence.length() || sentence.charAt(i) != ' ') break;
            i++;
        }
        return best;
    }

    /**
     * Whether the sentence names a place by this name: right after "in", "near", "outside" or "the town of",
     * not owning what follows ("in Obama's speech") nor after a stake or an investment ("invested in Twitter").
     */
    static boolean locative(String sentence, String name) {
        if (sentence == null || name.isEmpty() || !sentence.contains(name)) return false;
        for (String prep : LOCATIVE) {
            int at = sentence.indexOf(prep + name);
            while (at >= 0) {
                int end = at + prep.length() + name.length();
                boolean whole = end >= sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end))
                        && sentence.charAt(end) != '\'' && sentence.charAt(end) != '\u2019';
                int before = sentence.lastIndexOf(' ', Math.max(0, at - 1));
                String prev = at == 0 ? "" : sentence.substring(before + 1, at).toLowerCase(Locale.ROOT);
                if (whole && !STAKES.contains(prev)) return true;
                at = sentence.indexOf(prep + name, at + 1);
            }
        }
        return false;
    }

    private static final List<String> LOCATIVE = List.of(" in ", " near ", " outside ", " town of ", " city of ",
            " village of ", " port of ", " province of ", " region of ", " district of ");
    private static final Set<String> STAKES = Set.of("invested", "invest", "invests", "investing", "investment",
            "stake", "stakes", "shares", "interest", "role", "part", "confidence", "faith", "trust", "belief");

    /** The initials of a name of three capitalised words or more ("NATO"), small words left out; else null. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            while (i < name.length() && name.charAt(i) == ' ') i++;
            int w = i;
            while (i < name.length() && name.charAt(i) != ' ') i++;
            if (i == w) break;
            char c = name.charAt(w);
            if (Character.isUpperCase(c)) b.append(c);
            else if (!SMALL.contains(name.substring(w, i))) return null;
        }
        return b.length() >= 3 ? b.toString() : null;
    }

    private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "on", "de", "la", "du", "des", "del");

    ExtractedEvent e() {
        return source.event();
    }

    /** Whether this report has a participant that is {@code p} (of another report), by any of p's keys. */
    boolean has(Part p) {
        for (String x : p.keys) {
            String rest = x.length() > 3 ? x.substring(3) : x;
            boolean hit = x.startsWith("~I:") ? keys.contains("~J:" + rest) : x.startsWith("~J:") ? keys.contains("~I:" + rest)
                    : x.startsWith("~S:") || x.startsWith("~O:") || x.startsWith("~F:") ? keys.contains("~W:" + rest)
                    : x.startsWith("~W:") ? keys.contains("~S:" + rest) || keys.contains("~O:" + rest)
                            || keys.contains("~F:" + rest)
                    : x.startsWith("~C:") || x.startsWith("~L:") ? keys.contains(rest)
                    : keys.contains(x) || keys.contains("~C:" + x) || keys.contains("~L:" + x);
            if (hit) return true;
        }
        return false;
    }

    /**
     * Whether {@code p}, one of this report's participants, is a country its sentence and title never name, by name or
     * demonym: one the article's other sentences lent it ("Westminster Abbey" in an Auckland paper's report takes New
     * Zealand), which says where the article stands more than where the happening was.
     */
    boolean guessed(Part p) {
        return p.type() == Type.PLACE && p.country().equals(p.key()) && (!names(p) || onlyInNames(p));
    }

    /**
     * Whether the sentence names a country only as the first words of a longer name ("The United States Navy began
     * evacuating ... after Saturday's eruption of Mount Pinatubo"): a body of that country, not where it happened.
     */
    private boolean onlyInNames(Part p) {
        String text = source.event().sentence();
        String name = String.join(" ", java.util.Arrays.stream(p.words()).map(w -> w.isEmpty() ? w
                : Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList());
        int at = text.indexOf(name);
        if (at < 0) return false;
        for (; at >= 0; at = text.indexOf(name, at + 1)) {
            int after = at + name.length();
            boolean body = after + 1 < text.length() && text.charAt(after) == ' '
                    && Character.isUpperCase(text.charAt(after + 1));
            if (!body) return false;
        }
        return true;
    }

    /** Whether this report's sentence or title names {@code p}, every word of it, though maybe not as a participant. */
    boolean names(Part p) {
        if (p.key.isEmpty()) return false;
        for (String w : p.words) if (!named.contains(w)) return false;
        return true;
    }

    /** The names of a country's parliament that name no chamber of two and no country: one body however told. */
    private static final Set<String> LEGISLATURES = Set.of("parliament", "assembly", "national assembly",
            "people's assembly", "people\u2019s assembly", "legislature", "national parliament", "majlis");

    /** Bodies whose acts are told as their union's: the union each belongs to. */
    private static final java.util.Map<String, String> PART_OF = java.util.Map.of(
            "european commission", "European Union", "european council", "European Union",
            "council of the european union", "European Union", "un security council", "United Nations",
            "united nations security council", "United Nations", "security council", "United Nations",
            "un general assembly", "United Nations", "united nations general assembly", "United Nations");

    /**
     * The keys a participant matches by: its own key; a demonym's country; a city's country (as {@code ~C:}, which
     * matches the country named itself but not another city of it); a surname ({@code ~S:}) or a single word
     * ({@code ~W:}) so that {@code Sergey Lavrov} and {@code Lavrov} match but two full names sharing a surname do
     * not; the first word of a name of two or three words ({@code ~F:}: a family name first, {@code Yoon} and
     * {@code Yoon Suk Yeol}); a company's first word ({@code ~O:}: {@code Apple Computer} and {@code Apple}); a
     * long name's first and last words ({@code ~L:}: {@code Cristina Fernández de Kirchner} and {@code Cristina
     * Kirchner}); an umlaut written out ({@code Mueller} and {@code Müller}). Returns the own key.
     */
    private static String addKeys(Set<String> keys, String name, Lexicon lex) {
        String k = Names.key(name);
        if (!k.isEmpty()) keys.add(k);
        String lower = name.toLowerCase(Locale.ROOT);
        String country = lex.countryOf.get(lower);
        if (country != null) keys.add("~C:" + Names.key(country));
        Lexicon.Place p = lex.places.get(lower);
        if (p != null) keys.add(Names.key(p.canonical()));
        // a stock market named by its exchange or its index: "Wall Street", "the Dow", "the New York Stock Exchange"
        String market = lex.markets.get(lower);
        if (market != null) keys.add(Names.key(market));
        // a country's parliament by another of its names: "Parliament", "the People's Assembly", "the Majlis"
        String bare = lower.startsWith("the ") ? lower.substring(4) : lower;
        if (LEGISLATURES.contains(bare)) keys.add("#legislature");
        // a body that acts for the union it belongs to: "the European Commission banned" / "the EU banned"
        String whole = PART_OF.get(bare);
        if (whole != null) keys.add("~C:" + Names.key(whole));
        int sp = name.lastIndexOf(' ');
        if (p == null && country == null && !k.isEmpty()) {
            keys.add(sp < 0 ? "~W:" + k : "~S:" + Names.key(name.substring(sp + 1)));
            // Chinese, Korean and Vietnamese names put the family name first: "Yoon" is "Yoon Suk Yeol"
            int first = name.indexOf(' ');
            int second = name.indexOf(' ', first + 1);
            if (first > 0 && (second < 0 || second == name.lastIndexOf(' '))) {
                String f = Names.key(name.substring(0, first));
                if (!f.isEmpty()) keys.add("~F:" + f);
            }
            String last = sp < 0 ? "" : lower.substring(lower.lastIndexOf(' ') + 1);
            if (sp > 0 && (lex.orgWords.contains(last) || last.startsWith("computer"))) {
                keys.add("~O:" + Names.key(name.substring(0, name.indexOf(' '))));
            }
            // a name given in full and by its first and last words: "Cristina Fernández de Kirchner" is
            // "Cristina Kirchner" (but not another "Cristina ... Kirchner" of three words)
            String[] w = k.split(" ");
            if (w.length >= 3) keys.add("~L:" + w[0] + " " + w[w.length - 1]);
            // a name given by its initials and in full: "B.J. Habibie" is "Bacharuddin Jusuf Habibie" (~I: the
            // initials as written, ~J: a full name's initials; each matches only the other)
            String initialled = initialled(name);
            if (initialled != null) keys.add(initialled);
            // a German umlaut written out: "Müller" is "Mueller", "Schäfer" is "Schaefer"
            for (String x : List.copyOf(keys)) {
                if (x.contains("ue") || x.contains("ae")) keys.add(x.replace("ue", "u").replace("ae", "a"));
            }
        }
        return p != null ? Names.key(p.canonical()) : k;
    }

    /**
     * "~I:bj habibie" for "B.J. Habibie" (given names as initials), "~J:bj habibie" for "Bacharuddin Jusuf Habibie"
     * (given names in full, two of them or more, so that "John Smith" meets no "J. Smith" by one letter); else null.
     */
    static String initialled(String name) {
        String[] w = name.trim().split("\\s+");
        if (w.length < 2) return null;
        StringBuilder letters = new StringBuilder();
        boolean initials = false;
        int given = 0;
        for (int i = 0; i < w.length - 1; i++) {
            String x = w[i];
            boolean dotted = x.indexOf('.') > 0;
            if (dotted) {
                for (char c : x.toCharArray()) if (Character.isLetter(c)) letters.append(Character.toLowerCase(c));
                initials = true;
            } else if (x.length() > 1 && Character.isUpperCase(x.charAt(0))) {
                letters.append(Character.toLowerCase(x.charAt(0)));
                given++;
            } else {
                return null;
            }
        }
        String last = Names.key(w[w.length - 1]);
        if (last.isEmpty() || letters.length() < 2 || initials && given > 0) return null;
        if (initials) return "~I:" + letters + " " + last;
        return given >= 2 ? "~J:" + letters + " " + last : null;
    }

    /** A place when the lists know it or a place word ends it; an organisation when an organisation word ends it. */
    static Type type(String name, Lexicon lex) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lex.places.containsKey(lower) || lex.countryOf.containsKey(lower)) return Type.PLACE;
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        if (lower.indexOf(' ') > 0 && lex.placeWords.contains(last)) return Type.PLACE;
        if (lex.orgWords.contains(last) || lex.companies.contains(lower) || lex.agencies.contains(lower)) return Type.ORG;
        return Type.NAME;
    }

    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "been", "were", "which",
            "their", "there", "they", "will", "would", "about", "after", "before", "during", "also", "said", "more",
            "than", "into", "over", "other", "some", "such", "when", "where", "while", "what", "these", "those",
            "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year");

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Content words: four letters or more, not a function word nor a word of a date (the dates are compared on
     * their own: "Wednesday" in two reports of one day says nothing more), cut to six letters and folded.
     */
    static void words(String text, Set<String> out, Lexicon lex) {
        if (text == null) return;
        for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 4 && !STOP.contains(w) && !lex.weekdays.containsKey(w) && !lex.months.containsKey(w)) {
                // a plural is its singular: "votes" / "vote", "semi-finals" / "semi-final"
                if (w.length() >= 5 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                    w = w.substring(0, w.length() - 1);
                }
                out.add(Names.fold(w.length() > 6 ? w.substring(0, 6) : w));
            }
        }
        scores(text, out);
    }

    /** A score or a tally ("beat them 2-0", "voted 190-0") is a word: two reports giving it tell one result. */
    private static void scores(String text, Set<String> out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            int j = i;
            while (j < n && Character.isDigit(text.charAt(j))) j++;
            if (j + 1 >= n || text.charAt(j) != '-' && text.charAt(j) != '\u2013' || !Character.isDigit(text.charAt(j + 1))) {
                i = j;
                continue;
            }
            int k = j + 1;
            while (k < n && Character.isDigit(text.charAt(k))) k++;
            // a range of years ("2021-2022") is a date, not a score
            if (j - i <= 3 && k - j - 1 <= 3 && (k >= n || !Character.isLetter(text.charAt(k)))) {
                out.add(text.substring(i, j) + "-" + text.substring(j + 1, k));
            }
            i = k;
        }
    }

    /** Every word folded into {@link #named}; capitalised uncommon words also into {@link #capitalised}. */
    private void names(String text, Lexicon lex) {
        if (text == null) return;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) i++;
            if (i == s) continue;
            String w = text.substring(s, i).toLowerCase(Locale.ROOT);
            String f = Names.key(w);
            if (f.isEmpty()) continue;
            named.add(f);
            // "Lebanese families" names Lebanon: a report naming a side by its demonym names that side's country
            Lexicon.Place dem = Character.isUpperCase(text.charAt(s)) ? lex.places.get(w) : null;
            if (dem != null && dem.demonym()) named.addAll(List.of(Names.key(dem.canonical()).split(" ")));
            if (Character.isUpperCase(text.charAt(s)) && w.length() >= 3 && !lex.common.contains(w)
                    && !lex.months.containsKey(w) && !lex.weekdays.containsKey(w) && !lex.titles.contains(w)) {
                capitalised.add(f);
            }
        }
    }

    // after NOT_WORD, which they need
    /**
     * Hazards that strike a region at once, each as the content words that name it (an undersea quake's tsunami is
     * told as the quake).
     */
    private static final List<Set<String>> HAZARDS = groups("earthquake quake tremor temblor tsunami",
            "hurricane typhoon cyclone storm", "flood flooding flooded", "eruption erupted erupts volcano volcanic");
    /**
     * Ways of telling a happening, so that one actor's two happenings of a kind on one day stay apart (see
     * {@link MergeOverlap#sameLead}): elected, sworn in, appointing someone, leaving office, a coup.
     */
    private static final List<Set<String>> WAYS = groups(
            "elected election elect runoff ballot polls vote voted victory president",
            "sworn swear oath inaugurated", "named appointed nominated",
            "resigned quit stepped abdicated dismissed ousted oust", "coup seized seize overthrew putsch");

    /** The words of a vote: who won it and who lost it are told differently, the vote is the same. */
    private static final List<Set<String>> VOTES = groups("election elections vote polls runoff ballot referendum");

    /**
     * The words of an address to the public: two outlets tell one leader's speech of a day in other words ("went on
     * television to reveal the missile sites" / "the President's broadcast last Monday").
     */
    private static final List<Set<String>> ADDRESSES = groups(
            "address addressed speech broadcast broadcasts televised television radio airwaves");

    /** Each line's words as {@link #words} keeps them. */
    private static List<Set<String>> groups(String... lines) {
        List<Set<String>> out = new ArrayList<>(lines.length);
        for (String line : lines) {
            Set<String> w = new java.util.LinkedHashSet<>();
            words(line, w, Lexicon.get());
            out.add(Set.copyOf(w));
        }
        return List.copyOf(out);
    }
}
