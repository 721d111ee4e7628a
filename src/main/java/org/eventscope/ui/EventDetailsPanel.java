package org.eventscope.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.EventSource;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The selected event: kind, date and how it was derived, participants, sources, confidence; and its corrections. */
public final class EventDetailsPanel extends VBox {
    private final SelectionViewModel selection;
    private final Label heading = new Label();
    private final GridPane grid = new GridPane();
    final Button edit = new Button("Edit…");
    final Button remove = new Button("Remove");

    public EventDetailsPanel(SelectionViewModel selection) {
        this.selection = selection;
        setId("event-details");
        getStyleClass().add("event-details");
        heading.getStyleClass().add("panel-title");
        heading.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(4);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(names, values);
        edit.setId("edit-event");
        remove.setId("remove-event");
        HBox actions = new HBox(6, edit, remove);
        setPadding(new Insets(8));
        setSpacing(6);
        getChildren().setAll(heading, grid, actions);
        selection.selectedEventProperty().addListener((o, a, e) -> show(e));
        show(null);
    }

    private void show(Event e) {
        grid.getChildren().clear();
        edit.setDisable(e == null);
        remove.setDisable(e == null);
        if (e == null) {
            heading.setText("No event selected");
            return;
        }
        heading.setText(e.title());
        WorkspaceSnapshot s = selection.main().snapshotProperty().get();
        int row = 0;
        row(row++, "Kind", e.kind().label());
        row(row++, "Date", DisplayDates.of(e.when()) + (e.when().yearKnown() ? "" : " — set the article's date to place it"));
        row(row++, "Derived from", derivation(e, s));
        if (e.disputed()) {
            Set<String> dates = new LinkedHashSet<>();
            for (EventSource src : e.sources()) {
                Document d = s.documentsById().get(src.documentId());
                dates.add(DisplayDates.of(src.when()) + " (" + (d == null ? "?" : d.file()) + ")");
            }
            row(row++, "Disputed", String.join("  vs  ", dates));
        }
        row(row++, "Participants", s.participantNames(e).isEmpty() ? "—" : s.participantNames(e));
        row(row++, "Sources", e.sources().size() + (e.sources().size() == 1 ? " article" : " articles"));
        row(row, "Confidence", Math.round(e.confidence() * 100) + "%");
    }

    /** "“on Monday” in an article of 25 Jan 2021", for each distinct source. */
    static String derivation(Event e, WorkspaceSnapshot s) {
        return e.sources().stream().map(src -> {
            Document d = s.documentsById().get(src.documentId());
            String dct = d == null || d.published() == null ? "an undated article" : "an article of " + DisplayDates.of(d.published());
            return (src.dateText() == null ? "the text" : "“" + src.dateText() + "”") + " in " + dct;
        }).distinct().collect(Collectors.joining("; "));
    }

    private void row(int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("detail-name");
        Label v = new Label(value);
        v.setWrapText(true);
        v.getStyleClass().add("detail-value");
        grid.addRow(row, n, v);
    }
}
