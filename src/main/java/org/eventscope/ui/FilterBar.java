package org.eventscope.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.eventscope.model.Document;
import org.eventscope.model.EventKind;
import org.eventscope.model.Participant;
import org.eventscope.timeline.EventFilter;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Filters by kind, confidence, document and date range; the active filters are listed and clearable. */
public final class FilterBar extends VBox {
    private final SelectionViewModel selection;
    private final MenuButton kinds = new MenuButton("Kinds");
    private final MenuButton documents = new MenuButton("Documents");
    private final CheckBox hideLow = new CheckBox("Hide low-confidence");
    private final javafx.scene.control.Slider confidence = new javafx.scene.control.Slider(0, 100, 0);
    private final Label confidenceLabel = new Label("Confidence ≥ 0%");
    private final RangeSlider years = new RangeSlider(1900, 2030, 1900, 2030);
    private final Label yearsLabel = new Label();
    private final FlowPane active = new FlowPane(6, 4);
    private final Button clear = new Button("Clear filters");
    private boolean updating;

    public FilterBar(SelectionViewModel selection) {
        this.selection = selection;
        setId("filter-bar");
        getStyleClass().add("filter-bar");
        kinds.setId("kind-filter");
        documents.setId("document-filter");
        hideLow.setId("hide-low-confidence");
        clear.setId("clear-filters");
        years.setId("date-range");
        years.setShowTickLabels(false);
        years.setPrefWidth(220);
        years.setBlockIncrement(1);
        years.setMajorTickUnit(10);
        years.setSnapToTicks(false);
        for (EventKind k : EventKind.values()) {
            CheckMenuItem item = new CheckMenuItem(k.label());
            item.setUserData(k);
            item.selectedProperty().addListener((o, a, b) -> kindsChanged());
            kinds.getItems().add(item);
        }
        hideLow.selectedProperty().bindBidirectional(selection.hideLowConfidenceProperty());
        confidence.setId("min-confidence");
        confidence.setPrefWidth(110);
        confidence.setBlockIncrement(10);
        confidence.valueChangingProperty().addListener((o, a, changing) -> { if (!changing) confidenceChanged(); });
        confidence.valueProperty().addListener((o, a, v) -> {
            confidenceLabel.setText("Confidence ≥ " + Math.round(v.doubleValue()) + "%");
            if (!confidence.isValueChanging()) confidenceChanged();
        });
        years.lowValueChangingProperty().addListener((o, a, changing) -> { if (!changing) rangeChanged(); });
        years.highValueChangingProperty().addListener((o, a, changing) -> { if (!changing) rangeChanged(); });
        years.lowValueProperty().addListener((o, a, b) -> showYears());
        years.highValueProperty().addListener((o, a, b) -> showYears());
        clear.setOnAction(e -> clearAll());
        HBox row = new HBox(10, kinds, documents, hideLow, confidenceLabel, confidence, new Label("Years"), years, yearsLabel, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(years, Priority.NEVER);
        active.getStyleClass().add("active-filters");
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(4);
        getChildren().setAll(row, active);
        selection.main().snapshotProperty().addListener((o, a, s) -> reloadChoices());
        selection.filterProperty().addListener((o, a, f) -> showActive(f));
        reloadChoices();
        showActive(selection.filterProperty().get());
    }

    private void kindsChanged() {
        if (updating) return;
        Set<EventKind> set = EnumSet.noneOf(EventKind.class);
        kinds.getItems().forEach(i -> {
            if (((CheckMenuItem) i).isSelected()) set.add((EventKind) i.getUserData());
        });
        selection.filterProperty().set(selection.filterProperty().get().withKinds(set));
    }

    private void documentsChanged() {
        if (updating) return;
        Set<Long> set = new HashSet<>();
        documents.getItems().forEach(i -> {
            if (((CheckMenuItem) i).isSelected()) set.add((Long) i.getUserData());
        });
        selection.filterProperty().set(selection.filterProperty().get().withDocuments(set));
    }

    private void confidenceChanged() {
        if (updating) return;
        double min = Math.round(confidence.getValue()) / 100.0;
        if (Math.abs(min - selection.filterProperty().get().minConfidence()) > 1e-9) {
            selection.filterProperty().set(selection.filterProperty().get().withMinConfidence(min));
        }
    }

    private void rangeChanged() {
        if (updating) return;
        int lo = (int) Math.round(years.getLowValue());
        int hi = (int) Math.round(years.getHighValue());
        boolean whole = lo <= (int) years.getMin() && hi >= (int) years.getMax();
        selection.filterProperty().set(selection.filterProperty().get().withRange(
                whole ? null : LocalDate.of(lo, 1, 1), whole ? null : LocalDate.of(hi, 12, 31)));
    }

    private void showYears() {
        yearsLabel.setText(Math.round(years.getLowValue()) + " – " + Math.round(years.getHighValue()));
    }

    private void reloadChoices() {
        updating = true;
        WorkspaceSnapshot s = selection.main().snapshotProperty().get();
        Set<Long> chosen = selection.filterProperty().get().documents();
        documents.getItems().clear();
        for (Document d : s.documents()) {
            CheckMenuItem item = new CheckMenuItem(d.title().length() > 60 ? d.title().substring(0, 59) + "…" : d.title());
            item.setUserData(d.id());
            item.setSelected(chosen.contains(d.id()));
            item.selectedProperty().addListener((o, a, b) -> documentsChanged());
            documents.getItems().add(item);
        }
        int min = s.events().stream().mapToInt(e -> e.when().start().orElseThrow().getYear()).min().orElse(2000);
        int max = s.events().stream().mapToInt(e -> e.when().end().orElseThrow().getYear()).max().orElse(LocalDate.now().getYear());
        if (max <= min) max = min + 1;
        EventFilter f = selection.filterProperty().get();
        years.setMin(min);
        years.setMax(max);
        years.setLowValue(f.from() == null ? min : Math.max(min, f.from().getYear()));
        years.setHighValue(f.to() == null ? max : Math.min(max, f.to().getYear()));
        showYears();
        updating = false;
    }

    private void showActive(EventFilter f) {
        WorkspaceSnapshot s = selection.main().snapshotProperty().get();
        active.getChildren().clear();
        for (String d : f.describe(id -> {
            Document doc = s.documentsById().get(id);
            return doc == null ? "#" + id : doc.file();
        }, id -> {
            Participant p = s.participants().get(id);
            return p == null ? "#" + id : p.name();
        })) {
            Label chip = new Label(d);
            chip.getStyleClass().add("filter-chip");
            active.getChildren().add(chip);
        }
        active.setVisible(!active.getChildren().isEmpty());
        active.setManaged(!active.getChildren().isEmpty());
        clear.setDisable(f.equals(EventFilter.NONE));
        updating = true;
        kinds.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(f.kinds().contains((EventKind) i.getUserData())));
        documents.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(f.documents().contains((Long) i.getUserData())));
        confidence.setValue(f.minConfidence() * 100);
        if (f.from() == null && f.to() == null) {
            years.setLowValue(years.getMin());
            years.setHighValue(years.getMax());
        }
        updating = false;
    }

    /** Clears every filter. */
    public void clearAll() {
        selection.hideLowConfidenceProperty().set(false);
        selection.filterProperty().set(EventFilter.NONE);
    }

}
