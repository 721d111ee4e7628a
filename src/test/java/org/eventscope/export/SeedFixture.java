package org.eventscope.export;

import org.eventscope.extract.EventMerger;
import org.eventscope.extract.Extractor;
import org.eventscope.extract.MergedEvent;
import org.eventscope.extract.SourcedEvent;
import org.eventscope.ingest.Importer;
import org.eventscope.model.Analysis;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.EventKind;
import org.eventscope.model.ExtractedEvent;
import org.eventscope.model.ExtractedParticipant;
import org.eventscope.model.ParticipantKind;
import org.eventscope.model.TimeValue;
import org.eventscope.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The five seed articles imported for real (file reading, metadata, store), with the events a careful reader finds in
 * them written out by hand, because the extractor is developed elsewhere: the recognition of 26 August 2008 told by
 * three articles, the Georgian offensive dated 7 August by one and 8 August by another (disputed), the Russo-Georgian
 * war as a month, trade growth over three quarters of 2020 as a span, and the 2021 and 2023 meetings.
 */
final class SeedFixture {
    static final String RECOGNITION = "Russia recognises the independence of South Ossetia and Abkhazia";
    static final String OFFENSIVE = "Georgian offensive against South Ossetia";
    static final String WAR = "Russo-Georgian war";

    private SeedFixture() {
    }

    static Path seeds() {
        Path p = Path.of("seeds");
        if (!Files.isDirectory(p)) throw new IllegalStateException("run from the project folder: no seeds/ here");
        return p;
    }

    /** A new store at {@code db} with the seeds and their hand-written events. */
    static Store open(Path db) {
        Store store = Store.open(db);
        new Importer(store, new HandExtractor(), new ByTitleMerger()).importPaths(List.of(seeds()));
        return store;
    }

    private record Spec(String file, EventKind kind, String title, TimeValue when, String sentenceStart, String dateText,
                        List<String> participants) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("000_", EventKind.AGREEMENT, "Lavrov and Medoev sign the 2021–2022 consultations plan",
                    TimeValue.day(2021, 1, 25), "MOSCOW (UrduPoint News / Sputnik - 25th January, 2021) Russian", "on Monday",
                    List.of("Sergey Lavrov", "Dmitry Medoev")),
            new Spec("000_", EventKind.ECONOMIC, "Russia – South Ossetia trade grows by almost 20 percent",
                    new TimeValue.Span(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 9, 30)), "According to the latest available",
                    "the first three quarters of 2020", List.of("Russia", "South Ossetia")),
            new Spec("000_", EventKind.MILITARY, OFFENSIVE, TimeValue.day(2008, 8, 8), "On the night of August 8, 2008",
                    "On the night of August 8, 2008", List.of("Georgia", "South Ossetia")),
            new Spec("000_", EventKind.RECOGNITION, RECOGNITION, TimeValue.day(2008, 8, 26), "On August 26, 2008, Russia",
                    "On August 26, 2008", List.of("Russia", "South Ossetia", "Abkhazia")),
            new Spec("001_", EventKind.MEETING, "Medoev meets Lavrov in Moscow", TimeValue.day(2021, 1, 25),
                    "South Ossetia appreciates", "on Monday", List.of("Dmitry Medoev", "Sergey Lavrov")),
            new Spec("001_", EventKind.MILITARY, OFFENSIVE, TimeValue.day(2008, 8, 7), "On August 7, 2008, Georgia",
                    "On August 7, 2008", List.of("Georgia", "South Ossetia")),
            new Spec("001_", EventKind.RECOGNITION, RECOGNITION, TimeValue.day(2008, 8, 26), "Moscow recognized the independence of South Ossetia on",
                    "on August 26, 2008", List.of("Russia", "South Ossetia")),
            new Spec("002_", EventKind.RECOGNITION, RECOGNITION, TimeValue.day(2008, 8, 26), "Moscow recognized the independence of Abkhazia",
                    "on August 26, 2008", List.of("Russia", "Abkhazia", "South Ossetia")),
            new Spec("002_", EventKind.MILITARY, WAR, new TimeValue.Month(YearMonth.of(2008, 8)), "Moscow recognized the independence of Abkhazia",
                    "two weeks after the end of the Russo-Georgian war", List.of("Russia", "Georgia")),
            new Spec("002_", EventKind.MEETING, "Lavrov meets Medoev", new TimeValue.YearUnknown(11, 12),
                    "Russian Foreign Minister Sergey Lavrov met on November 12", "on November 12", List.of("Sergey Lavrov", "Dmitry Medoev")),
            new Spec("003_", EventKind.MEETING, "Lavrov hosts Ardzinba and Medoev in Sochi", TimeValue.day(2021, 12, 20),
                    "date 2021-12-21 Russia’s top diplomat", "on December 20", List.of("Sergey Lavrov", "Inal Ardzinba", "Dmitry Medoev")),
            new Spec("004_", EventKind.STATEMENT, "Gagloev: allied relations with Russia have stood the test of time",
                    TimeValue.day(2023, 12, 28), "Cooperation between South Ossetia and Russia", "on Thursday",
                    List.of("Alan Gagloev", "Russia", "South Ossetia")));

    private static final Map<String, ParticipantKind> KINDS = Map.of("Sergey Lavrov", ParticipantKind.PERSON,
            "Dmitry Medoev", ParticipantKind.PERSON, "Inal Ardzinba", ParticipantKind.PERSON, "Alan Gagloev", ParticipantKind.PERSON,
            "Russia", ParticipantKind.PLACE, "South Ossetia", ParticipantKind.PLACE, "Abkhazia", ParticipantKind.PLACE,
            "Georgia", ParticipantKind.PLACE);
    private static final Map<String, String> TITLES = Map.of("Sergey Lavrov", "Russian Foreign Minister",
            "Dmitry Medoev", "South Ossetian foreign minister", "Alan Gagloev", "President of South Ossetia");

    /** Finds each spec's sentence in the real text, so offsets and quoted sentences are the article's own. */
    static final class HandExtractor implements Extractor {
        @Override
        public Analysis analyze(String text, DocumentInfo info) {
            List<ExtractedEvent> events = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            for (Spec s : SPECS) {
                if (!info.file().startsWith(s.file())) continue;
                int at = text.indexOf(s.sentenceStart());
                if (at < 0) throw new IllegalStateException("seed text changed: " + s.sentenceStart());
                int end = sentenceEnd(text, at);
                events.add(new ExtractedEvent(s.kind(), s.title(), s.when(), 0.9, s.participants(), text.substring(at, end),
                        at, end - at, s.dateText()));
                names.addAll(s.participants());
            }
            List<ExtractedParticipant> parts = new ArrayList<>();
            for (String n : names) parts.add(new ExtractedParticipant(n, KINDS.get(n), TITLES.get(n), List.of()));
            return new Analysis(info, List.of(), List.of(), parts, events);
        }

        private static int sentenceEnd(String text, int from) {
            for (int i = from + 20; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') return i;
                if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                    return i + 1;
                }
            }
            return text.length();
        }
    }

    /** One event per title; disputed when its sources give different dates (the earliest is shown). */
    static final class ByTitleMerger implements EventMerger {
        @Override
        public List<MergedEvent> merge(List<SourcedEvent> events) {
            Map<String, List<SourcedEvent>> groups = new LinkedHashMap<>();
            for (SourcedEvent e : events) groups.computeIfAbsent(e.event().title(), k -> new ArrayList<>()).add(e);
            List<MergedEvent> out = new ArrayList<>();
            for (List<SourcedEvent> g : groups.values()) {
                Set<String> dates = new LinkedHashSet<>();
                Set<String> people = new LinkedHashSet<>();
                TimeValue when = null;
                for (SourcedEvent s : g) {
                    dates.add(s.event().when().timeml());
                    people.addAll(s.event().participants());
                    TimeValue w = s.event().when();
                    if (when == null || w.start().orElse(LocalDate.MAX).isBefore(when.start().orElse(LocalDate.MAX))) when = w;
                }
                var first = g.get(0).event();
                out.add(new MergedEvent(first.kind(), first.title(), when, 0.9, dates.size() > 1, List.copyOf(people), g));
            }
            return out;
        }
    }
}
