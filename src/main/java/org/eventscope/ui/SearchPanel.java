package org.eventscope.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;
import org.eventscope.model.Event;
import org.eventscope.store.Search;

/**
 * Full-text search over documents and event titles. Whatever is typed is safe; choosing a hit selects the event
 * or opens the document at the hit.
 */
public final class SearchPanel extends VBox {
    private final SelectionViewModel selection;
    private final TextField field = TextFields.createClearableTextField();
    private final ListView<Search.Hit> results = new ListView<>();
    private final Label summary = new Label();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));

    public SearchPanel(SelectionViewModel selection) {
        this.selection = selection;
        setId("search-panel");
        field.setId("search");
        field.setPromptText("Search articles and events (Ctrl+F)");
        results.setId("search-results");
        results.setPlaceholder(new Label("Type words to search every article and event."));
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Search.Hit h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : (h.eventId() != null ? "Event: " : "Article: ") + h.title()
                        + (h.eventId() == null && h.snippet() != null ? "\n" + h.snippet() : ""));
            }
        });
        summary.getStyleClass().add("panel-meta");
        VBox.setVgrow(results, Priority.ALWAYS);
        setPadding(new Insets(8));
        setSpacing(6);
        getChildren().setAll(field, summary, results);
        debounce.setOnFinished(e -> run());
        field.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        field.setOnAction(e -> run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        results.setOnMouseClicked(e -> open(results.getSelectionModel().getSelectedItem()));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) open(results.getSelectionModel().getSelectedItem());
        });
    }

    public TextField field() {
        return field;
    }

    public ListView<Search.Hit> results() {
        return results;
    }

    private void run() {
        String typed = field.getText();
        if (typed == null || typed.isBlank()) {
            results.getItems().clear();
            summary.setText("");
            return;
        }
        selection.main().search(typed, hits -> {
            if (!typed.equals(field.getText())) return;
            results.getItems().setAll(hits);
            summary.setText(hits.isEmpty() ? "No matches." : hits.size() + (hits.size() == 1 ? " match" : " matches"));
        });
    }

    /** Opens a hit: selects its event, or shows its document at the first match. */
    public void open(Search.Hit hit) {
        if (hit == null) return;
        if (hit.eventId() != null) {
            for (Event e : selection.main().snapshotProperty().get().allEvents()) {
                if (e.id() == hit.eventId()) {
                    selection.selectedEventProperty().set(e);
                    return;
                }
            }
        } else if (hit.documentId() != null) {
            String typed = field.getText() == null ? "" : field.getText();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(typed);
            int len = m.find() ? m.group().length() : 0;
            selection.openDocument(hit.documentId(), hit.offset(), len);
        }
    }
}
