package org.eventscope.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Event;

import java.util.List;

/** The visible events as a sortable table: date, kind, title, participants, sources. */
public final class EventTable extends TableView<Event> {
    private boolean syncing;

    public EventTable(SelectionViewModel selection) {
        super(selection.visibleEvents());
        setId("events");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Event, String> when = new TableColumn<>("Date");
        when.setCellValueFactory(c -> new SimpleStringProperty(DisplayDates.of(c.getValue().when())
                + (c.getValue().disputed() ? " (disputed)" : "")));
        when.setPrefWidth(150);
        when.setComparator((a, b) -> 0);
        when.setSortable(false);
        TableColumn<Event, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().kind().label()));
        kind.setPrefWidth(130);
        TableColumn<Event, String> title = new TableColumn<>("Event");
        title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().title()));
        title.setPrefWidth(380);
        TableColumn<Event, String> who = new TableColumn<>("Participants");
        who.setCellValueFactory(c -> new SimpleStringProperty(selection.main().snapshotProperty().get().participantNames(c.getValue())));
        who.setPrefWidth(220);
        TableColumn<Event, String> sources = new TableColumn<>("Sources");
        sources.setCellValueFactory(c -> new SimpleStringProperty(Integer.toString(c.getValue().sources().size())));
        sources.setPrefWidth(70);
        getColumns().setAll(List.of(when, kind, title, who, sources));
        selection.main().snapshotProperty().addListener((o, a, s) -> setPlaceholder(new javafx.scene.control.Label(s.large()
                ? String.format("%,d events are too many to list here: choose one on the timeline, or search.", s.eventCount())
                : "No events match. Import articles, or clear the filters.")));
        setPlaceholder(new javafx.scene.control.Label("No events yet."));
        getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        javafx.scene.control.MenuItem merge = new javafx.scene.control.MenuItem("Merge selected events into one");
        merge.setOnAction(e -> mergeSelected(selection));
        merge.disableProperty().bind(javafx.beans.binding.Bindings.size(getSelectionModel().getSelectedItems()).lessThan(2));
        setContextMenu(new javafx.scene.control.ContextMenu(merge));
        getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (!syncing && e != null) selection.selectedEventProperty().set(e);
        });
        selection.selectedEventProperty().addListener((o, a, e) -> {
            if (getSelectionModel().getSelectedItems().contains(e)) return;
            syncing = true;
            if (e == null || !getItems().contains(e)) getSelectionModel().clearSelection();
            else {
                getSelectionModel().select(e);
                scrollTo(e);
            }
            syncing = false;
        });
    }

    /** Merges every selected event into the first selected one (they tell one happening). */
    public void mergeSelected(SelectionViewModel selection) {
        List<Event> chosen = List.copyOf(getSelectionModel().getSelectedItems());
        if (chosen.size() < 2) return;
        Event keep = chosen.get(0);
        for (Event other : chosen.subList(1, chosen.size())) selection.main().mergeEvents(keep.id(), other.id());
    }
}
