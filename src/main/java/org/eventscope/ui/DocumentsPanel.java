package org.eventscope.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Document;

/** The imported articles, by publication date; choosing one opens it in the source panel. */
public final class DocumentsPanel extends VBox {
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ListView<Document> list = new ListView<>(documents);

    public DocumentsPanel(SelectionViewModel selection) {
        setId("documents-panel");
        list.setId("documents");
        list.setPlaceholder(new Label("No documents imported yet."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Document d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setText(null);
                    return;
                }
                String date = d.published() == null ? "date unknown" : DisplayDates.of(d.published());
                setText(d.title() + "\n" + date + " · " + d.file());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) selection.openDocument(d.id(), 0, 0);
        });
        selection.main().snapshotProperty().addListener((o, a, s) -> documents.setAll(s.documents()));
        documents.setAll(selection.main().snapshotProperty().get().documents());
        Label heading = new Label("Documents");
        heading.getStyleClass().add("panel-title");
        VBox.setVgrow(list, Priority.ALWAYS);
        setPadding(new Insets(8));
        setSpacing(6);
        getChildren().setAll(heading, list);
    }

    public ListView<Document> list() {
        return list;
    }
}
