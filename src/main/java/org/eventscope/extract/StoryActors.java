package org.eventscope.extract;

import org.eventscope.model.ParticipantKind;

import java.util.List;

/**
 * Decides who the article, rather than one clause, is about: the person it names most often (for "the Italian",
 * "the 62-year-old" with no name of their own) and the actor the sentences just before a given one were about
 * (for an event that names nobody). One instance per document; the counting is done once, on first use.
 */
final class StoryActors {
    private final Sentences s;
    private final List<EntityRecognizer.Mention> mentions;

    StoryActors(Sentences s, List<EntityRecognizer.Mention> mentions) {
        this.s = s;
        this.mentions = mentions;
    }

    /** The last person or organisation acting in the {@code back} sentences before the one starting at {@code a}, or null. */
    EntityRecognizer.Mention lastActorBefore(int a, int back) {
        int from = s.first[Math.max(0, s.of[a] - back)];
        for (int i = EntityRecognizer.firstFrom(mentions, a) - 1; i >= 0 && mentions.get(i).from >= from; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (m.to <= a && m.kind != ParticipantKind.PLACE && EventExtractor.isActor(m)) return m;
        }
        return null;
    }

    /** The most named person, its count and the runner-up's count; made once. */
    private EntityRecognizer.Mention mostNamed;
    private int mostCount;
    private int secondCount;
    private boolean mostNamedDone;

    /** The person the article names most often (three times or more, more than any other), or null. */
    EntityRecognizer.Mention mostNamed() {
        return mostNamed(3);
    }

    /** The person the article names most often ({@code min} times or more, more than any other), or null. */
    EntityRecognizer.Mention mostNamed(int min) {
        if (!mostNamedDone) countNames();
        return mostCount >= min && mostCount > secondCount ? mostNamed : null;
    }

    /**
     * The person the article names most often ({@code min} times or more); of two named as often, the one it names
     * first (the lead's), or null.
     */
    EntityRecognizer.Mention leading(int min) {
        if (!mostNamedDone) countNames();
        return mostCount >= min ? leading : null;
    }

    private EntityRecognizer.Mention leading;

    /**
     * The person other than {@code except} the article names most often ({@code min} times or more, more than any
     * other but {@code except}), or null: whom a judge's verdict is about.
     */
    EntityRecognizer.Mention mostNamedBut(String except, int min) {
        Tally x = tally(except);
        return x.most >= min && x.most > x.second ? x.first.get(x.best) : null;
    }

    private void countNames() {
        mostNamedDone = true;
        Tally x = tally(null);
        mostCount = x.most;
        secondCount = x.second;
        mostNamed = x.best == null ? null : x.first.get(x.best);
        for (java.util.Map.Entry<String, Integer> e : x.counts.entrySet()) {
            EntityRecognizer.Mention m = x.first.get(e.getKey());
            if (e.getValue() == mostCount && (leading == null || m.from < leading.from)) leading = m;
        }
    }

    /** How often the article names each person (but {@code except}), each one's first mention, the most named. */
    private record Tally(java.util.Map<String, Integer> counts, java.util.Map<String, EntityRecognizer.Mention> first,
                         String best, int most, int second) {
    }

    private Tally tally(String except) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, EntityRecognizer.Mention> first = new java.util.HashMap<>();
        for (EntityRecognizer.Mention m : mentions) {
            if (m.kind != ParticipantKind.PERSON || !Subjects.usable(m) || m.weak || m.canonical.equals(except)) continue;
            counts.merge(m.canonical, 1, Integer::sum);
            first.putIfAbsent(m.canonical, m);
        }
        String best = null;
        int most = 0;
        int second = 0;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                second = most;
                most = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return new Tally(counts, first, best, most, second);
    }

    /**
     * The storm named last before token k ("the storm", "the hurricane" is the last "Hurricane Beryl" or "Typhoon
     * Haiyan": a name holding one of {@link EntityRecognizer#STORMS}), or null.
     */
    EntityRecognizer.Mention namedStorm(int k) {
        for (int i = EntityRecognizer.firstFrom(mentions, k) - 1; i >= 0; i--) {
            EntityRecognizer.Mention m = mentions.get(i);
            if (k - m.to > 400) break;
            if (m.canonical == null) continue;
            for (String w : m.canonical.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                if (EntityRecognizer.STORMS.contains(w)) return m;
            }
        }
        return null;
    }
}
