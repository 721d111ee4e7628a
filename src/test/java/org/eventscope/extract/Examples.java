package org.eventscope.extract;

import org.eventscope.model.Analysis;
import org.eventscope.model.DateSource;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.ParticipantKind;
import org.eventscope.model.TimeValue;
import org.eventscope.model.Timex;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Helpers for tests written as examples: analyse a sentence "in an article of" a given day. */
final class Examples {
    private Examples() {
    }

    static Analysis analyse(String text, String dct) {
        TimeValue published = dct == null ? null : new TimeValue.Day(LocalDate.parse(dct));
        DocumentInfo info = new DocumentInfo("example.txt", "example", published,
                dct == null ? DateSource.UNKNOWN : DateSource.HEADER, null);
        return new NewsExtractor().analyzeOrThrow(text, info); // a rule's fault fails the test
    }

    /** The value of the date expression {@code expr} as found in {@code text} in an article of {@code dct}. */
    static String value(String text, String dct, String expr) {
        Analysis a = analyse(text, dct);
        for (Timex t : a.timex()) if (t.text().equals(expr)) return t.value();
        throw new AssertionError("no timex \"" + expr + "\" in \"" + text + "\"; found: "
                + a.timex().stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.joining(", ")));
    }

    /** The names of the people an analysis found. */
    static Set<String> people(Analysis a) {
        return a.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON)
                .map(ExtractedParticipant::name).collect(Collectors.toSet());
    }

    /** What the analysis takes the participant of this name for, if it found one. */
    static Optional<ParticipantKind> kindOf(Analysis a, String name) {
        return a.participants().stream().filter(p -> p.name().equals(name)).map(ExtractedParticipant::kind).findFirst();
    }

    /** The events an article of {@code dct} holding {@code text} dates {@code when} (a TimeML value). */
    static List<ExtractedEvent> eventsOn(String text, String dct, String when) {
        return analyse(text, dct).events().stream().filter(e -> e.when().timeml().equals(when)).toList();
    }

    /**
     * The one event such an article dates {@code when}; fails, naming the article's events, when there is not
     * exactly one.
     */
    static ExtractedEvent eventOn(String text, String dct, String when) {
        List<ExtractedEvent> all = analyse(text, dct).events();
        List<ExtractedEvent> on = all.stream().filter(e -> e.when().timeml().equals(when)).toList();
        if (on.size() != 1) throw new AssertionError("events on " + when + " in \"" + text + "\": " + describe(all));
        return on.get(0);
    }

    /** The kind of the one event such an article dates {@code when}; fails when there is not exactly one. */
    static EventKind kindOn(String text, String dct, String when) {
        return eventOn(text, dct, when).kind();
    }

    /** Events as a failed assertion shows them: date, kind, title and participants. */
    static String describe(List<ExtractedEvent> events) {
        return events.stream().map(e -> e.when().timeml() + " " + e.kind() + " \"" + e.title() + "\" " + e.participants())
                .collect(Collectors.joining("; "));
    }
}
