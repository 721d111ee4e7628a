package org.eventscope.extract;

import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ParticipantKind;
import org.eventscope.model.Precision;
import org.eventscope.model.TimeValue;
import org.eventscope.model.TimexType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, in each sentence, dated happenings: a date expression with a calendar value paired with the event
 * trigger (verb or noun) it most likely dates, the actors named near it, and a short title.
 */
final class EventExtractor {
    private static final int MAX_PER_SENTENCE = 3;
    private static final int WINDOW = 16;
    /** How far a verb may lie before the only date of its sentence. */
    private static final int LONE_WINDOW = 26;
    /** Verbs of a state kept since a date: "has stood empty since 1998", "has remained closed". */
    private static final Set<String> STATES = Set.of("stood", "remained", "stayed", "lived", "lain", "sat", "existed",
            "lasted", "continued", "belonged", "waited", "lingered");
    /** How much less surely a "since" date dates a trigger: it tells when a state began ("in power since 1957"). */
    private static final double SINCE_PENALTY = 0.25;
    /** How many sentences back an event naming nobody looks for the actor the story is about. */
    private static final int TOPIC_REACH = 2;
    /**
     * How many sentences after the one that told the article's day a named actor's act in the simple past is still
     * of that day, when no sentence between told another date ("The court ordered Israel on Friday ... [three
     * sentences on the ruling] ... Prime Minister Netanyahu said the charge was outrageous").
     */
    private static final int SAME_DAY_REACH = 5;

    private final Triggers triggers = new Triggers();

    /** The events of a text; {@code published}: the article's day, or null when unknown. */
    List<ExtractedEvent> extract(Tokens t, Sentences s, List<TemporalTagger.Found> timex,
                                 List<EntityRecognizer.Mention> mentions, java.time.LocalDate published) {
        List<ExtractedEvent> out = new ArrayList<>();
        int ti = 0;
        int mi = 0;
        java.time.LocalDate lastDay = null;
        int lastDaySentence = -10;
        int lastDated = -10;
        // whether lastDay stands for a day of an unknown year (an undated article's "On Saturday, January 11"), kept
        // in the leap year that stands in for it (TemporalTagger.STAND_IN), so that any day of a month fits
        boolean lastDayUnknown = false;
        // whether the day was told in a relative clause or the past perfect, which the story does not go on from
        // unless it is the article's own day
        boolean lastDayAside = false;
        java.time.LocalDate introduced = null; // a day a sentence named as what kind of day it was
        int introducedAt = -10;
        boolean[] inMention = new boolean[t.size];
        for (EntityRecognizer.Mention m : mentions) for (int k = m.from; k < m.to; k++) inMention[k] = true;
        RepeatedNames.mark(t, mentions);
        Subjects subjects = new Subjects(t, s, mentions);
        java.util.Map<Integer, String> topics = null; // events naming nobody: the actor the sentences before were about
        for (int sen = 0; sen < s.count; sen++) {
            int a = s.first[sen];
            int b = s.last[sen];
            int start = ClauseDates.afterDateline(t, a); // where the sentence proper starts, past any dateline
            List<TemporalTagger.Found> dates = new ArrayList<>();
            TemporalTagger.Found duration = null;
            TemporalTagger.Found onlyAt = null; // a day lent to the sentence's main verb alone
            java.util.Map<TemporalTagger.Found, Integer> heads = null; // a year modifying a happening: its noun
            while (ti < timex.size() && timex.get(ti).from() < b) {
                TemporalTagger.Found f = timex.get(ti++);
                if (f.from() >= a && f.calendar().isPresent()) {
                    int head = f.modifier() ? happeningAfter(t, f.to(), b) : -1;
                    // "annulled the May 2019 election on Monday": a day or month modifying a happening noun dates
                    // that noun alone (unlike a year's, the date is kept when the noun is no happening)
                    if (!f.modifier() && ClauseDates.attributive(t, f)) head = happeningAfter(t, f.to(), b);
                    if (!f.modifier() || head >= 0) dates.add(f);
                    if (head >= 0) {
                        if (heads == null) heads = new java.util.IdentityHashMap<>();
                        heads.put(f, head);
                    }
                }
                if (f.from() >= a && f.type() == org.eventscope.model.TimexType.DURATION && duration == null) duration = f;
            }
            dates = ClauseDates.joinRanges(t, a, dates);
            // "elected him two days after the assault of February 23": the span counts from the date its phrase gives
            if (duration != null && !dates.isEmpty()) {
                TemporalTagger.Found anchored = ClauseDates.anchored(t, duration, dates);
                if (anchored != null) dates.add(anchored);
            }
            // "arrested two days after the sinking": days counted from the happening told before by that noun
            if (dates.isEmpty() && duration != null) {
                TemporalTagger.Found from = afterTold(t, duration, b, out);
                if (from != null) dates.add(from);
            }
            // ... and "had nominated him the day after the killing": the day next to it
            if (dates.isEmpty() && duration == null) {
                TemporalTagger.Found from = dayNextTo(t, a, b, out);
                if (from != null) dates.add(from);
            }
            // ... and "The avalanche, triggered by the quake, had killed 18": the day of the happening that caused it
            if (dates.isEmpty() && duration == null) {
                TemporalTagger.Found by = causedBy(t, a, b, out);
                if (by != null) dates.add(by);
            }
            int narrative = dates.size(); // the dates after this one are told from the day the narrative is at
            int reach = duration != null && duration.value().startsWith("PT") && lastDaySentence == lastDated ? 6 : 2;
            if (dates.isEmpty() && duration != null && lastDay != null && sen - lastDaySentence <= reach) {
                TemporalTagger.Found bound = ClauseDates.bounded(t, duration, lastDay);
                if (bound != null) dates.add(bound);
                // ("The strikes came three days after Mr Clinton admitted ...": the day is the happening's told after
                // "after", not the subject's, which is the one told before)
                if (bound != null && ClauseDates.followed(t, duration)) {
                    for (int k = bound.to(); k < b; k++) {
                        if (inMention[k] || !t.isWord(k)) continue;
                        Triggers.Hit h = triggers.at(t, k);
                        if (h == null) continue;
                        if (heads == null) heads = new java.util.IdentityHashMap<>();
                        heads.put(bound, k);
                        break;
                    }
                }
            }
            // a sentence whose only dates name other happenings by their day ("the 7 October attack") has no date
            // of its own either
            boolean undated = dates.isEmpty() || ClauseDates.allAttributive(t, dates);
            // ("Boluarte was sworn in shortly afterwards ..., which runs until July 2026": a relative clause's date
            // is not the sentence's own either)
            if (!undated) {
                boolean relative = true;
                for (TemporalTagger.Found d : dates) relative &= NarrativeDates.inRelative(t, a, d.from());
                undated = relative;
            }
            // a few undated sentences on, "shortly afterwards" still follows the last happening told with a day
            if (undated && lastDay != null && sen - lastDaySentence <= 6 && lastDaySentence == lastDated) {
                // ("Hours after the ruling": the ruling's day, which need not be the last day told)
                TemporalTagger.Found soon = hoursAfterTold(t, a, b, out);
                if (soon == null) soon = NarrativeDates.soonAfter(t, a, b, lastDay);
                if (soon != null) dates.add(soon);
                undated &= soon == null;
            }
            // "Moscow's foreign ministry, in contrast, accused the judges": the reply to the day told just before
            if (undated && lastDay != null && sen - lastDaySentence == 1) {
                TemporalTagger.Found reply = NarrativeDates.inReply(t, a, b, lastDay);
                if (reply != null) dates.add(reply);
                undated &= reply == null;
            }
            // "He also transferred his powers ...", "The two men then led the crowd": that day's next happening
            if (undated && lastDay != null && sen - lastDaySentence == 1) {
                TemporalTagger.Found next = NarrativeDates.alsoThen(t, start, b, lastDay);
                if (next != null) dates.add(next);
            }
            // "Prime Minister Netanyahu said ...", "In Manila, Yasay welcomed the decision": a named actor's act
            // told in the simple past within five sentences after the article's day (or one of the two before
            // it) is of that day; so is one right after any day told, in its paragraph ("On Monday the ministers
            // agreed to recall their heads of mission. Britain withdrew its entire embassy staff.")
            if (dates.isEmpty() && lastDay != null && sen - lastDaySentence <= SAME_DAY_REACH && lastDaySentence == lastDated
                    && ((published != null ? !lastDay.isAfter(published) && lastDay.plusDays(3).isAfter(published)
                    : lastDayUnknown) || sen - lastDaySentence == 1 && !lastDayAside && !endsParagraph(t, s, sen - 1))) {
                TemporalTagger.Found same = NarrativeDates.sameDayGoesOn(t, start, b, lastDay,
                        inMention);
                if (same != null) {
                    dates.add(same);
                    onlyAt = same;
                }
            }
            // "Saturday had been the most dangerous day of the crisis. An Air Force U-2 ... was shot down": the day
            // the sentence before introduced
            if (dates.isEmpty() && introduced != null && sen - introducedAt == 1) {
                TemporalTagger.Found same = NarrativeDates.sameDayGoesOn(t, start, b,
                        introduced, inMention);
                if (same != null) {
                    dates.add(same);
                    onlyAt = same;
                }
            }
            // "During the ceremony, Mottley declared ...": the occasion of the last day told, even past other dates
            if (dates.isEmpty() && lastDay != null && sen - lastDaySentence <= 12) {
                TemporalTagger.Found at = NarrativeDates.atTheOccasion(t, start, b, lastDay);
                if (at != null) dates.add(at);
            }
            // (in an undated article, of that day in an unknown year)
            for (int q = narrative; lastDayUnknown && q < dates.size(); q++) {
                TemporalTagger.Found u = yearUnknown(dates.get(q));
                if (onlyAt == dates.get(q)) onlyAt = u;
                dates.set(q, u);
            }
            List<EntityRecognizer.Mention> ms = new ArrayList<>();
            while (mi < mentions.size() && mentions.get(mi).from < b) {
                EntityRecognizer.Mention m = mentions.get(mi++);
                if (m.from >= a) ms.add(m);
            }
            // the tense each date is told in, read once; a sentence of plans only does not break the narrative
            boolean[] future = new boolean[dates.size()];
            boolean plansOnly = !dates.isEmpty();
            // (nor does a sentence whose dates all tell a ", which" or ", who" clause: "the cruise ship Ovation of
            // the Seas, which had left Sydney last week")
            boolean asidesOnly = !dates.isEmpty();
            for (int q = 0; q < future.length; q++) {
                future[q] = Tense.at(t, dates.get(q).from(), a, b) == Anchor.Tense.FUTURE;
                plansOnly &= future[q];
                asidesOnly &= NarrativeDates.inRelative(t, a, dates.get(q).from());
            }
            // (nor does a flashback closing its paragraph: dates all told in the past perfect, to a day before the
            // one the narrative is at, "They had opened their talks there on Saturday morning."; "Within two hours
            // the waves had struck" stays on its day, and within a paragraph the story told next goes on from the
            // flashback's: "Leicester had missed the chance on Sunday, when they drew 1-1. Martial gave United an
            // early lead")
            // (a day told in a relative clause or in the past perfect is an aside: see lastDayAside)
            boolean flashbackOnly = !dates.isEmpty() && lastDay != null && endsParagraph(t, s, sen);
            boolean aside = asidesOnly;
            for (TemporalTagger.Found d : dates) {
                boolean back = NarrativeDates.flashback(t, a, b, d);
                aside |= back;
                flashbackOnly = flashbackOnly && back && d.calendar().orElse(null) instanceof TimeValue.Day day
                        && day.date().isBefore(lastDay);
            }
            if (!dates.isEmpty() && !plansOnly && !asidesOnly && !flashbackOnly) lastDated = sen;
            if (dates.size() == 1 && dates.get(0).calendar().orElse(null) instanceof TimeValue.Day day
                    && NarrativeDates.dayIntroduced(t, start, b, dates.get(0))) {
                introduced = day.date();
                introducedAt = sen;
            }
            if (dates.isEmpty() || b - a > 400) continue;
            int before = out.size();
            sentenceEvents(t, s, sen, dates, onlyAt, heads == null ? java.util.Map.of() : heads, ms, inMention, subjects,
                    out);
            for (int q = before; q < out.size(); q++) {
                if (!out.get(q).participants().isEmpty()) continue;
                // ("He handed the presidency to a civilian in 1990 and stepped down in March to become a senator": the
                // person the sentence's opening "he" stands for, not the last one named before it)
                EntityRecognizer.Mention topic = subjects.openingPronoun(a, ms);
                if (topic == null) topic = subjects.story.lastActorBefore(a, TOPIC_REACH);
                if (topic == null) continue;
                if (topics == null) topics = new java.util.HashMap<>();
                topics.put(q, topic.canonical);
            }
            // "Anderson was arrested yesterday when he arrived to see the damage done by Monday's gas leak. Officials
            // said": a day owning another happening's noun is no day the narrative goes on from, when the sentence
            // tells one of its own
            Set<String> owning = owningDays(t, dates, out, before);
            for (int q = before; q < out.size(); q++) {
                TimeValue w = out.get(q).when();
                // "Lawmakers will vote on Sunday. Robertson said within hours ...": a day still to come is no
                // day the narrative goes on from
                if (planned(dates, future, out.get(q).dateText(), t) || flashbackOnly) continue;
                if (owning.contains(out.get(q).dateText())) continue;
                // (an undated article's day of an unknown year carries its narrative on too, held in the year that
                // stands in for it; not a span's first day, which is all such a day keeps of "November 11-13")
                java.time.LocalDate day = w instanceof TimeValue.Day d ? d.date()
                        : w instanceof TimeValue.YearUnknown u && u.day() != null && published == null
                        && !DAY_RANGE.matcher(out.get(q).dateText()).find()
                        ? Dates.day(TemporalTagger.STAND_IN, u.month(), u.day()) : null;
                if (day == null) continue;
                lastDayUnknown = !(w instanceof TimeValue.Day);
                lastDayAside = aside;
                lastDay = day;
                lastDaySentence = sen;
                lastDated = sen; // (an aside's day the narrative goes on from dates its sentence too)
            }
        }
        out = EventPlaces.datelined(t, s, mentions, out, published);
        if (topics != null) EventPlaces.continuing(out, topics);
        out = EventPlaces.described(t, s, mentions, out);
        return EventPlaces.national(mentions, EventPlaces.inCountry(mentions, out));
    }

    /**
     * The texts of a sentence's days told as a possessive ("Monday's gas leak"), when one of its events
     * ({@code out} from {@code before}) is dated to a day by another of its dates; empty otherwise.
     */
    private static Set<String> owningDays(Tokens t, List<TemporalTagger.Found> dates, List<ExtractedEvent> out,
                                          int before) {
        Set<String> owning = null;
        for (TemporalTagger.Found d : dates) {
            if (!t.isApostrophe(d.to()) || !t.wordIs(d.to() + 1, "s")) continue;
            if (owning == null) owning = new java.util.HashSet<>(2);
            owning.add(t.text.substring(t.start[d.from()], t.end[d.to() - 1]));
        }
        if (owning == null) return Set.of();
        for (int q = before; q < out.size(); q++) {
            ExtractedEvent e = out.get(q);
            if (!owning.contains(e.dateText()) && e.when() instanceof TimeValue.Day) return owning;
        }
        return Set.of();
    }

    /**
     * "Germany followed on Wednesday", "Britain and France did the same": the happening told last (of its sentence, the
     * one whose date comes first), in this sentence or the two before, again by other actors on their own day; its
     * kind is that happening's. Null when nothing was told so near (the words then tell of no happening we know).
     */
    private static ExtractedEvent followingSuit(Tokens t, Sentences s, int sen, ExtractedEvent e,
                                                List<ExtractedEvent> out) {
        if (out.isEmpty()) return null;
        // (the first told in that sentence, its main clause's: "The United States recognised the new state on Monday,
        // and Belgrade withdrew its ambassador the same day. Germany followed on Wednesday" recognised it)
        int i = out.size() - 1;
        ExtractedEvent before = out.get(i);
        for (; i >= 0 && out.get(i).sentence().equals(before.sentence()); i--) {
            ExtractedEvent o = out.get(i);
            if (o.sentence().indexOf(o.dateText()) < before.sentence().indexOf(before.dateText())) before = o;
        }
        if (before.offset() < t.start[s.first[Math.max(0, sen - 2)]] || before.kind() == EventKind.OTHER) return null;
        return new ExtractedEvent(before.kind(), e.title(), e.when(), e.confidence(), e.participants(), e.sentence(),
                e.offset(), e.length(), e.dateText());
    }

    /**
     * "were arrested in Auckland two days after the sinking", "Two days after the assault, the deputies elected":
     * a span of days or weeks after or before "the" and a happening noun counts from the day of the last event told
     * before of that noun's kind; that day, told vaguely, or null.
     */
    private TemporalTagger.Found afterTold(Tokens t, TemporalTagger.Found d, int b, List<ExtractedEvent> out) {
        int days = ClauseDates.spanDays(d.value());
        return days < 1 ? null : afterTold(t, d.from(), d.to(), days, b, out);
    }

    /**
     * "Hours after the ruling, the United States paused its funding": the day of the last event of that noun's
     * kind, not the last day the text told (another happening's); null when the sentence opens otherwise.
     */
    private TemporalTagger.Found hoursAfterTold(Tokens t, int a, int b, List<ExtractedEvent> out) {
        int j = ClauseDates.afterDateline(t, a);
        if (!t.wordIs(j, "hours") && !t.wordIs(j, "minutes") && !t.wordIs(j, "moments")) return null;
        TemporalTagger.Found f = afterTold(t, j, j + 1, 0, b, out);
        if (f == null) return null;
        // (the happening named after it is the earlier one: part of the date, up to its comma)
        int c = f.to();
        while (c < b && c - f.to() <= 5 && !t.is(c, ',')) c++;
        return !t.is(c, ',') ? f : new TemporalTagger.Found(f.from(), c, f.value(), f.type(), false, true);
    }

    /** "the day after the killing", "the day before the vote": {@link #afterTold} for the day next to it. */
    private TemporalTagger.Found dayNextTo(Tokens t, int a, int b, List<ExtractedEvent> out) {
        for (int k = a; k + 3 < b; k++) {
            if (t.wordIs(k, "the") && t.wordIs(k + 1, "day") && (t.wordIs(k + 2, "after") || t.wordIs(k + 2, "before"))) {
                return afterTold(t, k, k + 2, 1, b, out);
            }
        }
        return null;
    }

    /**
     * "The avalanche, triggered by the quake, had killed at least 18", "fires caused by the earthquake": a participle
     * of causing and "by the" a happening noun, right after a disaster or attack noun, in a sentence that dates
     * nothing, tell a happening of the day of the last event told with that noun: that day, as a date spanning the
     * participle; or null.
     */
    private TemporalTagger.Found causedBy(Tokens t, int a, int b, List<ExtractedEvent> out) {
        for (int k = a + 1; k + 3 < b; k++) {
            if (!t.isWord(k) || !CAUSED.contains(t.lower[k]) || !t.wordIs(k + 1, "by") || !t.wordIs(k + 2, "the")) {
                continue;
            }
            // (right after the happening it caused: "The avalanche, triggered by", not "the swells caused by")
            int n = t.is(k - 1, ',') ? k - 2 : k - 1;
            Triggers.Hit caused = n >= a && t.isWord(n) ? triggers.at(t, n) : null;
            if (caused == null || !caused.noun()
                    || caused.kind() != EventKind.DISASTER && caused.kind() != EventKind.MILITARY) {
                continue;
            }
            TemporalTagger.Found f = afterTold(t, k, k + 1, 0, b, out, k + 3, true);
            if (f != null) return f;
        }
        return null;
    }

    /** Participles of causing: "triggered by the quake", "caused by the storm". */
    private static final Set<String> CAUSED = Set.of("triggered", "caused", "sparked", "unleashed", "spawned",
            "generated", "set");

    /** {@link #afterTold} for {@code days} told by the tokens [from, to) before "after" or "before". */
    private TemporalTagger.Found afterTold(Tokens t, int from, int to, int days, int b, List<ExtractedEvent> out) {
        boolean after = t.wordIs(to, "after");
        if (days < 0 || days > 60 || !after && !t.wordIs(to, "before") || !t.wordIs(to + 1, "the")) return null;
        return afterTold(t, from, to, after ? days : -days, b, out, to + 2, false);
    }

    /**
     * The day of the last event told of the kind of the happening noun at or right after token {@code k} ({@code
     * sameWord}: and with that word in its sentence), moved by {@code days}, as a date spanning the tokens [from, to];
     * or null.
     */
    private TemporalTagger.Found afterTold(Tokens t, int from, int to, int days, int b, List<ExtractedEvent> out, int k,
                                           boolean sameWord) {
        if (k + 1 < b && t.isWord(k + 1) && !t.capitalised(k + 1) && !t.isWord(k + 2)) k++; // "the first assault,"
        if (k >= b || !t.isWord(k) || t.capitalised(k)) return null;
        Triggers.Hit h = triggers.at(t, k);
        // ("nine days before the ceremony": a noun no trigger names is the happening an earlier sentence told with
        // that word, whatever its kind)
        boolean told = h == null && !sameWord && t.len(k) >= 5 && !t.lower[k].endsWith("ing")
                && !t.lower[k].endsWith("s") && (k + 1 >= b || !t.isWord(k + 1));
        if (!told && (h == null || !h.noun() && !t.lower[k].endsWith("ing") || h.strength() == 0)) return null;
        for (int i = out.size() - 1; i >= 0; i--) {
            ExtractedEvent e = out.get(i);
            if (!told && e.kind() != h.kind()) continue;
            // ("triggered by the quake": the event told with that word, not a later aftershock's)
            if (sameWord && !e.sentence().toLowerCase(java.util.Locale.ROOT).contains(t.lower[k])
                    || told && !hasWord(e.sentence(), t.lower[k])) {
                continue;
            }
            // (an undated article's day: the leap year that stands in for its unknown one)
            java.time.LocalDate day = e.when() instanceof TimeValue.Day x ? x.date()
                    : e.when() instanceof TimeValue.YearUnknown u && u.day() != null
                    ? Dates.day(TemporalTagger.STAND_IN, u.month(), u.day()) : null;
            if (day == null) continue;
            java.time.LocalDate x = day.plusDays(days);
            boolean unknown = e.when() instanceof TimeValue.YearUnknown;
            if (unknown && x.getYear() != TemporalTagger.STAND_IN) return null; // a year turned: not known
            String value = unknown ? "XXXX-" + Anchor.two(x.getMonthValue()) + "-" + Anchor.two(x.getDayOfMonth())
                    : x.toString();
            return new TemporalTagger.Found(from, to + 1, value, org.eventscope.model.TimexType.DATE, false, true);
        }
        return null;
    }

    /** Whether a sentence holds a lower-case word as a whole word. */
    private static boolean hasWord(String sentence, String word) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                    && (end >= lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Two days joined by a dash: a span ("November 11-13", "11–13 November"). */
    private static final java.util.regex.Pattern DAY_RANGE = java.util.regex.Pattern.compile("\\d\\s*[-\u2013]\\s*\\d");

    /**
     * A date the narrative gave from its day (an ISO day, or a time of it), as that day of an unknown year
     * ("XXXX-01-11"): what an undated article's "That evening" or "shortly afterwards" tells.
     */
    private static TemporalTagger.Found yearUnknown(TemporalTagger.Found f) {
        String v = f.value();
        if (v.length() < 10 || !Character.isDigit(v.charAt(0)) || v.charAt(4) != '-' || v.charAt(7) != '-') return f;
        return new TemporalTagger.Found(f.from(), f.to(), "XXXX-" + v.substring(5, 10), TimexType.DATE, f.modifier(),
                f.vague());
    }

    /** Whether sentence sen is the last of its paragraph: a blank line (or the end of the text) after it. */
    private static boolean endsParagraph(Tokens t, Sentences s, int sen) {
        if (sen + 1 >= s.count) return true;
        int to = t.start[s.first[sen + 1]];
        boolean line = false;
        for (int i = t.end[s.last[sen] - 1]; i < to; i++) {
            char c = t.text.charAt(i);
            if (c == '\n') {
                if (line) return true;
                line = true;
            } else if (!Character.isWhitespace(c)) {
                line = false;
            }
        }
        return false;
    }

    /** Whether the date an event's text names ({@code text}) is one of the sentence's told in the future tense. */
    private static boolean planned(List<TemporalTagger.Found> dates, boolean[] future, String text, Tokens t) {
        for (int q = 0; q < future.length; q++) {
            TemporalTagger.Found f = dates.get(q);
            if (future[q] && t.text.regionMatches(t.start[f.from()], text, 0, text.length())) return true;
        }
        return false;
    }

    /** The events of one sentence; {@code onlyAt}: a date that only the trigger at its own token may take, or null. */
    private void sentenceEvents(Tokens t, Sentences s, int sen, List<TemporalTagger.Found> dates,
                                TemporalTagger.Found onlyAt, java.util.Map<TemporalTagger.Found, Integer> heads,
                                List<EntityRecognizer.Mention> ms, boolean[] inMention, Subjects subjects,
                                List<ExtractedEvent> out) {
        int a = s.first[sen];
        int b = s.last[sen];
        int derived = ClauseDates.derive(t, a, b, dates);
        int[] ands = ClauseDates.andVerbs(t, a, b);
        boolean[] quoted = new boolean[b - a];
        int[] at = new int[b - a];
        int[] marks = ClauseDates.scan(t, a, b, inMention, at, quoted);
        boolean[] inDate = new boolean[b - a];
        for (TemporalTagger.Found d : dates) for (int k = d.from(); k < d.to() && k < b; k++) inDate[k - a] = true;
        List<EventAssembly.Pair> pairs = new ArrayList<>();
        int nd = dates.size();
        double[] penalty = new double[nd];
        TimeValue[] cal = new TimeValue[nd];
        // whether a date closes a participle's clause before the main verb, read once for all the sentence's verbs
        boolean[] participle = new boolean[nd];
        int[][] asides = new int[nd][]; // a "since" date's aside after a name: its commas, else null
        // whether a date opens the sentence ("Earlier yesterday ...", "On Monday, ..."), read once for all its verbs
        boolean[] opens = new boolean[nd];
        int start = ClauseDates.afterDateline(t, a);
        int told = 0; // the dates the sentence tells, beside its dateline's
        for (int q = 0; q < nd; q++) {
            TemporalTagger.Found d = dates.get(q);
            cal[q] = d.calendar().get();
            opens[q] = ClauseDates.opensSentence(t, a, start, d.from(), inDate);
            boolean dateline = ClauseDates.dateline(t, a, d);
            if (!dateline) told++;
            participle[q] = ClauseDates.reducedRelative(t, a, d);
            asides[q] = PlainEvents.sinceAside(t, a, b, d, ms);
            penalty[q] = (inParens(t, d.from(), a) ? 0.5 : 0) + (d.vague() ? 0.1 : 0)
                    + (t.is(d.to(), '\'') || t.is(d.to(), '\u2019') ? NarrativeDates.ownerPenalty(t, d.to()) : 0)
                    + (dateline ? 0.45 : 0) // the article's date, not its happening's
                    + (t.wordIs(d.from() - 1, "since") ? SINCE_PENALTY : 0); // "in power since 1957": a state's start
        }
        // "Four years ago, Joaquin sank El Faro ... on October 1, 2015": a period holding a day the sentence also
        // gives frames it; the day dates the happening
        for (int q = 0; q < nd; q++) for (int r = 0; r < nd; r++) if (r != q && holds(cal[q], cal[r])) penalty[q] += 0.3;
        boolean[] absorbed = new boolean[b - a];
        Set<String> objects = null;
        for (int k = a; k < b; k++) {
            if (absorbed[k - a] || inMention[k] || inDate[k - a] && !(onlyAt != null && k == onlyAt.from())
                    || t.capitalised(k) && k != a && !t.allCaps(k)) {
                continue;
            }
            Triggers.Hit h = triggers.at(t, k);
            if (h != null && tally(t, k)) continue; // "upheld the verdict by four votes to three": a count, no happening
            // "his Australian-born wife", "Kremlin-backed separatists": a compound adjective, no happening
            if (h != null && t.glued(k) && t.isDash(k - 1) && t.capitalised(k - 2)) continue;
            if (h != null && h.noun() && verbContext(t, k)) h = new Triggers.Hit(h.kind(), h.strength(), h.lemma(), false);
            // "handed the presidency to an elected civilian": a participle between an article and its noun is an
            // adjective, no happening (but "the collapsed buildings", "the flooded town" tell the harm done)
            if (h != null && !h.noun() && h.kind() != EventKind.DISASTER && h.kind() != EventKind.MILITARY
                    && t.lower[k].endsWith("ed") && (t.wordIs(k - 1, "a") || t.wordIs(k - 1, "an")
                    || t.wordIs(k - 1, "the")) && t.isWord(k + 1) && !t.capitalised(k + 1)
                    && !AFTER_NOUN.contains(t.lower[k + 1]) && !HEAD_ENDS.contains(t.lower[k + 1])
                    && !Tense.adverb(t.lower[k + 1])) {
                continue;
            }
            // "won the presidency in a runoff": a word after an article is a noun whatever its entry says
            // ("the 12.8 percent fall": and after its figure)
            // ("His arrest on Wednesday": and after a possessive pronoun)
            if (h != null && !h.noun() && h.object() < 0 && (t.wordIs(k - 1, "a") || t.wordIs(k - 1, "an") || t.wordIs(k - 1, "the")
                    || t.wordIs(k - 1, "percent") || t.is(k - 1, '%') || POSSESSIVES.contains(t.w(k - 1)))) {
                h = new Triggers.Hit(h.kind(), h.strength(), h.lemma(), true);
            }
            if (h != null && !h.noun() && ClauseDates.participle(t, k)) continue; // "over flooded areas"
            boolean context = TriggerContext.knows(t, k);
            Triggers.Hit v = context && (h == null || !h.noun()) ? TriggerContext.office(triggers, t, k) : null;
            if (v == null) v = triggers.withObject(t, k, h);
            if (v == null && h != null && h.strength() == 0) h = null; // a light verb with no happening for object
            if (v != null) {
                h = v;
                for (int o = k + 1; o <= v.object() && o < b; o++) absorbed[o - a] = true;
                if (objects == null) objects = new java.util.HashSet<>();
                objects.add(t.lower[v.object()]);
            } else if (h != null && h.noun() && objects != null && objects.contains(t.lower[k])) {
                continue; // "filed a lawsuit ..., the third such lawsuit": the same happening again
            }
            if (h != null || context) h = TriggerContext.withSubject(triggers, t, k, h, inDate, a);
            if (h == null) continue;
            if (h.noun()) {
                if (ClauseDates.modifier(t, k)) continue; // "coup leader", "crash site"
                int o = TriggerContext.occurrence(t, k, b);
                if (o > 0) h = new Triggers.Hit(h.kind(), h.strength(), h.lemma(), true, o); // dated at its verb
            }
            double background = ClauseDates.background(t, k, h.noun()) ? 0.3 : 0; // "ending weeks of fighting", "years of rule"
            // "the result of last week's election", "the 2017 election": a noun with its own date before it
            int own = -1;
            if (h.noun()) {
                for (int q = 0; q < nd; q++) {
                    int to = dates.get(q).to();
                    if (to > k || k - to > 3) continue;
                    boolean modifier = true;
                    for (int j = to; j < k; j++) {
                        modifier &= t.is(j, '\'') || t.is(j, '\u2019') || t.wordIs(j, "s")
                                || t.isWord(j) && !t.capitalised(j) && !t.wordIs(j, "on") && !t.wordIs(j, "in")
                                && !t.wordIs(j, "and") && !t.wordIs(j, "or"); // (not "in 1957 and the meltdown")
                    }
                    if (modifier) own = q;
                }
            }
            for (int q = 0; q < nd; q++) {
                TemporalTagger.Found d = dates.get(q);
                if (q >= nd - derived && k < d.from()) continue; // "a day after X asked": only what follows
                // ... within its aside: "On August 26, two weeks after the end of the war, Russia recognised" is the
                // end of the war's date, not the recognition's
                if (q >= nd - derived && t.is(d.from() - 1, ',') && baseBefore(dates, d.from() - 1)) {
                    int close = t.closingComma(d.from() - 1, 16);
                    if (close >= d.to() && close < k) continue;
                }
                if (d == onlyAt && k != d.from()) continue;
                Integer head = heads.get(d); // "nullified the 2019 presidential election": the election's year only
                // ("won the May 9 election": and the verb whose object it is, which tells that happening)
                // (not one of another kind: "nullified the 2019 presidential election" is no election of 2019)
                if (head != null && head != k && !(h.object() == head && sameKindAt(t, head, h))) continue;
                int dist = distance(at, a, k, d);
                if (h.object() >= 0 && h.object() < b) dist = Math.min(dist, distance(at, a, h.object(), d));
                // a lead's verb and its sentence's only date may lie far apart, past a long object ("troops freed
                // Betancourt, three U.S. contractors and 11 Colombian police and soldiers from FARC rebels on Wednesday")
                boolean lone = told == 1 && k < d.from() && !h.noun() && Triggers.pastForm(t.lower[k]);
                // "Earlier yesterday the head of the military council's political committee, Omar Zain al-Abideen,
                // told reporters": a date opening the sentence dates its main verb of saying, the first verb after it,
                // however long the subject between them
                if (!h.noun() && h.kind() == EventKind.STATEMENT && k > d.to()
                        && opens[q] && firstVerbAfter(t, d, k)) {
                    dist = Math.min(dist, 4);
                }
                if (dist > (lone ? LONE_WINDOW : WINDOW)) continue;
                // nearer is likelier; past a dozen words a lone trigger and date still pair, less surely
                double score = h.strength() - 0.035 * Math.min(dist, 12) - 0.012 * Math.max(0, dist - 12) - penalty[q]
                        - background;
                // ("have camped outside the ministry since Saturday": a perfect's "since" is when it began, no state's
                // start told aside)
                // (not a saying, whose "since" may be another phrase's: "have said labour reforms since 2021
                // protect", nor a verb of a state: "a building that has stood empty since 1998")
                boolean since = k < d.from() && perfectSince(t, k, d);
                if (since && h.kind() != EventKind.STATEMENT && !STATES.contains(t.lower[k])) {
                    score += SINCE_PENALTY;
                }
                if (quoted[k - a] != quoted[Math.min(d.from(), b - 1) - a]) score -= 0.6;
                if (own >= 0 && q != own) score -= 0.4; // that noun is dated by its own date, not this one
                // "on August 26, two weeks after the end of the war": the date is told relative to the later trigger
                // (not past that phrase, closed by a comma: "On Monday, after a day of consultations with members of
                // parliament, Mr Aoun named Nawaf Salam": the main clause's verb)
                int aside = k >= d.to() && opens[q] ? ClauseDates.frontedAside(t, d, k) : -1;
                int past = aside > 0 ? aside + 1 : d.to();
                // ("since 2019, when protesters toppled the government": a clause of the date's own dates its verb)
                boolean whenClause = t.is(d.to(), ',') && t.wordIs(d.to() + 1, "when");
                boolean sinceDate = t.wordIs(d.from() - 1, "since");
                if (whenClause && k > d.to() + 1) {
                    past = Math.max(past, d.to() + 2);
                    // (a "since" date's state starts there; the clause's own happening is no state)
                    if (sinceDate) score += SINCE_PENALTY;
                }
                if (k >= d.to() && ClauseDates.marked(marks, past, k, 1)) score -= 0.3;
                // "Tensions had grown since March last year, when a girl was shot dead": what grew since then is a state;
                // the clause after ", when" tells that date's happening
                if (whenClause && sinceDate && k < d.from()) score -= 0.4;
                // "the schoolgirls released by Boko Haram on Saturday were received ... yesterday": a date closing a
                // participle's clause before the main verb is the participle's
                if (k >= d.to() && participle[q]) score -= 0.3;
                // "shaken by protests since the commission announced X on May 27": the date is the later clause's
                // ("have camped outside the ministry since Saturday": a perfect's "since" dates its start)
                if (k < d.from() && ClauseDates.relatedBefore(t, marks, k + 1, d.from()) && !since) {
                    score -= 0.3;
                }
                // "started in 1976, and launched the store in 2003": a clause boundary lies between them
                int from = Math.min(k, past);
                int to = Math.max(k, d.from());
                if (to > from && ClauseDates.marked(marks, from, to, -1)) score -= 0.3;
                // "fled on Wednesday and resigned on Thursday": each verb of a coordination keeps its own date
                // ("drove into the square on Wednesday and rammed the gate": a verb whose own part has no date
                // shares its neighbour's)
                if (ands.length > 0 && ClauseDates.coordinated(ands, k < d.from() ? k + 1 : d.to(), k < d.from() ? d.from() : k)
                        && (ClauseDates.ownPartDated(ands, k, d, dates, a, b) || ClauseDates.punctuated(t, from, to))) {
                    score -= 0.3;
                }
                // "the fire at Windscale in 1957 and the partial meltdown at Three Mile Island on March 28, 1979": a
                // noun after "and" is dated in its own phrase, not by the date closing the phrase before it
                if (h.noun() && k > d.to() && ClauseDates.nounAfterAnd(t, d.to(), k) && ClauseDates.datedAfter(t, dates, k, b)) {
                    score -= 0.3;
                }
                if (h.kind() == EventKind.STATEMENT && d.from() > k && t.wordIs(k + 1, "that")) score -= 0.3;
                // "argued again last December, after the death of Vinson in September": a noun in a phrase opened by
                // a comma and "after" or "before" is not dated by the clause's date before it
                if (h.noun() && k > d.to() && t.is(d.to(), ',') && ASIDE_OPENERS.contains(t.w(d.to() + 1))) {
                    score -= 0.4;
                }
                // "signed the final act of the security conference on Friday", "in his address to the conference on
                // Friday": the gathering is where another happening took place, which the date tells
                if (h.noun() && h.kind() == EventKind.MEETING && setting(t, a, k)) score -= 0.4;
                // "took the oath yesterday at a ceremony held behind closed doors": a participle after its noun
                // tells that noun, not the day's happening before it
                if (!h.noun() && k > d.to() && participleOfSetting(t, k)) score -= 0.3;
                // "Dick Fuld, Lehman's chief executive since 1994, said": the aside's date is when his office began
                if (asides[q] != null && (k < asides[q][0] || k > asides[q][1])) score -= 0.5;
                // "the girl whose face became the image of Colombia's volcano disaster, died yesterday": a noun's date
                // follows it in its own phrase, not past a comma and another clause's verb
                if (h.noun() && k < d.from() && ClauseDates.punctuated(t, k, d.from())
                        && PlainVerbs.happening(t, d.from() - 1)) {
                    score -= 0.3;
                }
                // "Haddad, who took over in August last year, cut costs": the date closes a relative clause
                if (k > d.to() && t.is(d.to(), ',') && NarrativeDates.inRelative(t, a, d.from())) score -= 0.3;
                // "Rais, the Muslim leader who led the calls for change, said on Thursday": a trigger in a relative
                // clause set off by commas is not dated by the main clause's date after it
                if (k < d.from() && relativeAsideBefore(t, a, k, d.from())) score -= 0.3;
                // "the council met on Wednesday and formally declared the presidency vacant": what it decided
                if (h.kind() == EventKind.MEETING && !h.noun() && decidedAfter(t, k, b)) score -= 0.3;
                // "had said in an interview on Monday that he would arrest X": the date is the saying's
                if (k > d.to() && NarrativeDates.reportedAfter(t, a, d.to(), k)) score -= 0.5;
                // ... and "said on Wednesday he would not sign the bill": no "that", the same
                else if (k > d.to() && NarrativeDates.saidBefore(t, a, d.from(), d.to(), k)) score -= 0.5;
                if (t.lower[k].endsWith("ing") && !h.noun()) {
                    String pw = t.w(k - 1);
                    boolean progressive = pw.equals("was") || pw.equals("were") || pw.equals("is") || pw.equals("are")
                            || pw.equals("been") || pw.equals("be")
                            || pw.equals("after") || pw.equals("before") || pw.equals("since"); // "a day after ousting"
                    // "Sentencing is set for 11 July", "the bombing": a noun; "continue discussing" names nothing
                    // ("this week's devastating earthquake": an adjective before its noun)
                    boolean noun = (Triggers.DETERMINERS.contains(pw) || t.isApostrophe(k - 1) || t.wordIs(k - 1, "s")
                            || k == a) && (!t.isWord(k + 1) || AFTER_NOUN.contains(t.w(k + 1)));
                    // "fired into the cubicle before dawn on Feb. 14, killing the model": the harm a clause
                    // after a comma tells is that day's happening
                    boolean result = t.is(k - 1, ',') && (h.kind() == EventKind.MILITARY || h.kind() == EventKind.DISASTER);
                    if (!progressive && !noun && !result) continue;
                    if (result && !progressive) score -= 0.4; // only when no verb of its own tells that day
                }
                pairs.add(new EventAssembly.Pair(d, q, cal[q], k, h, score));
            }
        }
        pairs.sort((x, y) -> Double.compare(y.score(), x.score()));
        if (pairs.isEmpty() || pairs.get(0).score() < 0.25) {
            // a day lent to the main verb dates that verb alone, a plain one of undecided kind
            if (onlyAt == null) {
                double[] plain = penalty;
                if (!heads.isEmpty()) { // a year of a happening noun dates no plain verb
                    plain = penalty.clone();
                    for (int q = 0; q < nd; q++) if (heads.containsKey(dates.get(q))) plain[q] = 1;
                }
                PlainEvents.first(triggers, t, s, sen, dates, cal, plain, told == 1, ms, inMention, inDate, subjects,
                        out);
                // "Kristjan Eldjarn, president since 1968, ...": the start of a state the sentence tells
                for (int q = 0; q < nd; q++) { // (null unless "since" opens the date)
                    ExtractedEvent e = PlainEvents.since(triggers, t, s, sen, dates.get(q), q, cal[q], ms, inDate,
                            inMention, subjects, asides[q] != null ? ms.get(asides[q][2]) : null);
                    if (e != null) out.add(e);
                }
            } else if (PlainVerbs.happening(t, onlyAt.from())) {
                int q = dates.indexOf(onlyAt);
                ExtractedEvent e = PlainEvents.event(triggers, t, s, sen, onlyAt, q, cal[q], onlyAt.from(), ms, inDate,
                        subjects);
                if (e != null) out.add(e);
            }
            return;
        }
        int first = out.size();
        boolean[] usedTrigger = new boolean[b - a];
        boolean[] usedDate = new boolean[nd];
        TimeValue[] values = new TimeValue[MAX_PER_SENTENCE];
        String[] doers = new String[MAX_PER_SENTENCE];
        EventKind[] kinds = new EventKind[MAX_PER_SENTENCE];
        int[] triggerAt = new int[MAX_PER_SENTENCE];
        int n = 0;
        for (EventAssembly.Pair p : pairs) {
            if (n >= MAX_PER_SENTENCE || p.score() < 0.25) break;
            // ("accepted the ceasefire on Wednesday while Syria fought on": what went on meanwhile shares the day)
            if (usedTrigger[p.trigger() - a] || usedDate[p.di()] && !meanwhile(t, p.date(), p.trigger())) continue;
            EntityRecognizer.Mention subject = !p.hit().noun() ? subjects.of(a, p.trigger(), inDate, ms)
                    : EventActors.relative(t, a, p.trigger(), ms);
            EntityRecognizer.Mention partner = !p.hit().noun() && subject != null ? subjects.partner : null;
            // "Khosrowshahi, who took over from Kalanick": the person a "who" before the verb stands for
            if (subject == null && !p.hit().noun() && t.wordIs(p.trigger() - 1, "who")) subject = EventActors.relative(t, a, p.trigger(), ms);
            if (subject == null && p.hit().noun()) subject = subjects.possessor(a, p.trigger());
            // "Late on Monday the storm strengthened": the storm the text named before
            if (subject == null && p.hit().noun() && t.wordIs(p.trigger() - 1, "the") && t.in(p.trigger(), STORM_WORDS)) {
                subject = subjects.story.namedStorm(p.trigger());
            }
            // ("Portugal changed after the death of Salazar": a death is the named person's, no one else's)
            // "Mali and Burkina Faso said in a joint statement": the sayer's
            if (subject == null && p.hit().noun() && !TriggerPhrases.deathOf(t, p.trigger(), p.hit())) {
                int v = NounVerbs.governing(t, a, p.trigger());
                if (v < 0) v = NounVerbs.aspectOf(t, a, p.trigger()); // "NATO aircraft began bombing"
                // "ECOWAS has called an extraordinary summit": the subject of the verb whose object it is
                if (v < 0) v = NounVerbs.objectOf(t, a, p.trigger());
                if (v < 0) v = NounVerbs.settingOf(t, a, p.trigger(), inDate); // "won a third term in an October election"
                if (v >= 0) subject = subjects.of(a, v, inDate, ms);
                // ("Anderson arrived to see the damage done by Monday's earthquake": a person sees a disaster, the
                // verb's subject does not make it)
                if (subject != null && EventAssembly.witnessOnly(p.hit(), subject)) subject = null;
            }
            // "a judge ordered his release": the person whose happening its object is (the word after the verb when
            // no object is known), when no name does it
            boolean undergoes = false; // whether the subject is the person the object is of, no doer
            if (subject == null && !p.hit().noun()) {
                subject = subjects.possessor(p.trigger() + 1, p.hit().object() > p.trigger() ? p.hit().object() : p.trigger() + 2);
                // (a person's "his" or "her"; "its" or "their" is mostly the doer's own: "the commission is to hold
                // its first meeting")
                undergoes = subject != null && personalPossessive(t, p.trigger() + 1, p.trigger() + 4);
            }
            Triggers.Hit read = TriggerReadings.bySubject(p.hit(), subject);
            if (read != p.hit()) p = new EventAssembly.Pair(p.date(), p.di(), p.when(), p.trigger(), read, p.score(), p.from());
            // "Kim flew in on Sunday, while Trump landed that evening": a second telling of the same day is
            // another happening only when another actor does it
            // (one naming nobody is another happening still when it is of another kind in a clause of its own: "14
            // ministers told Suharto on Wednesday evening ..., and Rais called off a rally planned for the same day")
            boolean seen = false;
            for (int q = 0; q < n; q++) {
                seen |= values[q].equals(p.when()) && (subject == null ? kinds[q] == p.hit().kind()
                        || !ClauseDates.marked(marks, Math.min(triggerAt[q], p.trigger()), Math.max(triggerAt[q], p.trigger()), -1)
                        : subject.canonical.equals(doers[q]));
            }
            if (seen) continue;
            values[n] = p.when();
            kinds[n] = p.hit().kind();
            triggerAt[n] = p.trigger();
            doers[n] = subject != null ? subject.canonical : null;
            usedTrigger[p.trigger() - a] = true;
            usedDate[p.di()] = true;
            String phrase = subject != null || p.hit().noun() || EventActors.actorBefore(t, ms, p.trigger()) ? null
                    : subjects.phrase(a, p.trigger(), inDate);
            ExtractedEvent made = EventAssembly.event(t, s, sen, p, ms, subject, phrase, subjects, marks);
            // ("Protesters demanded his resignation": the title's doer is the clause's own subject phrase, not the
            // person whose resignation it is)
            String doer = undergoes && !EventActors.actorBefore(t, ms, p.trigger()) ? subjects.phrase(a, p.trigger(), inDate)
                    : null;
            if (undergoes && doer == null) doer = bareSubject(t, ClauseDates.afterDateline(t, a), p.trigger(), inMention);
            if (doer != null && Character.isUpperCase(doer.charAt(0)) == t.capitalised(a) && !doer.isBlank()) {
                String title = EventAssembly.event(t, s, sen, p, ms, null, doer, subjects, marks).title();
                made = new ExtractedEvent(made.kind(), title, made.when(), made.confidence(), made.participants(),
                        made.sentence(), made.offset(), made.length(), made.dateText());
            }
            if (partner != null) made = EventAssembly.withPartner(made, subject, partner);
            if (TriggerPhrases.FOLLOW_SUIT.equals(p.hit().lemma())) {
                made = followingSuit(t, s, sen, made, out);
                if (made == null) continue;
            }
            out.add(made);
            n++;
        }
        // "Mubarak, vice-president since 1975, was nominated": the aside's office began then, the named person's
        for (int q = 0; q < nd && n < MAX_PER_SENTENCE; q++) {
            if (usedDate[q] || asides[q] == null) continue;
            ExtractedEvent e = PlainEvents.since(triggers, t, s, sen, dates.get(q), q, cal[q], ms, inDate, inMention,
                    subjects, ms.get(asides[q][2]));
            if (e == null) continue;
            out.add(e);
            usedDate[q] = true;
            values[n++] = cal[q];
        }
        if (n == 1 && marks.length > 0) {
            EventAssembly.Pair q = coordinateClause(t, a, b, marks, pairs.get(0), inDate, usedTrigger);
            if (q != null) {
                EntityRecognizer.Mention subject = subjects.of(a, q.trigger(), inDate, ms);
                if (subject != null) out.add(EventAssembly.event(t, s, sen, q, ms, subject, null, subjects, marks));
            }
        }
        // "Moon met Kim on 27 April and again on 26 May": the happening told before, again on another day
        for (int q = 0; q < nd && n < MAX_PER_SENTENCE && out.size() > first; q++) {
            TemporalTagger.Found d = dates.get(q);
            if (usedDate[q] || dates.get(q) == onlyAt || !again(t, d.from())) continue;
            boolean seen = false;
            for (int r = 0; r < n; r++) seen |= values[r].equals(cal[q]);
            if (seen) continue;
            // (the happening told last before "again": "were argued in December 1952 and again last December, after
            // the death of Vinson in September" is the arguing's)
            int last = -1;
            for (int r = 0; r < n; r++) {
                if (triggerAt[r] < d.from() && (last < 0 || triggerAt[r] > triggerAt[last])) last = r;
            }
            ExtractedEvent before = out.get(first + Math.max(last, 0));
            String text = t.text.substring(t.start[d.from()], t.end[d.to() - 1]);
            out.add(new ExtractedEvent(before.kind(), before.title(), cal[q], Math.round(before.confidence() * 90) / 100.0,
                    before.participants(), before.sentence(), before.offset(), before.length(), text));
            usedDate[q] = true;
            values[n++] = cal[q];
        }
        // "It meets Morocco on Saturday and West Germany on 10 June": the happening told before, with another
        // participant on another day
        for (int q = 0; q < nd && n < MAX_PER_SENTENCE && out.size() > first; q++) {
            TemporalTagger.Found d = dates.get(q);
            if (usedDate[q] || dates.get(q) == onlyAt) continue;
            EntityRecognizer.Mention other = ellipticObject(t, d.from(), ms);
            if (other == null) continue;
            ExtractedEvent before = out.get(first);
            boolean seen = false;
            for (int r = 0; r < n; r++) seen |= values[r].equals(cal[q]);
            if (seen || before.participants().isEmpty() || before.participants().get(0).equals(other.canonical)) continue;
            if (before.participants().contains(other.canonical)) { // the later name is the later day's, not the first's
                List<String> kept = new ArrayList<>(before.participants());
                kept.remove(other.canonical);
                before = new ExtractedEvent(before.kind(), before.title(), before.when(), before.confidence(), kept,
                        before.sentence(), before.offset(), before.length(), before.dateText());
                out.set(first, before);
            }
            // the doer (the first participant, when the title opens on it) with the new one; the title names the new
            // one instead of the old
            String doer = before.participants().get(0);
            boolean leads = before.title().startsWith(doer.substring(doer.lastIndexOf(' ') + 1))
                    || before.title().startsWith(doer);
            List<String> parts = leads ? new ArrayList<>(List.of(doer, other.canonical))
                    : new ArrayList<>(List.of(other.canonical));
            String title = before.title();
            for (String p : before.participants().subList(leads ? 1 : 0, before.participants().size())) {
                String last = p.substring(p.lastIndexOf(' ') + 1);
                String named = title.contains(p) ? p : title.contains(last) ? last : null;
                if (named == null) continue;
                // (and the title before the old name: "President Georges Pompidou")
                int where = title.indexOf(named);
                int sp = title.lastIndexOf(' ', where - 2);
                String word = where > 1 ? title.substring(sp + 1, where - 1) : "";
                if (!word.isEmpty() && NameWords.HEAD.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                    named = word + " " + named;
                }
                title = title.replace(named, other.canonical);
            }
            if (title.equals(before.title())) title = before.title() + " and " + other.canonical;
            String text = t.text.substring(t.start[d.from()], t.end[d.to() - 1]);
            out.add(new ExtractedEvent(before.kind(), title, cal[q], Math.round(before.confidence() * 90) / 100.0,
                    parts, before.sentence(), before.offset(), before.length(), text));
            usedDate[q] = true;
            values[n++] = cal[q];
        }
        // "was launched in March 2004 and reached the comet in August": a date no trigger took still dates the
        // plain past verb nearest to it, less surely
        for (int q = 0; q < nd && n < MAX_PER_SENTENCE; q++) {
            if (usedDate[q] || !PlainEvents.date(cal[q], penalty[q]) || dates.get(q) == onlyAt
                    || heads.containsKey(dates.get(q))) {
                continue;
            }
            boolean seen = false;
            for (int r = 0; r < n; r++) seen |= values[r].equals(cal[q]);
            TemporalTagger.Found d = dates.get(q);
            ExtractedEvent e = seen ? null : PlainEvents.occasion(triggers, t, s, sen, d, q, cal[q], ms, inDate, subjects);
            int v = seen || e != null ? -1
                    : PlainVerbs.near(t, a, b, d.from(), d.to(), inMention, inDate, usedTrigger, told == 1);
            if (v >= 0) e = PlainEvents.event(triggers, t, s, sen, d, q, cal[q], v, ms, inDate, subjects);
            if (e == null) continue;
            values[n++] = cal[q];
            out.add(e);
        }
        // "who has been president since 1968": the start of a state the sentence tells
        for (int q = 0; q < nd && n < MAX_PER_SENTENCE; q++) {
            if (usedDate[q] || dates.get(q) == onlyAt) continue;
            ExtractedEvent e = PlainEvents.since(triggers, t, s, sen, dates.get(q), q, cal[q], ms, inDate, inMention,
                    subjects);
            if (e == null) continue;
            values[n++] = cal[q];
            out.add(e);
        }
    }

    /** Whether the happening noun at k is of the kind of the hit h whose object it is ("won the May 9 election"). */
    private boolean sameKindAt(Tokens t, int k, Triggers.Hit h) {
        Triggers.Hit n = triggers.at(t, k);
        return n != null && n.kind() == h.kind();
    }

    /** Whether "his" or "her" stands among the tokens [from, to). */
    private static boolean personalPossessive(Tokens t, int from, int to) {
        for (int j = from; j < to; j++) if (t.wordIs(j, "his") || t.wordIs(j, "her")) return true;
        return false;
    }

    /**
     * The words from a sentence's start to its verb at k when they are a subject of people with no determiner:
     * "Protesters", "Thousands of protesters", "Riot police" (at most four words, no name, ending in a plural or a
     * noun of people); null otherwise.
     */
    private static String bareSubject(Tokens t, int from, int k, boolean[] inMention) {
        // ("Protesters stormed his residence and demanded his resignation": a verb after "and" shares the subject of
        // the first verb)
        if (k - from > 4 && t.wordIs(k - 1, "and")) {
            int v = from + 1;
            while (v < k && v - from <= 4 && !(t.isWord(v) && !t.capitalised(v) && Triggers.pastForm(t.lower[v]))) v++;
            if (v < k && v - from <= 4) k = v;
        }
        if (k - from < 1 || k - from > 4) return null;
        for (int j = from; j < k; j++) if (!t.isWord(j) || inMention[j] || j > from && t.capitalised(j)) return null;
        String last = t.lower[k - 1];
        boolean people = SubjectNouns.ACTING.contains(last) || SubjectNouns.ROLE_GROUPS.contains(last)
                || last.equals("police") || Lexicon.get().personNouns.contains(last);
        return people ? t.text.substring(t.start[from], t.end[k - 1]) : null;
    }

    /** Words that open an apposition after a name: "Clinton, the first American president to ...,". */
    private static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an");

    /**
     * Whether the trigger at k lies in an aside set off by commas that holds a relative pronoun before k, or opens as
     * an apposition after a name, and closes before the date at {@code date} (", the Muslim leader who led the calls
     * for change, said on Thursday"; ", the first American president to visit Vietnam since the war, told").
     */
    private static boolean relativeAsideBefore(Tokens t, int a, int k, int date) {
        int close = -1;
        for (int j = k + 1; j < date; j++) {
            if (t.is(j, ',')) {
                close = j;
                break;
            }
            if (!t.isWord(j) && !t.isNum(j) && !t.isApostrophe(j) && !t.isDash(j)) return false;
        }
        if (close < 0) return false;
        boolean relative = false;
        boolean joined = false;
        // ("President Clinton, the first American president to visit Vietnam since the end of the war, told
        // students on Friday": so is an apposition after a name, when its verb follows it and no "and" joins the
        // trigger to it: "the producer of the iPod and launched the store, an online shop, on April 28" is no aside)
        boolean verbAfter = t.isWord(close + 1) && !t.capitalised(close + 1)
                && !APPOSITION_OPENERS.contains(t.w(close + 1));
        for (int j = k - 1; j >= a && k - j <= 15; j--) {
            joined |= t.wordIs(j, "and") || t.wordIs(j, "or") || t.wordIs(j, "but");
            if (t.is(j, ',')) return relative || !joined && verbAfter && j > a && t.capitalised(j - 1)
                    && APPOSITION_OPENERS.contains(t.w(j + 1));
            if (t.wordIs(j, "who") || t.wordIs(j, "which") || t.wordIs(j, "whose")) relative = true;
            if (!t.isWord(j) && !t.isApostrophe(j) && !t.isDash(j) && !t.isNum(j)) return false;
        }
        return false;
    }

    /**
     * "... and West Germany on 10 June": the name right after "and" (or "and then") that a date at i follows, with
     * only "on" or "in" between, else null. The clause has no verb of its own: the one before is meant again.
     */
    private static EntityRecognizer.Mention ellipticObject(Tokens t, int i, List<EntityRecognizer.Mention> ms) {
        if (!t.wordIs(i - 1, "on") && !t.wordIs(i - 1, "in")) return null;
        int end = i - 1;
        // ("... and Heath in London on Friday": past the place where it happens)
        for (EntityRecognizer.Mention m : ms) {
            if (m.to == end && m.kind == ParticipantKind.PLACE && (t.wordIs(m.from - 1, "in") || t.wordIs(m.from - 1, "at"))
                    && !t.wordIs(m.from - 2, "and")) {
                end = m.from - 1;
                break;
            }
        }
        for (EntityRecognizer.Mention m : ms) {
            if (m.to != end || m.canonical == null || !isActor(m)) continue;
            int k = m.from - 1;
            // ("and Prime Minister Edward Heath": past the title before the name)
            while (k > 0 && m.from - k <= 3 && t.isWord(k) && NameWords.HEAD.contains(t.lower[k])) k--;
            if (t.wordIs(k, "prime") || t.wordIs(k, "vice")) k--;
            if (t.wordIs(k, "the")) k--;
            if (t.wordIs(k, "then")) k--;
            return t.wordIs(k, "and") ? m : null;
        }
        return null;
    }

    /** Whether the date at i is told as a happening's repetition: "again on 26 May", "and once more in May". */
    private static boolean again(Tokens t, int i) {
        int k = t.wordIs(i - 1, "on") || t.wordIs(i - 1, "in") || t.wordIs(i - 1, "at") ? i - 2 : i - 1;
        return t.wordIs(k, "again") || t.wordIs(k, "more") && t.wordIs(k - 1, "once");
    }

    /**
     * "Congress voted on Wednesday to remove Castillo ..., and Vice President Dina Boluarte was sworn in": a
     * clause joined by ", and" after the dated one, with a named subject and no date of its own, happened on the
     * same date. Returns its strong verb paired with that date (less surely), or null.
     */
    private EventAssembly.Pair coordinateClause(Tokens t, int a, int b, int[] marks, EventAssembly.Pair main, boolean[] inDate, boolean[] used) {
        for (int m : marks) {
            if (m == 0) break;
            int j = -m - 1; // a clause boundary (", and"); relating words are positive
            if (m > 0 || j <= main.trigger() || j <= main.date().to()) continue;
            for (int k = j + 1; k < b; k++) if (inDate[k - a]) return null; // the clause has its own date
            boolean named = t.isWord(j + 2) && t.capitalised(j + 2);
            for (int k = j + 2; k < b && k <= j + 10; k++) {
                if (used[k - a] || t.capitalised(k) || !t.isWord(k)) continue;
                Triggers.Hit h = triggers.at(t, k);
                // "..., and Prime Minister Brian Mulroney telephoned him": a plain past right after the name the
                // clause opens on is its happening, of undecided kind
                boolean afterName = named && t.capitalised(k - 1);
                named = false;
                if (h == null && afterName && PlainVerbs.happening(t, k)) {
                    h = new Triggers.Hit(EventKind.OTHER, 0.85, triggers.base(t.lower[k]), false);
                    return new EventAssembly.Pair(main.date(), main.di(), main.when(), k, h, 0.3, j + 1);
                }
                if (h == null) continue;
                if (h.noun() || h.strength() < 0.85 || ClauseDates.participle(t, k)) break; // the next clause may tell one
                Triggers.Hit o = triggers.withObject(t, k, h); // "and Hamilton won the British Grand Prix": a contest
                return new EventAssembly.Pair(main.date(), main.di(), main.when(), k, o != null ? o : h, 0.3, j + 1);
            }
        }
        return null;
    }

    /**
     * Whether a year used as a modifier names the year of a happening: "the 1980 Gwangju pro-democracy uprising",
     * "the 2016 coup attempt", unlike "the 2021-2022 consultations plan" or "the 2018 World Cup" (a name). The head of
     * its noun phrase, past names and compounds, within five words, is a happening noun.
     */
    private int happeningAfter(Tokens t, int from, int b) {
        for (int k = from; k < b && k < from + 6; k++) {
            if (!t.isWord(k)) {
                if (t.isDash(k) && t.glued(k)) continue;
                return -1;
            }
            if (t.capitalised(k)) continue;
            if (t.isWord(k + 1) && !t.capitalised(k + 1) && !t.isDash(k + 1)) {
                // ("the 1982 war over the Falklands", "the 1982 war killed 900": a preposition or a past verb after
                // the head)
                if (AFTER_NOUN.contains(t.lower[k + 1]) || HEAD_ENDS.contains(t.lower[k + 1])
                        || Triggers.pastForm(t.lower[k + 1]) && !t.lower[k].endsWith("ed")) {
                    return isHappening(t, k) ? k : -1;
                }
                continue; // "pro-democracy uprising": a modifier before its head
            }
            if (t.isDash(k + 1) && t.glued(k + 1)) continue;
            return isHappening(t, k) ? k : -1;
        }
        return -1;
    }

    /**
     * Whether the gathering noun at k closes a phrase "of / to / at the ..." after a trigger of another kind in its
     * clause: "signed the final act of the European security conference", "his address to the conference".
     */
    private boolean setting(Tokens t, int a, int k) {
        int j = k - 1;
        while (j > a && k - j <= 4 && t.isWord(j) && !SETTING_PREPS.contains(t.lower[j])) j--;
        if (!t.isWord(j) || !SETTING_PREPS.contains(t.lower[j]) || !Triggers.DETERMINERS.contains(t.w(j + 1))) return false;
        for (int q = j - 1; q >= a && j - q <= 12; q--) {
            if (t.is(q, ',') || t.is(q, ';')) return false;
            Triggers.Hit o = t.isWord(q) ? triggers.at(t, q) : null;
            if (o != null && o.kind() != EventKind.MEETING && o.strength() >= 0.6) return true;
        }
        return false;
    }

    private static final Set<String> SETTING_PREPS = Set.of("of", "to", "at");

    /**
     * "at a ceremony held", "in the elections held": a past participle right after a preposition's determiner and
     * noun (not "the government said", a subject and its verb).
     */
    private static boolean participleOfSetting(Tokens t, int k) {
        return Triggers.pastForm(t.lower[k]) && t.isWord(k - 1) && !t.capitalised(k - 1)
                && (t.wordIs(k - 2, "a") || t.wordIs(k - 2, "an") || t.wordIs(k - 2, "the"))
                && t.isWord(k - 3) && PREPOSITIONS.contains(t.lower[k - 3])
                && !Triggers.pastForm(t.lower[k - 1]) && !IrregularVerbs.PAST.containsKey(t.lower[k - 1]);
    }

    /** Prepositions only ("before the two travelled" opens a clause of its own). */
    private static final Set<String> PREPOSITIONS = Set.of("at", "in", "on", "during", "from", "of", "to", "for",
            "with", "by", "into", "through");

    /**
     * Whether "while" opens, after the date, the clause of the verb at k: "on Wednesday while Syria fought on",
     * "took the oath yesterday at a ceremony ..., while his predecessor, Salome Zourabichvili, left the palace".
     */
    private static boolean meanwhile(Tokens t, TemporalTagger.Found d, int k) {
        for (int w = k - 1; w >= d.to() && k - w <= 12; w--) if (t.wordIs(w, "while")) return true;
        return false;
    }

    private boolean isHappening(Tokens t, int k) {
        Triggers.Hit h = triggers.at(t, k);
        return h != null && h.noun() && h.kind() != EventKind.STATEMENT && h.kind() != EventKind.MEETING
                && h.kind() != EventKind.ECONOMIC;
    }

    /**
     * Whether the word at k counts a result after a number: "by four votes to three", "by 190 votes", "won 52 votes
     * against 41".
     */
    private static boolean tally(Tokens t, int k) {
        // (a plural counted, not "the two travelled to Zagreb")
        boolean number = t.isNum(k - 1) || t.isWord(k - 1) && DatePatterns.NUMBERS.containsKey(t.lower[k - 1]);
        return number && t.lower[k].endsWith("s") && !t.wordIs(k - 2, "the")
                && (t.wordIs(k - 2, "by") || t.wordIs(k + 1, "to") || t.wordIs(k + 1, "against"));
    }

    /** Whether "and" then a verb naming another kind of happening follows a meeting verb at k in its sentence. */
    private boolean decidedAfter(Tokens t, int k, int b) {
        for (int j = k + 1; j < b && j <= k + 8; j++) {
            if (t.is(j, ';') || t.is(j, ',')) return false;
            if (!t.wordIs(j, "and")) continue;
            int v = t.isWord(j + 1) && t.lower[j + 1].endsWith("ly") ? j + 2 : j + 1; // "and formally declared"
            Triggers.Hit h = v < b && t.isWord(v) && !t.capitalised(v) ? triggers.at(t, v) : null;
            return h != null && !h.noun() && h.kind() != EventKind.MEETING && h.strength() >= 0.6;
        }
        return false;
    }

    /**
     * Whether the verb at k is a perfect ("have camped", "has held", "had stood", "have been marching") whose date is
     * "since" a day or month: when what it tells began, not a comparison ("their first title since 1908").
     */
    private static boolean perfectSince(Tokens t, int k, TemporalTagger.Found d) {
        // (not an office held since then: "has ruled Samoa since 1982", which is its start's own event)
        if (!t.wordIs(d.from() - 1, "since")) return false;
        // ("have been protesting outside parliament since Monday": a perfect's progressive, too)
        int h = t.lower[k].endsWith("ing") && t.wordIs(k - 1, "been") ? k - 2 : k - 1;
        if (h == k - 1 && (!Triggers.pastForm(t.lower[k]) || PlainEvents.LEADING.contains(t.lower[k]))) return false;
        String p = t.w(h);
        return p.equals("have") || p.equals("has") || p.equals("had");
    }

    /** Whether the verb at k is the first past verb after the date d, outside names and quotations. */
    private static boolean firstVerbAfter(Tokens t, TemporalTagger.Found d, int k) {
        for (int j = d.to(); j < k; j++) {
            if (t.is(j, ';') || t.is(j, '"') || t.is(j, '\u201C')) return false;
            if (t.isWord(j) && !t.capitalised(j) && Triggers.pastForm(t.lower[j])) return false;
        }
        return Triggers.pastForm(t.lower[k]);
    }

    /** Whether a date ends right before the comma at c ("On August 26, two weeks after"). */
    private static boolean baseBefore(List<TemporalTagger.Found> dates, int c) {
        for (TemporalTagger.Found o : dates) if (o.to() == c) return true;
        return false;
    }

    private static int distance(int[] at, int a, int k, TemporalTagger.Found d) {
        return d.from() > k ? at[d.from() - a] - at[k - a] : k >= d.to() ? at[k - a] - at[d.to() - 1 - a] : 0;
    }

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");

    private static final WordList STORM_WORDS = WordList.of(EntityRecognizer.STORMS);

    /** Prepositions that close a happening noun's phrase beside {@link #AFTER_NOUN}: "the 1982 war over ...". */
    private static final Set<String> HEAD_ENDS = Set.of("over", "against", "with", "from", "between", "into",
            "across", "during", "after", "before", "and", "to");

    /** Words after an "-ing" happening noun ("the bombing of", "Sentencing is set") or after a name standing alone. */
    static final Set<String> AFTER_NOUN = Set.of("is", "was", "were", "are", "has", "had", "will", "of", "in",
            "at", "on", "near", "by", "that", "which", "for");

    private static final Set<String> BEFORE_VERB = Set.of("will", "would", "to", "did", "could", "can", "may", "must",
            "shall", "should", "might", "ll", "they", "we", "he", "she", "i", "you", "not", "also", "jointly");

    /** "will visit", "to attack", "they protest": a word that is also a noun used as a verb. */
    private static boolean verbContext(Tokens t, int k) {
        String p = t.w(k - 1);
        if (t.lower[k].endsWith("ing") && (p.equals("been") || p.equals("was") || p.equals("were") || p.equals("is")
                || p.equals("are"))) {
            return true; // "has been fighting": a progressive verb
        }
        return BEFORE_VERB.contains(p) && !t.lower[k].endsWith("s");
    }

    /** Words that open, after a comma, a phrase of another happening: "..., after the death of X in September". */
    private static final java.util.Set<String> ASIDE_OPENERS = java.util.Set.of("after", "before", "following");

    static boolean isActor(EntityRecognizer.Mention m) {
        if (m.inTitle || "agency".equals(m.title) || m.canonical == null) return false;
        if (m.kind == ParticipantKind.PLACE) return m.demonym ? m.acting : !m.locative;
        if (m.kind == ParticipantKind.ORGANIZATION && m.weak && !m.repeated) return false;
        return true;
    }

    /** Whether the period a strictly contains b, which is a day or a time, or a month in a year a is. */
    private static boolean holds(TimeValue a, TimeValue b) {
        boolean day = b.precision() == Precision.DAY || b.precision() == Precision.TIME;
        if (b.precision() == Precision.MONTH) return a.precision() == Precision.YEAR && a.covers(b);
        return day && a.precision() != Precision.DAY && a.precision() != Precision.TIME && a.covers(b);
    }

    private static boolean inParens(Tokens t, int k, int from) {
        for (int j = k - 1; j >= from && k - j < 20; j--) {
            if (t.is(j, ')')) return false;
            if (t.is(j, '(')) return true;
        }
        return false;
    }

    static Optional<TimeValue> when(TemporalTagger.Found f) {
        return f.calendar();
    }
}
