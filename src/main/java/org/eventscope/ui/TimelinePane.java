package org.eventscope.ui;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.EventKind;
import org.eventscope.model.Participant;
import org.eventscope.timeline.LaneMode;
import org.eventscope.timeline.TimeRange;
import org.eventscope.timeline.TimelineEvents;
import org.eventscope.timeline.TimelineEventsBuilder;
import org.eventscope.ui.timeline.EventDetails;
import org.eventscope.ui.timeline.TimelineView;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline in the workspace: the {@link TimelineView} fed with the visible events, its zoom and lane controls,
 * and the link between its selection and the workspace's (selecting here opens the source; Enter opens it too).
 */
public final class TimelinePane extends BorderPane {
    private final SelectionViewModel selection;
    private final TimelineView view = new TimelineView();
    private final ChoiceBox<LaneMode> lanes = new ChoiceBox<>(FXCollections.observableArrayList(LaneMode.values()));
    private final Label range = new Label();
    private Map<Long, Event> byId = Map.of();
    private boolean syncing;
    private boolean fitted;

    public TimelinePane(SelectionViewModel selection) {
        this.selection = selection;
        setId("timeline-pane");
        view.setId("timeline");
        lanes.setId("lane-mode");
        lanes.setValue(LaneMode.NONE);
        lanes.setConverter(new StringConverter<>() {
            @Override
            public String toString(LaneMode m) {
                return m == null ? "" : switch (m) {
                    case NONE -> "No lanes";
                    case PARTICIPANT -> "Lanes by participant";
                    case KIND -> "Lanes by kind";
                    case DOCUMENT -> "Lanes by document";
                };
            }

            @Override
            public LaneMode fromString(String s) { return null; }
        });
        view.laneModeProperty().bindBidirectional(lanes.valueProperty());
        range.setId("selected-range");
        range.getStyleClass().add("panel-meta");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, lanes, spacer, range);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("timeline-bar");
        setTop(bar);
        setCenter(view);

        selection.visibleEvents().addListener((ListChangeListener<Event>) c -> reload());
        view.viewportWidthProperty().addListener((o, a, w) -> refitIfStillFitted());
        selection.main().snapshotProperty().addListener((o, a, s) -> reload());
        view.selectedEventIdProperty().addListener((o, a, id) -> {
            if (syncing) return;
            Event e = id == null ? null : byId.get(id);
            if (e != null || id == null) selection.selectedEventProperty().set(e);
            else selection.main().query("Reading the event", store -> store.events().get(id), found -> found.ifPresent(ev -> {
                if (id.equals(view.getSelectedEventId())) {
                    byId.put(ev.id(), ev);
                    selection.selectedEventProperty().set(ev);
                }
            }));
        });
        selection.selectedEventProperty().addListener((o, a, e) -> {
            syncing = true;
            view.setSelectedEventId(e == null || !e.when().yearKnown() ? null : e.id());
            syncing = false;
        });
        view.setOnOpenEvent(id -> {
            Event e = byId.get(id);
            if (e != null) selection.selectedEventProperty().set(e);
        });
        selection.highlightedParticipantProperty().addListener((o, a, p) -> {
            view.getHighlightedParticipants().clear();
            if (p != null) view.getHighlightedParticipants().add(p);
        });
        view.selectedRangeProperty().addListener((o, a, r) -> {
            selection.selectedRangeProperty().set(r == null ? null : new LocalDate[]{r.startDate(), r.endDate()});
            range.setText(r == null ? "Shift+drag on the timeline to select a range for export"
                    : "Selected " + DisplayDates.of(new org.eventscope.model.TimeValue.Span(r.startDate(), r.endDate())));
        });
        range.setText("Shift+drag on the timeline to select a range for export");
        view.setParticipantNames(id -> {
            Participant p = selection.main().snapshotProperty().get().participants().get(id);
            return p == null ? "#" + id : p.name();
        });
        view.setLaneLabels(this::laneLabel);
        view.setEventDetails(id -> {
            Event e = byId.get(id);
            if (e == null) return null;
            String written = e.sources().isEmpty() || e.sources().get(0).dateText() == null ? DisplayDates.of(e.when())
                    : "“" + e.sources().get(0).dateText() + "” — " + DisplayDates.of(e.when());
            List<String> names = e.participantIds().stream().map(pid -> {
                Participant p = selection.main().snapshotProperty().get().participants().get(pid);
                return p == null ? "#" + pid : p.name();
            }).toList();
            return new EventDetails(written + (e.disputed() ? " (disputed)" : ""), e.title(), names, e.sources().size());
        });
        reload();
    }

    private String laneLabel(LaneMode mode, Long key) {
        WorkspaceSnapshot s = selection.main().snapshotProperty().get();
        return switch (mode) {
            case PARTICIPANT -> {
                Participant p = s.participants().get(key);
                yield p == null ? "Others" : p.name();
            }
            case KIND -> key >= 0 && key < EventKind.values().length ? EventKind.values()[key.intValue()].label() : "Other";
            case DOCUMENT -> {
                Document d = s.documentsById().get(key);
                yield d == null ? "?" : d.title().length() > 40 ? d.title().substring(0, 39) + "…" : d.title();
            }
            case NONE -> "";
        };
    }

    private void reload() {
        WorkspaceSnapshot snapshot = selection.main().snapshotProperty().get();
        if (snapshot.large()) {
            byId = new HashMap<>();
            view.setEvents(snapshot.bulk());
            if (!fitted && snapshot.eventCount() > 0) {
                fitted = true;
                javafx.application.Platform.runLater(this::restoreOrFit);
            }
            return;
        }
        TimelineEventsBuilder b = TimelineEvents.builder();
        Map<Long, Event> ids = new HashMap<>();
        for (Event e : selection.visibleEvents()) {
            b.add(e);
            ids.put(e.id(), e);
        }
        for (Event e : selection.visibleUndated()) ids.put(e.id(), e);
        byId = ids;
        view.setEvents(b.build());
        Event sel = selection.selectedEventProperty().get();
        syncing = true;
        view.setSelectedEventId(sel == null || !ids.containsKey(sel.id()) || !sel.when().yearKnown() ? null : sel.id());
        syncing = false;
        if (!fitted && !ids.isEmpty()) {
            fitted = true;
            javafx.application.Platform.runLater(this::restoreOrFit);
        }
    }

    private Double savedStart;
    private Double savedEnd;

    /** Restores the saved visible range and lane mode (or fits all) once data is there. */
    public void restore(UiSettings s) {
        savedStart = s.visibleStart;
        savedEnd = s.visibleEnd;
        try {
            lanes.setValue(LaneMode.valueOf(s.laneMode));
        } catch (IllegalArgumentException | NullPointerException e) {
            lanes.setValue(LaneMode.NONE);
        }
    }

    private void restoreOrFit() {
        if (savedStart != null && savedEnd != null && savedEnd > savedStart) {
            restoredRange = new TimeRange(savedStart.longValue(), savedEnd.longValue());
            view.showRange(restoredRange);
            fittedRange = view.getVisibleRange();
        } else {
            fit();
        }
    }

    /** The range Fit all showed last, while the user has not moved away from it; null otherwise. */
    private TimeRange fittedRange;

    /** The remembered range shown at start, kept through the first layout like a fit; null after Fit all. */
    private TimeRange restoredRange;

    private void fit() {
        restoredRange = null;
        view.fitAll();
        fittedRange = view.getVisibleRange();
    }

    /** When the window is laid out or resized while showing everything, keep showing everything. */
    private void refitIfStillFitted() {
        TimeRange now = view.getVisibleRange();
        if (fittedRange == null || now == null || now.startMillis() != fittedRange.startMillis()) {
            fittedRange = null;
        } else if (restoredRange != null) {
            view.showRange(restoredRange);
            fittedRange = view.getVisibleRange();
        } else {
            fit();
        }
    }

    public void save(UiSettings s) {
        TimeRange r = view.getVisibleRange();
        if (r != null) {
            s.visibleStart = (double) r.startMillis();
            s.visibleEnd = (double) r.endMillis();
        }
        s.laneMode = lanes.getValue().name();
    }

    public TimelineView view() {
        return view;
    }

    /** Shows every dated event, and keeps doing so while the window is laid out, until the user moves. */
    public void fitAll() {
        fit();
    }
}
