package org.eventscope.ui;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.textfield.TextFields;
import org.eventscope.model.Participant;
import org.eventscope.model.ParticipantKind;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every person, organisation and place with its event count: filter box, sort, a check to filter the timeline
 * (any or all of the checked), selection to highlight, and who appears with the selected one.
 */
public final class ParticipantsPanel extends VBox {
    private final SelectionViewModel selection;
    private final TextField search = TextFields.createClearableTextField();
    private final ChoiceBox<String> sort = new ChoiceBox<>(FXCollections.observableArrayList("By count", "By name"));
    private final CheckBox matchAll = new CheckBox("Match all checked");
    private final ObservableList<Participant> items = FXCollections.observableArrayList();
    private final CheckListView<Participant> list = new CheckListView<>(items);
    private final Label details = new Label();
    private final ListView<String> together = new ListView<>();
    private boolean updating;

    public ParticipantsPanel(SelectionViewModel selection) {
        this.selection = selection;
        setId("participants-panel");
        getStyleClass().add("participants-panel");
        search.setPromptText("Filter participants");
        search.setId("participant-filter");
        sort.getSelectionModel().select(0);
        list.setId("participants");
        list.setCellFactory(l -> new ParticipantCell());
        javafx.scene.control.MenuItem rename = new javafx.scene.control.MenuItem("Rename…");
        rename.setOnAction(e -> rename());
        javafx.scene.control.MenuItem merge = new javafx.scene.control.MenuItem("Merge into another participant…");
        merge.setOnAction(e -> mergeInto());
        list.setContextMenu(new javafx.scene.control.ContextMenu(rename, merge));
        details.setWrapText(true);
        details.getStyleClass().add("panel-meta");
        together.setId("co-occurrence");
        together.setPrefHeight(140);
        together.setPlaceholder(new Label("Select a participant to see who appears with them."));
        Label heading = new Label("Participants");
        heading.getStyleClass().add("panel-title");
        Label withHeading = new Label("Appears with");
        withHeading.getStyleClass().add("panel-subtitle");
        VBox.setVgrow(list, Priority.ALWAYS);
        setPadding(new Insets(8));
        setSpacing(6);
        getChildren().setAll(heading, search, new HBox(8, sort, matchAll), list, details, withHeading, together);

        search.textProperty().addListener((o, a, b) -> reload());
        sort.valueProperty().addListener((o, a, b) -> reload());
        selection.main().snapshotProperty().addListener((o, a, b) -> reload());
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<Participant>) c -> {
            if (updating) return;
            Set<Long> ids = new HashSet<>();
            for (Participant p : list.getCheckModel().getCheckedItems()) ids.add(p.id());
            selection.filterProperty().set(selection.filterProperty().get().withParticipants(ids));
        });
        matchAll.selectedProperty().addListener((o, a, all) ->
                selection.filterProperty().set(selection.filterProperty().get().withAllParticipants(all)));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            selection.highlightedParticipantProperty().set(p == null ? null : p.id());
            showDetails(p);
        });
        selection.filterProperty().addListener((o, a, f) -> {
            if (f.participants().isEmpty() && !list.getCheckModel().getCheckedItems().isEmpty()) {
                updating = true;
                list.getCheckModel().clearChecks();
                updating = false;
            }
            matchAll.setSelected(f.allParticipants());
        });
        reload();
    }

    public CheckListView<Participant> list() {
        return list;
    }

    private void reload() {
        Set<Long> checked = selection.filterProperty().get().participants();
        Participant selected = list.getSelectionModel().getSelectedItem();
        String q = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        List<Participant> all = selection.participants(sort.getSelectionModel().getSelectedIndex() == 0);
        updating = true;
        items.setAll(all.stream().filter(p -> q.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(q)
                || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q))).toList());
        for (Participant p : items) if (checked.contains(p.id())) list.getCheckModel().check(p);
        updating = false;
        if (selected != null) items.stream().filter(p -> p.id() == selected.id()).findFirst()
                .ifPresent(p -> list.getSelectionModel().select(p));
    }

    private void showDetails(Participant p) {
        if (p == null) {
            details.setText("");
            together.getItems().clear();
            return;
        }
        StringBuilder sb = new StringBuilder(kindName(p.kind()));
        if (p.title() != null) sb.append(" · ").append(p.title());
        if (!p.aliases().isEmpty()) sb.append("\nAlso: ").append(String.join(", ", p.aliases()));
        details.setText(sb.toString());
        together.getItems().setAll(selection.coOccurring(p.id()).stream().limit(20)
                .map(e -> e.getKey().name() + " — " + e.getValue() + (e.getValue() == 1 ? " event" : " events")).toList());
    }

    /** Asks for a new name for the selected participant; the old one stays as an alias. */
    public void rename() {
        Participant p = list.getSelectionModel().getSelectedItem();
        if (p == null) return;
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(p.name());
        d.setTitle("Rename participant");
        d.setHeaderText("Rename “" + p.name() + "”. The old name is kept as an alias.");
        d.getEditor().setId("rename-field");
        d.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(p.name()))
                .ifPresent(n -> selection.main().renameParticipant(p.id(), n));
    }

    /** Asks which participant the selected one is the same as, and merges it into that one. */
    public void mergeInto() {
        Participant p = list.getSelectionModel().getSelectedItem();
        if (p == null) return;
        List<Participant> others = selection.participants(false).stream().filter(o -> o.id() != p.id()).toList();
        javafx.scene.control.ChoiceDialog<Participant> d = new javafx.scene.control.ChoiceDialog<>(null, others);
        d.setTitle("Merge participants");
        d.setHeaderText("“" + p.name() + "” is the same as…\nIts names become aliases of the one you choose.");
        d.showAndWait().ifPresent(keep -> selection.main().mergeParticipants(keep.id(), p.id()));
    }

    static String kindName(ParticipantKind k) {
        return switch (k) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organisation";
            case PLACE -> "Place";
        };
    }

    /** A small shape per kind: a circle for people, a square for organisations, a triangle for places. */
    static Shape kindIcon(ParticipantKind k) {
        Shape s = switch (k) {
            case PERSON -> new Circle(5);
            case ORGANIZATION -> new Rectangle(9, 9);
            case PLACE -> new Polygon(5, 0, 10, 9, 0, 9);
        };
        s.getStyleClass().addAll("kind-icon", "kind-" + k.name().toLowerCase(Locale.ROOT));
        return s;
    }

    private final class ParticipantCell extends javafx.scene.control.cell.CheckBoxListCell<Participant> {
        ParticipantCell() {
            super(list::getItemBooleanProperty);
        }

        @Override
        public void updateItem(Participant p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int n = selection.main().snapshotProperty().get().eventCounts().getOrDefault(p.id(), 0);
            setText(p.name() + "  (" + n + ")");
            javafx.scene.Node box = getGraphic();
            HBox graphic = new HBox(6, box, kindIcon(p.kind()));
            graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(graphic);
        }
    }
}
