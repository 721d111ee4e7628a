package org.eventscope.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.eventscope.model.Document;
import org.eventscope.model.DisplayDates;
import org.eventscope.model.Event;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The main window's content: documents on the left, events in the centre, a toolbar and a status bar. */
public final class MainWindow extends BorderPane {
    private final MainViewModel vm;
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final TableView<Event> eventTable = new TableView<>(events);
    private final ListView<Document> documentList = new ListView<>(documents);

    public MainWindow(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("main-window");
        setTop(toolbar());
        setCenter(content());
        setBottom(statusBar());
        vm.snapshotProperty().addListener((o, a, s) -> {
            documents.setAll(s.documents());
            events.setAll(s.allEvents());
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (files != null && !files.isEmpty()) vm.importPaths(files.stream().map(File::toPath).toList(), null);
            e.setDropCompleted(files != null && !files.isEmpty());
            e.consume();
        });
    }

    private ToolBar toolbar() {
        Button importFolder = new Button("Import folder…");
        importFolder.setOnAction(e -> chooseFolder(getScene().getWindow()));
        Button importFiles = new Button("Import files…");
        importFiles.setOnAction(e -> chooseFiles(getScene().getWindow()));
        return new ToolBar(importFolder, importFiles);
    }

    void chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of articles");
        File dir = chooser.showDialog(owner);
        if (dir != null) vm.importPaths(List.of(dir.toPath()), null);
    }

    void chooseFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.html", "*.htm"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null) vm.importPaths(files.stream().map(File::toPath).toList(), null);
    }

    private StackPane content() {
        documentList.setId("documents");
        documentList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Document d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setText(null);
                    return;
                }
                String date = d.published() == null ? "date unknown" : DisplayDates.of(d.published());
                setText(d.title() + "\n" + date + " · " + d.file());
            }
        });
        eventTable.setId("events");
        eventTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Event, String> when = new TableColumn<>("Date");
        when.setCellValueFactory(c -> new SimpleStringProperty(DisplayDates.of(c.getValue().when())
                + (c.getValue().disputed() ? " (disputed)" : "")));
        when.setPrefWidth(140);
        TableColumn<Event, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().kind().label()));
        kind.setPrefWidth(120);
        TableColumn<Event, String> title = new TableColumn<>("Event");
        title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().title()));
        title.setPrefWidth(360);
        TableColumn<Event, String> who = new TableColumn<>("Participants");
        who.setCellValueFactory(c -> new SimpleStringProperty(vm.snapshotProperty().get().participantNames(c.getValue())));
        who.setPrefWidth(220);
        TableColumn<Event, String> sources = new TableColumn<>("Sources");
        sources.setCellValueFactory(c -> new SimpleStringProperty(sourceFiles(c.getValue())));
        eventTable.getColumns().setAll(List.of(when, kind, title, who, sources));

        Label empty = new Label("No events yet. Import a folder of news articles to begin.");
        Button importButton = new Button("Import documents…");
        importButton.setOnAction(e -> chooseFolder(getScene().getWindow()));
        VBox placeholder = new VBox(12, empty, importButton);
        placeholder.setAlignment(Pos.CENTER);
        eventTable.setPlaceholder(placeholder);

        SplitPane split = new SplitPane(documentList, eventTable);
        split.setDividerPositions(0.28);
        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.setWrapText(true);
        error.setPadding(new Insets(16));
        error.setStyle("-fx-background-color: #fdecea; -fx-text-fill: #8a1c12; -fx-font-size: 14px;");
        StackPane.setAlignment(error, Pos.TOP_CENTER);
        return new StackPane(split, error);
    }

    private String sourceFiles(Event e) {
        var docs = vm.snapshotProperty().get().documentsById();
        return String.join(", ", e.sources().stream().map(s -> docs.containsKey(s.documentId()) ? docs.get(s.documentId()).file() : "?")
                .distinct().toList());
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status");
        bar.setText(vm.statusProperty().get());
        vm.statusProperty().addListener((o, was, now) -> bar.setText(now));
        vm.runner().setProgressListener((title, fraction, message, running) -> {
            bar.setProgress(running ? (fraction < 0 ? -1 : fraction) : 0);
            bar.setText(running && message != null && !message.isEmpty() ? message : vm.statusProperty().get());
        });
        return bar;
    }

    public TableView<Event> eventTable() { return eventTable; }

    public ListView<Document> documentList() { return documentList; }

    static Path path(File f) { return f.toPath(); }
}
