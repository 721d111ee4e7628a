package org.eventscope.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Event;

/**
 * Events whose year is unknown (their article has no publication date) cannot be placed on the timeline:
 * they wait here, with a count, until the article gets a date.
 */
public final class UndatedTray extends VBox {
    private final Label count = new Label();
    private final ListView<Event> list;

    public UndatedTray(SelectionViewModel selection) {
        setId("undated-tray");
        getStyleClass().add("undated-tray");
        list = new ListView<>(selection.visibleUndated());
        list.setId("undated-events");
        list.setPlaceholder(new Label("Every event has a year."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : DisplayDates.of(e.when()).replace(", year unknown", "") + " · " + e.title());
                setWrapText(true);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) selection.selectedEventProperty().set(e);
        });
        selection.selectedEventProperty().addListener((o, a, e) -> {
            if (e == null || e.when().yearKnown()) list.getSelectionModel().clearSelection();
        });
        count.getStyleClass().add("panel-title");
        count.textProperty().bind(javafx.beans.binding.Bindings.size(selection.visibleUndated())
                .asString("Year unknown (%d)"));
        Label hint = new Label("Set the article's date to place these.");
        hint.getStyleClass().add("panel-meta");
        hint.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        setPadding(new Insets(8));
        setSpacing(4);
        setPrefWidth(220);
        setMinWidth(160);
        getChildren().setAll(count, hint, list);
    }

    public ListView<Event> list() {
        return list;
    }
}
