package org.eventscope.ui;

import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.EventKind;
import org.eventscope.model.TimeValue;

import java.util.Optional;

/** The small dialogs for corrections. Each validates what was typed and explains what it expects. */
final class Dialogs {
    private Dialogs() {
    }

    /** Asks for a publication date (YYYY-MM-DD); empty when cancelled. */
    static Dialog<TimeValue> publicationDate(Document d) {
        Dialog<TimeValue> dialog = new Dialog<>();
        dialog.setTitle("Set publication date");
        dialog.setHeaderText("When was “" + shorten(d.title()) + "” published?\nDates like “November 12” and “on Monday” in it are resolved against this date.");
        TextField field = new TextField(d.published() != null && d.published().yearKnown() ? d.published().timeml() : "");
        field.setId("date-field");
        field.setPromptText("YYYY-MM-DD");
        Label hint = new Label(d.published() == null ? "Currently unknown." : "Currently " + DisplayDates.of(d.published()) + ".");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Date"), field);
        grid.add(hint, 1, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> parseDay(field.getText()).isEmpty(), field.textProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? parseDay(field.getText()).orElse(null) : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog;
    }

    static Optional<TimeValue> parseDay(String s) {
        return s == null ? Optional.empty() : TimeValue.parse(s.strip()).filter(TimeValue::isDay);
    }

    /** The fields of an event a user may correct. */
    record EventEdit(String title, EventKind kind, String when) {
    }

    static Dialog<EventEdit> editEvent(Event e) {
        Dialog<EventEdit> dialog = new Dialog<>();
        dialog.setTitle("Edit event");
        dialog.setHeaderText("Correct this event. Your correction is kept when the articles are analysed again.");
        TextField title = new TextField(e.title());
        title.setId("edit-title");
        title.setPrefColumnCount(40);
        ChoiceBox<EventKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(EventKind.values()));
        kind.setId("edit-kind");
        kind.setValue(e.kind());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventKind k) { return k == null ? "" : k.label(); }

            @Override
            public EventKind fromString(String s) { return null; }
        });
        TextField when = new TextField(e.when().timeml());
        when.setId("edit-when");
        Label whenHint = new Label("2021-01-25, 2008-08, 2020, 2020-Q3, 2016-SU, 2020-01-01/2020-09-30 or XXXX-11-12");
        whenHint.getStyleClass().add("panel-meta");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Kind"), kind);
        grid.addRow(2, new Label("Date"), when);
        grid.add(whenHint, 1, 3);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> title.getText().isBlank() || TimeValue.parse(when.getText().strip()).isEmpty(), title.textProperty(), when.textProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? new EventEdit(title.getText().strip(), kind.getValue(), when.getText().strip()) : null);
        return dialog;
    }

    static Alert confirmRemove(Event e) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Remove “" + shorten(e.title()) + "”?\nIt stays removed when the articles are analysed again; Undo (Ctrl+Z) brings it back.",
                ButtonType.OK, ButtonType.CANCEL);
        a.setTitle("Remove event");
        a.setHeaderText(null);
        return a;
    }

    static void error(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setHeaderText(null);
        a.setTitle("Eventscope");
        a.show();
    }

    static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
