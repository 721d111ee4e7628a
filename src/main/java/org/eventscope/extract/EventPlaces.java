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
     * ten before it with no comma between. Null when there is none or it already acts.
     */
    static EntityRecognizer.Mention where(Tokens t, int k, int a, int b, List<EntityRecognizer.Mention> ms,
                                          List<EntityRecognizer.Mention> actors) {
        EntityRecognizer.Mention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (EntityRecognizer.Mention m : ms) {
            // "buried on March 26 in his home town of Chato": a town named after its noun is where, too
            boolean named = NameWords.townOf(t, m.from);
            if (m.kind != ParticipantKind.PLACE || m.demonym || !m.locative && !named || m.inTitle || m.canonical == null
                    || m.from < a || m.to > b) {
                continue;
            }
            int dist = m.from > k ? m.from - k : k - m.to;
            if (m.from > k ? dist > 16 : dist > 10 || ClauseDates.punctuated(t, m.to, k)) continue; // "..., in China, signed"
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
     * Events whose sentences name nobody ("the roof gave way on Thursday", "the ceremony was held on May 24") took
     * place where a wire reports from: its dateline's place ("RIGA, Nov 22 (Reuters) -") becomes their participant.
     */
    static List<ExtractedEvent> datelined(Tokens t, Sentences s, List<EntityRecognizer.Mention> mentions,
                                          List<ExtractedEvent> out) {
        if (out.stream().allMatch(e -> !e.participants().isEmpty())) return out; // the usual case: nothing to look up
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
        if (where.isEmpty()) {
            String main = mainPlace(mentions);
            if (main == null) return out;
            where.add(main);
        }
        List<String> places = List.copyOf(where);
        for (int i = 0; i < out.size(); i++) {
            ExtractedEvent e = out.get(i);
            if (!e.participants().isEmpty()) continue;
            // a one-word title ("Protests", "Earthquake") says where, in the country a dateline city belongs to:
            // "Protests in Algeria" (a wire reports from the capital, not always from where it happened)
            String title = e.title().indexOf(' ') < 0 ? e.title() + " in " + places.get(places.size() - 1) : e.title();
            out.set(i, withParticipants(e, title, places));
        }
        return out;
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
        Lexicon lex = Lexicon.get();
        String country = null;
        java.util.Map<String, Integer> counts = null;
        java.util.Set<String> placeNames = null; // the names the recogniser took for places, made once when needed
        for (int i = 0; i < out.size(); i++) {
            ExtractedEvent e = out.get(i);
            boolean unknown = false;
            boolean placed = false;
            for (String p : e.participants()) {
                String lower = p.toLowerCase(java.util.Locale.ROOT);
                if (lex.places.containsKey(lower) || lex.countryOf.containsKey(lower)) {
                    placed = true;
                    continue;
                }
                if (placeNames == null) placeNames = placeNames(mentions);
                unknown |= placeNames.contains(p);
            }
            if (!unknown || placed) continue;
            if (counts == null) { // once per article, and only when some event needs it
                counts = new java.util.HashMap<>();
                int most = 1;
                for (EntityRecognizer.Mention m : mentions) {
                    if (m.canonical == null || m.inTitle) continue;
                    String name = m.canonical;
                    if (m.kind == ParticipantKind.ORGANIZATION) {
                        // "the Japan Meteorological Agency", "a Japan Airlines jet": a body named after its country
                        int sp = name.indexOf(' ');
                        if (sp < 0) continue;
                        name = name.substring(0, sp);
                    } else if (m.kind != ParticipantKind.PLACE) {
                        continue;
                    }
                    String lower = name.toLowerCase(java.util.Locale.ROOT);
                    if (!lex.places.containsKey(lower) || lex.countryOf.containsKey(lower)) continue; // a country only
                    if (m.kind == ParticipantKind.ORGANIZATION) name = lex.places.get(lower).canonical();
                    int c = counts.merge(name, 1, Integer::sum);
                    if (c > most) {
                        most = c;
                        country = name;
                    }
                }
            }
            if (country == null) return out;
            List<String> names = new java.util.ArrayList<>(e.participants());
            names.add(country);
            out.set(i, withParticipants(e, e.title(), names));
        }
        return out;
    }

    /** The country a city or region of the word lists lies in ("Algiers" → Algeria); null for a country or unknown. */
    private static String countryOfTown(String place) {
        String country = Lexicon.get().countryOf.get(place.toLowerCase(java.util.Locale.ROOT));
        return country == null || country.equals(place) ? null : country;
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
