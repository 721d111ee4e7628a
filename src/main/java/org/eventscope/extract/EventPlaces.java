package org.eventscope.extract;

import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ParticipantKind;

import java.util.List;

/** Where a happening took place, as a participant: its sentence's locative place, else the article's. */
final class EventPlaces {
    private EventPlaces() {
    }

    /**
     * The place a happening is told to take place in ("agreed on Saturday in Nairobi", "poured onto the seafront
     * in Dili"): the nearest place after a locative word in its clause, within sixteen words after the trigger or
     * ten before it with no comma between, unless the place stands right before the happening's {@code date} ("The
     * first, in Geneva in November 1985, had ended"). Null when there is none or it already acts.
     */
    static EntityRecognizer.Mention where(Tokens t, int k, int a, int b, List<EntityRecognizer.Mention> ms,
                                          List<EntityRecognizer.Mention> actors, TemporalTagger.Found date) {
        EntityRecognizer.Mention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (EntityRecognizer.Mention m : ms) {
            // "buried on March 26 in his home town of Chato": a town named after its noun is where, too
            boolean named = NameWords.townOf(t, m.from);
            // "alarms went off at the Forsmark nuclear plant": a work or building named there is where, whatever
            // the recogniser took the name for
            boolean site = m.kind != ParticipantKind.PERSON && !m.demonym && site(t, m);
            if (m.inTitle || m.canonical == null || m.from < a || m.to > b) continue;
            // "the Essex abattoir where the outbreak was detected", "in Geneva, where negotiations ended": the place a
            // "where" clause holding the happening returns to
            if (m.to <= k && !m.demonym && antecedent(t, m, k)) return actors.contains(m) ? null : m;
            if ((m.kind != ParticipantKind.PLACE || m.demonym || !m.locative && !named) && !site) continue;
            int dist = m.from > k ? m.from - k : k - m.to;
            boolean ofDate = date != null && m.to <= k && (m.to == date.from()
                    || m.to + 1 == date.from() && (t.wordIs(m.to, "in") || t.wordIs(m.to, "on")));
            if (m.from > k ? dist > 16 : dist > 10 || ClauseDates.punctuated(t, m.to, k) && !ofDate) continue; // "..., in China, signed"
            if (m.from > k && ClauseDates.punctuatedPastYear(t, k, m.from)) continue;
            if (actors.contains(m)) return null;
            if (dist < bestDist) {
                best = m;
                bestDist = dist;
            }
        }
        return best;
    }

    /**
     * Whether "where" follows a place's name, or a work's (after at most two lower-case words or a comma: "the Essex
     * abattoir where", "Geneva, where") and opens the clause of the happening at k, within eight words of it.
     */
    private static boolean antecedent(Tokens t, EntityRecognizer.Mention m, int k) {
        int w = m.to;
        while (w < k && w - m.to < 3 && !t.wordIs(w, "where") && (t.isWord(w) && !t.capitalised(w) || t.is(w, ','))) w++;
        if (!t.wordIs(w, "where") || k - w > 8) return false;
        for (int q = w + 1; q < k; q++) if (!t.isWord(q)) return false;
        return m.kind != ParticipantKind.PERSON; // (a place, or the owner of the work named: "the Sony plant where")
    }

    /** Whether a name is a work's or building's after a locative word ("at the Forsmark nuclear plant"). */
    private static boolean site(Tokens t, EntityRecognizer.Mention m) {
        return siteEnd(t, m) > 0;
    }

    /** Where the noun of a work or building named after a locative word ends, or -1 (see {@link #site}). */
    private static int siteEnd(Tokens t, EntityRecognizer.Mention m) {
        int q = m.from - 1;
        if (t.wordIs(q, "s") && t.isApostrophe(q - 1)) {
            // ("the fire at Britain's Windscale plant": a country's or owner's name before it)
            q -= 2;
            while (q > 0 && m.from - q <= 6 && t.isWord(q) && t.capitalised(q)) q--;
            if (t.wordIs(q, "the")) q--;
        } else if (t.wordIs(q, "the")) {
            q--;
        } else {
            return -1;
        }
        if (!t.in(q, SITE_BEFORE)) return -1;
        for (int e = m.to; e < t.size && e - m.to < 4 && t.isWord(e) && !t.capitalised(e); e++) {
            if (SubjectNouns.FACILITIES.contains(t.lower[e])) return e + 1;
        }
        return -1;
    }

    /**
     * "at the Mzena hospital in Dar es Salaam": the town a work or building where something happened lies in, told
     * right after its noun, which takes part too; null when there is none.
     */
    static EntityRecognizer.Mention townOfSite(Tokens t, EntityRecognizer.Mention where, List<EntityRecognizer.Mention> ms) {
        int end = siteEnd(t, where);
        if (end < 0 || !t.wordIs(end, "in")) return null;
        for (EntityRecognizer.Mention m : ms) {
            if (m.from == end + 1 && m.kind == ParticipantKind.PLACE && m.canonical != null && !m.demonym) return m;
        }
        return null;
    }

    private static final WordList SITE_BEFORE = WordList.of(java.util.Set.of("at", "in", "near", "inside", "outside",
            "into", "from", "on", "against"));

    /**
     * Events whose sentences name nobody ("the roof gave way on Thursday", "the ceremony was held on May 24") took
     * place where a wire reports from: its dateline's place ("RIGA, Nov 22 (Reuters) -") becomes their participant.
     */
    static List<ExtractedEvent> datelined(Tokens t, Sentences s, List<EntityRecognizer.Mention> mentions,
                                          List<ExtractedEvent> out, java.time.LocalDate published) {
        // the usual case: nothing to look up
        if (out.stream().allMatch(e -> !e.participants().isEmpty() && !toldHere(e.sentence()))) return out;
        List<String> where = new java.util.ArrayList<>(2);
        for (int q = 0; q < s.count && q < 3 && where.isEmpty(); q++) {
            int open = ClauseDates.afterDateline(t, s.first[q]);
            if (open == s.first[q]) continue;
            for (EntityRecognizer.Mention m : mentions) {
                if (m.from >= open) break;
                if (m.from >= s.first[q] && m.kind == ParticipantKind.PLACE && m.canonical != null && !m.demonym
                        && !where.contains(m.canonical)) {
                    where.add(m.canonical); // "ALGIERS, Algeria, April 2": the city and its country
                }
            }
        }
        // "ALGIERS, April 2": a city's country takes part too
        if (where.size() == 1) {
            String country = countryOfTown(where.get(0));
            if (country != null) where.add(country);
        }
        // "their foreign ministers met here in July 1973": the place a wire reports from
        String city = where.isEmpty() ? null : where.get(0);
        if (where.isEmpty()) {
            String main = mainPlace(mentions);
            if (main == null) return out;
            String town = storyTown(mentions, main);
            if (town != null) where.add(town);
            where.add(main);
        }
        List<String> places = List.copyOf(where);
        List<String> back = null; // where the article's past happened: its main place, worked out when needed
        for (int i = 0; i < out.size(); i++) {
            ExtractedEvent e = out.get(i);
            // "The war, which broke out in April 1992, has killed 200,000" in a report from Dayton, Ohio: a happening
            // of a year or more before the article is no dateline's; it took place where the article is about
            if (city != null && e.participants().isEmpty() && past(e, published)) {
                if (back == null) {
                    String main = mainPlace(mentions);
                    back = main == null || where.contains(main) || main.equals(countryOfTown(where.get(0))) ? places
                            : List.of(main);
                }
                if (back != places) {
                    String title = e.title().indexOf(' ') < 0 ? e.title() + " in " + back.get(0) : e.title();
                    out.set(i, withParticipants(e, title, back));
                    continue;
                }
            }
            if (city != null && !e.participants().isEmpty() && !e.participants().contains(city) && toldHere(e.sentence())) {
                List<String> with = new java.util.ArrayList<>(e.participants());
                with.add(city);
                out.set(i, withParticipants(e, e.title(), with));
                continue;
            }
            if (!e.participants().isEmpty()) continue;
            // a one-word title ("Protests", "Earthquake") says where, in the country a dateline city belongs to:
            // "Protests in Algeria" (a wire reports from the capital, not always from where it happened)
            String title = e.title().indexOf(' ') < 0 ? e.title() + " in " + places.get(places.size() - 1) : e.title();
            out.set(i, withParticipants(e, title, places));
        }
        return out;
    }

    /** Whether an event's date ends a year or more before the article's day. */
    private static boolean past(ExtractedEvent e, java.time.LocalDate published) {
        if (published == null || e.when() == null || !e.when().yearKnown()) return false;
        return e.when().end().map(d -> d.isBefore(published.minusYears(1))).orElse(false);
    }

    /**
     * Whether a sentence tells that something happened "here", the place its article reports from: a past verb
     * right before the word, outside quotation marks ("their foreign ministers met here in July 1973", "was held
     * here"; not "we are here", "'It happened here,' she said").
     */
    static boolean toldHere(String sentence) {
        int at = sentence.indexOf(" here");
        while (at > 0) {
            int end = at + 5;
            boolean word = end == sentence.length() || !Character.isLetter(sentence.charAt(end));
            if (word) {
                int from = at - 1;
                while (from >= 0 && Character.isLetter(sentence.charAt(from))) from--;
                String prev = sentence.substring(from + 1, at);
                boolean quoted = false;
                for (int q = 0; q < at; q++) {
                    char c = sentence.charAt(q);
                    quoted |= c == '"' || c == '\u201C';
                }
                if (!quoted && !prev.isEmpty() && Character.isLowerCase(prev.charAt(0)) && Triggers.pastForm(prev)) {
                    return true;
                }
            }
            at = sentence.indexOf(" here", at + 1);
        }
        return false;
    }

    /**
     * "Musk closed the deal. Sentencing is set for 11 July": an event whose sentence names nobody continues the
     * story of the sentences before, and the person or organisation last named there takes part in it (first, before
     * any place the dateline gave it). {@code topics}: event index to that actor's name.
     */
    static void continuing(List<ExtractedEvent> out, java.util.Map<Integer, String> topics) {
        for (java.util.Map.Entry<Integer, String> e : topics.entrySet()) {
            ExtractedEvent ev = out.get(e.getKey());
            if (ev.participants().contains(e.getValue())) continue;
            List<String> names = new java.util.ArrayList<>(ev.participants().size() + 1);
            names.add(e.getValue());
            names.addAll(ev.participants());
            out.set(e.getKey(), withParticipants(ev, ev.title(), names));
        }
    }

    /**
     * The town of a country an article keeps returning to ("the accident happened in the early hours of Saturday" in
     * an article naming Chernobyl in most of its Ukraine mentions): named three times or more, and in at least half
     * the mentions of the country; null when there is none or {@code main} is no country.
     */
    private static String storyTown(List<EntityRecognizer.Mention> mentions, String main) {
        java.util.Map<String, Integer> towns = new java.util.HashMap<>();
        int all = 0;
        for (EntityRecognizer.Mention m : mentions) {
            if (m.kind != ParticipantKind.PLACE || m.canonical == null || m.inTitle) continue;
            if (m.canonical.equals(main)) {
                all++;
            } else if (main.equals(countryOfTown(m.canonical))) {
                all++;
                towns.merge(m.canonical, 1, Integer::sum);
            }
        }
        String best = null;
        int most = 2;
        for (java.util.Map.Entry<String, Integer> e : towns.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && best != null && e.getKey().compareTo(best) < 0) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best != null && most * 2 >= all ? best : null;
    }

    /** The place an article names most often (at least three times, by name, demonym or a town of it), or null. */
    private static String mainPlace(List<EntityRecognizer.Mention> mentions) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        String best = null;
        int most = 2;
        for (EntityRecognizer.Mention m : mentions) {
            if (m.kind != ParticipantKind.PLACE || m.canonical == null || m.inTitle) continue;
            // "Kathmandu" counts for Nepal too: an article about a country names its capital and towns
            String country = countryOfTown(m.canonical);
            for (String name : country == null ? List.of(m.canonical) : List.of(m.canonical, country)) {
                int c = counts.merge(name, 1, Integer::sum);
                if (c > most) {
                    most = c;
                    best = name;
                }
            }
        }
        return best;
    }

    /**
     * "a tsunami carried away houses at Suzu": a place the word lists do not know (a town, a prefecture) lies in the
     * country the article names most (twice or more), which takes part too, so that reports naming the country
     * and reports naming the town can be told apart from other countries' happenings and merged.
     */
    static List<ExtractedEvent> inCountry(List<EntityRecognizer.Mention> mentions, List<ExtractedEvent> out) {
        // the names the recogniser took for places, made only when some event has no known place
        java.util.Set<String> places = out.stream().allMatch(EventPlaces::placed) ? java.util.Set.of()
                : placeNames(mentions);
        return withCountry(out, e -> !placed(e) && e.participants().stream().anyMatch(places::contains),
                () -> mostNamedCountry(mentions, true));
    }

    /**
     * Each event {@code needs} accepts takes part the country {@code country} gives; the country is worked out once
     * per article, and only when some event needs it; with none, the events stay as they are.
     */
    private static List<ExtractedEvent> withCountry(List<ExtractedEvent> out,
                                                    java.util.function.Predicate<ExtractedEvent> needs,
                                                    java.util.function.Supplier<String> country) {
        String named = null;
        for (int i = 0; i < out.size(); i++) {
            ExtractedEvent e = out.get(i);
            if (!needs.test(e)) continue;
            if (named == null) named = country.get();
            if (named == null) return out;
            List<String> names = new java.util.ArrayList<>(e.participants());
            names.add(named);
            out.set(i, withParticipants(e, e.title(), names));
        }
        return out;
    }

    /** Whether one of an event's participants is a place or country the word lists know. */
    private static boolean placed(ExtractedEvent e) {
        Lexicon lex = Lexicon.get();
        for (String p : e.participants()) {
            String lower = p.toLowerCase(java.util.Locale.ROOT);
            if (lex.places.containsKey(lower) || lex.countryOf.containsKey(lower)) return true;
        }
        return false;
    }

    /**
     * The country the article names most by name, twice or more, or null. {@code wide}: a demonym ("Japanese") and a
     * body named after its country ("the Japan Meteorological Agency", "a Japan Airlines jet") count for it too, and
     * when no country is named twice, a city or region the lists know counts for its country ("Cebu", "Manila": the
     * Philippines).
     */
    private static String mostNamedCountry(List<EntityRecognizer.Mention> mentions, boolean wide) {
        Lexicon lex = Lexicon.get();
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Integer> byTowns = new java.util.HashMap<>();
        String country = null;
        String townsCountry = null;
        int most = 1;
        int mostByTowns = 1;
        for (EntityRecognizer.Mention m : mentions) {
            if (m.canonical == null || m.inTitle || !wide && m.demonym) continue;
            String name = m.canonical;
            if (m.kind == ParticipantKind.ORGANIZATION && wide) {
                int sp = name.indexOf(' ');
                if (sp < 0) continue;
                name = name.substring(0, sp);
            } else if (m.kind != ParticipantKind.PLACE) {
                continue;
            }
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!lex.places.containsKey(lower)) continue;
            if (m.kind == ParticipantKind.ORGANIZATION) name = lex.places.get(lower).canonical();
            if (lex.countryOf.containsKey(lower)) {
                String of = wide ? countryOfTown(name) : null;
                if (of == null) continue;
                int c = byTowns.merge(of, 1, Integer::sum);
                if (c > mostByTowns) {
                    mostByTowns = c;
                    townsCountry = of;
                }
                continue;
            }
            int c = counts.merge(name, 1, Integer::sum);
            if (c > most) {
                most = c;
                country = name;
            }
        }
        return country != null ? country : townsCountry;
    }

    /** A sentence that opens with a country's own institution: "The new parliament is to meet", "Police said". */
    private static final java.util.regex.Pattern INSTITUTION = java.util.regex.Pattern.compile(
            "(?:[Tt]he )?(?:(?:new|outgoing|interim|incoming|military|national|federal|country's|country\u2019s) )?"
                    + "(?:parliament|government|army|police|cabinet|military|junta|navy|central bank|electoral "
                    + "commission|election commission|supreme court|constitutional court|legislature|senate|armed forces)"
                    + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "The new parliament is to meet on 21 November", "Police said on Thursday": a happening a country's own
     * institution does, told without the country's name, is that country's: the one the article names most (by
     * name, twice or more) takes part, unless the event already has a place.
     */
    static List<ExtractedEvent> national(List<EntityRecognizer.Mention> mentions, List<ExtractedEvent> out) {
        return withCountry(out, e -> INSTITUTION.matcher(e.sentence()).lookingAt() && !placed(e),
                () -> mostNamedCountry(mentions, false));
    }

    /** The country a city or region of the word lists lies in ("Algiers" → Algeria); null for a country or unknown. */
    private static String countryOfTown(String place) {
        String country = Lexicon.get().countryOf.get(place.toLowerCase(java.util.Locale.ROOT));
        return country == null || country.equals(place) ? null : country;
    }

    /** Nouns a text names a site by again, once named: "the mine", "the volcano". */
    private static final java.util.Set<String> SITES = java.util.Set.of("mine", "plant",
            "factory", "stadium", "airport", "port", "camp", "island", "volcano", "reactor", "refinery", "dam");

    /**
     * "the San Jose copper and gold mine ... went straight to the mine", "the Nevado del Ruiz volcano ... the volcano
     * began throwing out ash": "the" and a site noun stand for the name that noun followed within four words in the
     * twelve sentences before; that name takes part in the events of the sentence, after their own participants. (A
     * town or a city is left alone: an article names several, and "the town" is often not the last one.)
     */
    static List<ExtractedEvent> described(Tokens t, Sentences s, List<EntityRecognizer.Mention> mentions,
                                          List<ExtractedEvent> out) {
        List<ExtractedEvent> res = null;
        for (int i = 0; i < out.size(); i++) {
            ExtractedEvent e = out.get(i);
            int a = tokenAt(t, e.offset());
            if (a < 0) continue;
            int b = s.last[s.of[a]];
            String site = null;
            for (int k = a; k < b && site == null; k++) {
                if (t.wordIs(k, "the") && t.isWord(k + 1) && !t.capitalised(k + 1) && SITES.contains(t.lower[k + 1])
                        && !t.wordIs(k + 2, "of") && !(t.isWord(k + 2) && !t.capitalised(k + 2)
                        && !AFTER_SITE.contains(t.lower[k + 2]) && !Triggers.pastForm(t.lower[k + 2]))) {
                    site = t.lower[k + 1];
                }
            }
            if (site == null) continue;
            String place = antecedent(t, s, mentions, a, site);
            if (place == null || e.participants().contains(place)) continue;
            List<String> names = new java.util.ArrayList<>(e.participants());
            names.add(place);
            if (res == null) res = new java.util.ArrayList<>(out);
            res.set(i, withParticipants(e, e.title(), names));
        }
        return res == null ? out : res;
    }

    /**
     * Words after "the mine" that leave it a site of its own ("the mine to greet", "the volcano began"), unlike a
     * compound's head ("the mine owner", "the plant manager").
     */
    private static final java.util.Set<String> AFTER_SITE = java.util.Set.of("to", "in", "at", "on", "for", "with",
            "from", "near", "and", "but", "or", "where", "which", "that", "was", "were", "is", "are", "had", "has",
            "lay", "lies", "itself", "after", "before", "by", "as", "since", "until", "into", "onto", "only", "just",
            "when", "while");

    /** The name a site noun stands for, named before token a within twelve sentences, or null. */
    private static String antecedent(Tokens t, Sentences s, List<EntityRecognizer.Mention> mentions, int a, String site) {
        int from = s.first[Math.max(0, s.of[a] - 12)];
        for (int i = EntityRecognizer.firstFrom(mentions, a) - 1; i >= 0; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (m.from < from) break;
            if (m.canonical == null || m.inTitle || m.demonym || m.kind == org.eventscope.model.ParticipantKind.PERSON) continue;
            // (words only between them: "the San Jose copper and gold mine")
            for (int k = m.to; k < t.size && k <= m.to + 4 && t.isWord(k); k++) if (t.wordIs(k, site)) return m.canonical;
        }
        return null;
    }

    /** The token starting at character offset {@code offset}, or -1. */
    private static int tokenAt(Tokens t, int offset) {
        int lo = 0;
        int hi = t.size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t.start[mid] < offset) lo = mid + 1;
            else if (t.start[mid] > offset) hi = mid - 1;
            else return mid;
        }
        return lo < t.size ? lo : -1;
    }

    private static ExtractedEvent withParticipants(ExtractedEvent e, String title, List<String> participants) {
        return new ExtractedEvent(e.kind(), title, e.when(), e.confidence(), participants, e.sentence(), e.offset(),
                e.length(), e.dateText());
    }

    /** The canonical names of the places among the mentions: one pass, so each event's lookup is constant time. */
    private static java.util.Set<String> placeNames(List<EntityRecognizer.Mention> mentions) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (EntityRecognizer.Mention m : mentions) {
            if (m.kind == ParticipantKind.PLACE && m.canonical != null) names.add(m.canonical);
        }
        return names;
    }
}
