package org.eventscope.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.EventSource;
import org.eventscope.model.Participant;
import org.eventscope.store.Participants;
import org.eventscope.timeline.EventFilter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the user is looking at: the filter, the selected event and source, the highlighted participant,
 * and what follows from them (visible events, the source panel's content). Lives on the FX thread;
 * anything that needs the store goes through {@link MainViewModel#query}.
 */
public final class SelectionViewModel {
    private final MainViewModel main;
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(EventFilter.NONE);
    private final ObservableList<Event> visibleEvents = FXCollections.observableArrayList();
    private final ObservableList<Event> visibleUndated = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>();
    private final IntegerProperty selectedSource = new SimpleIntegerProperty(0);
    private final ObjectProperty<Long> highlightedParticipant = new SimpleObjectProperty<>();
    private final ObjectProperty<SourceView> sourceView = new SimpleObjectProperty<>();
    private final BooleanProperty hideLowConfidence = new SimpleBooleanProperty(false);

    /** What the source panel shows: a document, the marks in it, where to scroll, and the chosen source. */
    public record SourceView(Document document, EventSource source, List<HighlightedText.Mark> marks, int scrollTo) {
    }

    public SelectionViewModel(MainViewModel main) {
        this.main = main;
        main.snapshotProperty().addListener((o, a, s) -> refresh());
        filter.addListener((o, a, f) -> refresh());
        hideLowConfidence.addListener((o, a, hide) ->
                filter.set(filter.get().withMinConfidence(hide ? EventFilter.LOW_CONFIDENCE : 0)));
        selectedEvent.addListener((o, a, e) -> {
            selectedSource.set(0);
            loadSource();
        });
        selectedSource.addListener((o, a, i) -> loadSource());
    }

    public ObjectProperty<EventFilter> filterProperty() { return filter; }
    public ObservableList<Event> visibleEvents() { return visibleEvents; }
    public ObservableList<Event> visibleUndated() { return visibleUndated; }
    public ObjectProperty<Event> selectedEventProperty() { return selectedEvent; }
    public IntegerProperty selectedSourceProperty() { return selectedSource; }
    public ObjectProperty<Long> highlightedParticipantProperty() { return highlightedParticipant; }
    public ObjectProperty<SourceView> sourceViewProperty() { return sourceView; }
    public BooleanProperty hideLowConfidenceProperty() { return hideLowConfidence; }
    public MainViewModel main() { return main; }

    private void refresh() {
        WorkspaceSnapshot s = main.snapshotProperty().get();
        EventFilter f = filter.get();
        visibleEvents.setAll(s.events().stream().filter(f::test).toList());
        EventFilter undatedFilter = f.withRange(null, null);
        visibleUndated.setAll(s.undated().stream().filter(undatedFilter::test).toList());
        Event sel = selectedEvent.get();
        if (sel != null) {
            // Keep the selection across reloads when the event survives (ids are stable until a rebuild).
            Event again = s.allEvents().stream().filter(e -> e.id() == sel.id()).findFirst()
                    .or(() -> s.allEvents().stream().filter(e -> sameSources(e, sel)).findFirst()).orElse(null);
            selectedEvent.set(again);
            if (Objects.equals(again, sel)) loadSource();
        }
    }

    private static boolean sameSources(Event a, Event b) {
        return !a.sources().isEmpty() && a.sources().get(0).documentId() == b.sources().get(0).documentId()
                && a.sources().get(0).offset() == b.sources().get(0).offset();
    }

    /** Opens a document without an event (a search hit): shows it scrolled to {@code offset}. */
    public void openDocument(long documentId, int offset, int length) {
        Document d = main.snapshotProperty().get().documentsById().get(documentId);
        if (d == null) return;
        selectedEvent.set(null);
        sourceView.set(null);
        List<HighlightedText.Mark> marks = length > 0 ? List.of(new HighlightedText.Mark(offset, offset + length, "search-hit")) : List.of();
        sourceView.set(new SourceView(d, null, marks, offset));
    }

    private void loadSource() {
        Event e = selectedEvent.get();
        if (e == null || e.sources().isEmpty()) {
            if (e == null && sourceView.get() != null && sourceView.get().source() == null) return;
            sourceView.set(null);
            return;
        }
        int i = Math.max(0, Math.min(selectedSource.get(), e.sources().size() - 1));
        EventSource src = e.sources().get(i);
        Document d = main.snapshotProperty().get().documentsById().get(src.documentId());
        if (d == null) return;
        Set<Long> eventParticipants = new HashSet<>(e.participantIds());
        main.query("Reading " + d.file(), store -> store.participants().mentionsIn(d.id()), mentions -> {
            if (selectedEvent.get() != e) return;
            sourceView.set(new SourceView(d, src, marks(d, src, mentions, eventParticipants), src.offset()));
        });
    }

    static List<HighlightedText.Mark> marks(Document d, EventSource src, List<Participants.Mention> mentions, Set<Long> eventParticipants) {
        List<HighlightedText.Mark> marks = new ArrayList<>();
        int start = src.offset();
        int end = src.offset() + src.length();
        marks.add(new HighlightedText.Mark(start, end, "evidence"));
        if (src.dateText() != null && !src.dateText().isEmpty() && end <= d.text().length()) {
            int at = d.text().substring(start, end).indexOf(src.dateText());
            if (at >= 0) marks.add(new HighlightedText.Mark(start + at, start + at + src.dateText().length(), "date"));
        }
        for (Participants.Mention m : mentions) {
            if (m.offset() >= start && m.offset() + m.length() <= end) {
                marks.add(new HighlightedText.Mark(m.offset(), m.offset() + m.length(),
                        eventParticipants.contains(m.participantId()) ? "mention" : "mention-other"));
            }
        }
        return marks;
    }

    private final ObjectProperty<LocalDate[]> selectedRange = new SimpleObjectProperty<>();

    /** The time range selected on the timeline (Shift+drag), or null. */
    public ObjectProperty<LocalDate[]> selectedRangeProperty() { return selectedRange; }

    /** The range an export uses: the selected range, else the filter's dates, else everything (nulls). */
    public LocalDate[] exportRange() {
        if (selectedRange.get() != null) return selectedRange.get().clone();
        EventFilter f = filter.get();
        return new LocalDate[]{f.from(), f.to()};
    }

    /** Participants with their event counts, sorted by name or by count (descending). */
    public List<Participant> participants(boolean byCount) {
        WorkspaceSnapshot s = main.snapshotProperty().get();
        Comparator<Participant> byName = Comparator.comparing(p -> p.name().toLowerCase());
        Comparator<Participant> order = byCount
                ? Comparator.<Participant>comparingInt(p -> -s.eventCounts().getOrDefault(p.id(), 0)).thenComparing(byName)
                : byName;
        return s.participants().values().stream().sorted(order).toList();
    }

    /** Who appears in events with {@code participant}, most frequent first. */
    public List<Map.Entry<Participant, Integer>> coOccurring(long participant) {
        WorkspaceSnapshot s = main.snapshotProperty().get();
        Map<Long, Integer> counts = new HashMap<>();
        for (Event e : s.allEvents()) {
            if (!e.participantIds().contains(participant)) continue;
            for (long other : e.participantIds()) if (other != participant) counts.merge(other, 1, Integer::sum);
        }
        Map<Participant, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .forEach(en -> {
                    Participant p = s.participants().get(en.getKey());
                    if (p != null) out.put(p, en.getValue());
                });
        return new ArrayList<>(out.entrySet());
    }
}
