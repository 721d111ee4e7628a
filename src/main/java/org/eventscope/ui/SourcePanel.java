package org.eventscope.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.model.EventSource;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The source text: the article that reports the selected event, scrolled to the evidence sentence, which is
 * highlighted with the date expression and the participants' mentions. An event with several sources lists them.
 */
public final class SourcePanel extends VBox {
    private final SelectionViewModel selection;
    private final Label title = new Label("Select an event to read its source.");
    private final Label meta = new Label();
    private final Hyperlink setDate = new Hyperlink("Set…");
    private final ListView<EventSource> sources = new ListView<>();
    private final HighlightedText text = new HighlightedText();
    private Consumer<Document> onSetDate = d -> { };

    public SourcePanel(SelectionViewModel selection) {
        this.selection = selection;
        getStyleClass().add("source-panel");
        setId("source-panel");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        meta.getStyleClass().add("panel-meta");
        meta.setWrapText(true);
        setDate.setId("set-date");
        setDate.setVisible(false);
        setDate.setOnAction(e -> {
            SelectionViewModel.SourceView v = selection.sourceViewProperty().get();
            if (v != null) onSetDate.accept(v.document());
        });
        HBox metaRow = new HBox(4, meta, setDate);
        sources.setId("event-sources");
        sources.setPrefHeight(110);
        sources.setMinHeight(72);
        sources.setCellFactory(l -> new SourceCell());
        javafx.scene.control.MenuItem split = new javafx.scene.control.MenuItem("Split this source off into its own event");
        split.setOnAction(e -> {
            Event ev = selection.selectedEventProperty().get();
            EventSource src = sources.getSelectionModel().getSelectedItem();
            if (ev != null && src != null) selection.main().splitSource(ev.id(), src.documentId(), src.offset());
        });
        sources.setContextMenu(new javafx.scene.control.ContextMenu(split));
        sources.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) selection.selectedSourceProperty().set(i.intValue());
        });
        text.setId("source-text");
        VBox.setVgrow(text, Priority.ALWAYS);
        setPadding(new Insets(8));
        setSpacing(6);
        getChildren().setAll(title, metaRow, sources, text);
        selection.selectedEventProperty().addListener((o, a, e) -> showSources(e));
        selection.sourceViewProperty().addListener((o, a, v) -> show(v));
        showSources(null);
    }

    public void setOnSetDate(Consumer<Document> handler) {
        this.onSetDate = handler;
    }

    public HighlightedText textView() {
        return text;
    }

    private void showSources(Event e) {
        boolean several = e != null && e.sources().size() > 1;
        sources.setVisible(several);
        sources.setManaged(several);
        if (e == null) {
            sources.getItems().clear();
            return;
        }
        sources.getItems().setAll(e.sources());
        sources.getSelectionModel().select(Math.min(selection.selectedSourceProperty().get(), e.sources().size() - 1));
    }

    private void show(SelectionViewModel.SourceView v) {
        if (v == null) {
            title.setText(selection.selectedEventProperty().get() == null ? "Select an event to read its source." : "");
            meta.setText("");
            setDate.setVisible(false);
            text.show("", java.util.List.of(), -1);
            return;
        }
        Document d = v.document();
        title.setText(d.title());
        String date = d.published() == null ? "Date unknown —" : "Published " + DisplayDates.of(d.published())
                + " (" + d.publishedFrom().json() + ")" + (d.published().yearKnown() ? "" : " —");
        meta.setText(date + (d.published() != null && d.published().yearKnown() ? " · " + d.file() : ""));
        setDate.setText(d.published() == null || !d.published().yearKnown() ? "set the date… (" + d.file() + ")" : "change date…");
        setDate.setVisible(true);
        text.show(d.text(), v.marks(), v.scrollTo());
    }

    /** One source of a multi-source event: its article, publication date and the date as that article gives it. */
    private final class SourceCell extends ListCell<EventSource> {
        @Override
        protected void updateItem(EventSource s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                return;
            }
            Map<Long, Document> docs = selection.main().snapshotProperty().get().documentsById();
            Document d = docs.get(s.documentId());
            String pub = d == null || d.published() == null ? "date unknown" : DisplayDates.of(d.published());
            String said = s.dateText() == null ? "" : "“" + s.dateText() + "” → ";
            setText((d == null ? "?" : d.title()) + "\n" + pub + " · " + said + DisplayDates.of(s.when()));
        }
    }
}
