package org.eventscope.ui;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.controlsfx.control.StatusBar;
import org.eventscope.ingest.ImportReport;
import org.eventscope.model.Document;
import org.eventscope.model.Event;
import org.eventscope.store.Corrections;

import java.io.File;
import java.util.List;

/**
 * The workspace: participants and search on the left, the timeline and the events table in the centre, the event's
 * details and its source text on the right, menus and a toolbar on top, filters below them, a status bar at the bottom.
 */
public final class MainWindow extends BorderPane implements AppMenus.Actions {
    private final MainViewModel vm;
    private final SelectionViewModel selection;
    private final ParticipantsPanel participants;
    private final SearchPanel search;
    private final SourcePanel source;
    private final EventDetailsPanel details;
    private final FilterBar filters;
    private final EventTable table;
    private final UndatedTray tray;
    private final StackPane timelineSlot = new StackPane();
    private final TimelinePane timeline;
    private final TabPane left = new TabPane();
    private final SplitPane main;
    private final SplitPane centre;
    private final SplitPane right;
    private final CheckMenuItem dark = new CheckMenuItem("_Dark theme");
    private final VBox emptyState;
    private Runnable onQuit = () -> { };

    public MainWindow(MainViewModel vm) {
        this.vm = vm;
        this.selection = new SelectionViewModel(vm);
        getStyleClass().add("main-window");
        participants = new ParticipantsPanel(selection);
        search = new SearchPanel(selection);
        source = new SourcePanel(selection);
        details = new EventDetailsPanel(selection);
        filters = new FilterBar(selection);
        table = new EventTable(selection);
        tray = new UndatedTray(selection);
        details.edit.setOnAction(e -> editEvent());
        details.remove.setOnAction(e -> removeEvent());
        source.setOnSetDate(this::askPublicationDate);

        Tab peopleTab = new Tab("Participants", participants);
        Tab searchTab = new Tab("Search", search);
        Tab docsTab = new Tab("Documents", new DocumentsPanel(selection));
        peopleTab.setClosable(false);
        searchTab.setClosable(false);
        docsTab.setClosable(false);
        left.getTabs().setAll(peopleTab, searchTab, docsTab);
        left.setId("left-tabs");

        timeline = new TimelinePane(selection);
        timelineSlot.getChildren().setAll(timeline);
        SplitPane timelineAndTray = new SplitPane(timelineSlot);
        SplitPane.setResizableWithParent(tray, false);
        // The tray of events whose year is unknown shows only while there are some.
        selection.visibleUndated().addListener((javafx.collections.ListChangeListener<Event>) c -> showTray(timelineAndTray));
        showTray(timelineAndTray);
        centre = new SplitPane(timelineAndTray, table);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        right = new SplitPane(details, source);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.3);
        main = new SplitPane(left, centre, right);
        main.setDividerPositions(0.17, 0.75);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);

        Label prompt = new Label("No documents yet. Import a folder of news articles, or drop files here.");
        prompt.getStyleClass().add("empty-prompt");
        Button importButton = new Button("Import documents…");
        importButton.setId("empty-import");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> importFolder());
        emptyState = new VBox(12, prompt, importButton);
        emptyState.setAlignment(Pos.CENTER);
        emptyState.getStyleClass().add("empty-state");
        emptyState.setId("empty-state");
        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.setId("error-banner");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        StackPane body = new StackPane(main, emptyState);
        vm.snapshotProperty().addListener((o, a, s) -> showEmpty(isEmpty(s) && vm.loadedProperty().get()));
        vm.loadedProperty().addListener((o, a, l) -> showEmpty(l && isEmpty(vm.snapshotProperty().get()) && vm.errorProperty().get() == null));
        showEmpty(false);

        setTop(new VBox(AppMenus.build(this, selection, dark), toolbar(), filters, error));
        setCenter(body);
        setBottom(statusBar());
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) importPaths(files);
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void showTray(SplitPane split) {
        boolean any = !selection.visibleUndated().isEmpty();
        if (any && !split.getItems().contains(tray)) {
            split.getItems().add(tray);
            split.setDividerPositions(0.82);
        } else if (!any) {
            split.getItems().remove(tray);
        }
    }

    private static boolean isEmpty(WorkspaceSnapshot s) {
        return s.documents().isEmpty() && s.eventCount() == 0;
    }

    private void showEmpty(boolean empty) {
        emptyState.setVisible(empty);
        main.setVisible(!empty);
    }

    public TimelinePane timeline() { return timeline; }

    public SelectionViewModel selection() { return selection; }
    public MainViewModel viewModel() { return vm; }
    public SplitPane mainSplit() { return main; }
    public SplitPane centreSplit() { return centre; }
    public CheckMenuItem darkTheme() { return dark; }
    public SearchPanel searchPanel() { return search; }
    public void setOnQuit(Runnable r) { onQuit = r; }

    private ToolBar toolbar() {
        Button importFolder = new Button("Import folder…");
        importFolder.setId("import-folder");
        importFolder.setOnAction(e -> importFolder());
        Button importFiles = new Button("Import files…");
        importFiles.setOnAction(e -> importFiles());
        Button exportPdf = new Button("Export PDF…");
        exportPdf.setId("export-pdf");
        exportPdf.setOnAction(e -> export("pdf"));
        Button find = new Button("Search");
        find.setOnAction(e -> find());
        ToolBar bar = new ToolBar(importFolder, importFiles, exportPdf, find);
        bar.setId("toolbar");
        return bar;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status");
        bar.setText(vm.statusProperty().get());
        vm.statusProperty().addListener((o, was, now) -> bar.setText(now));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-task");
        cancel.setVisible(false);
        cancel.setOnAction(e -> vm.cancelRunning());
        bar.getRightItems().add(cancel);
        vm.runner().setProgressListener((title, fraction, message, running) -> {
            bar.setProgress(running ? (fraction < 0 ? -1 : fraction) : 0);
            bar.setText(running && message != null && !message.isEmpty() ? message : vm.statusProperty().get());
            cancel.setVisible(running && vm.isCancellable());
        });
        return bar;
    }

    @Override
    public void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html)", "*.txt", "*.md", "*.html", "*.htm"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) importPaths(files);
    }

    @Override
    public void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of articles");
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) importPaths(List.of(dir));
    }

    private void importPaths(List<File> files) {
        vm.importPaths(files.stream().map(File::toPath).toList(), this::reportImport);
    }

    private void reportImport(ImportReport report) {
        List<ImportReport.FileResult> failed = report.files().stream().filter(f -> f.status() == ImportReport.Status.FAILED).toList();
        if (failed.isEmpty()) return;
        Alert a = new Alert(Alert.AlertType.WARNING, String.join("\n", failed.stream().map(ImportReport.FileResult::line).toList()), ButtonType.OK);
        a.setTitle("Import");
        a.setHeaderText(report.summary());
        a.getDialogPane().setId("import-report");
        a.show();
    }

    @Override
    public void export(String format) {
        ExportActions.export(this, vm, selection, format);
    }

    @Override
    public void setPublicationDate() {
        SelectionViewModel.SourceView v = selection.sourceViewProperty().get();
        if (v != null) askPublicationDate(v.document());
        else Dialogs.error("Select an event or an article first: the date is set for the article it comes from.");
    }

    private void askPublicationDate(Document d) {
        Dialogs.publicationDate(d).showAndWait().ifPresent(date -> vm.setDocumentDate(d.id(), date));
    }

    @Override
    public void quit() {
        onQuit.run();
    }

    @Override
    public void reanalyseAll() {
        vm.reanalyse(true);
    }

    @Override
    public void undo() {
        vm.undo();
    }

    @Override
    public void find() {
        left.getSelectionModel().select(1);
        search.field().requestFocus();
        search.field().selectAll();
    }

    @Override
    public void editEvent() {
        Event e = selection.selectedEventProperty().get();
        if (e == null) return;
        Dialogs.editEvent(e).showAndWait().ifPresent(edit -> {
            if (!edit.title().equals(e.title())) vm.editEvent(e.id(), Corrections.EventField.TITLE, edit.title());
            if (edit.kind() != e.kind()) vm.editEvent(e.id(), Corrections.EventField.KIND, edit.kind().name());
            if (!edit.when().equals(e.when().timeml())) vm.editEvent(e.id(), Corrections.EventField.WHEN, edit.when());
        });
    }

    @Override
    public void removeEvent() {
        Event e = selection.selectedEventProperty().get();
        if (e == null) return;
        Dialogs.confirmRemove(e).showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> vm.editEvent(e.id(), Corrections.EventField.REMOVED, "true"));
    }

    @Override
    public void copyEvidence() {
        source.textView().copy();
    }

    @Override
    public void mergeEvents() {
        table.mergeSelected(selection);
    }

    @Override
    public void renameParticipant() {
        participants.rename();
    }

    @Override
    public void mergeParticipant() {
        participants.mergeInto();
    }

    @Override
    public void fitAll() {
        timeline.fitAll();
    }

    @Override
    public void zoomIn() {
        timeline.view().zoomIn();
    }

    @Override
    public void zoomOut() {
        timeline.view().zoomOut();
    }

    void saveTimeline(UiSettings settings) {
        timeline.save(settings);
    }

    @Override
    public void clearFilters() {
        filters.clearAll();
    }

    @Override
    public void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "Eventscope " + version() + "\nReads news articles, finds dated events and who took part, "
                + "and shows them on a timeline.\nDatabase: " + vm.databasePath(), ButtonType.OK);
        a.setHeaderText("Eventscope");
        a.setTitle("About Eventscope");
        a.show();
    }

    static String version() {
        String v = MainWindow.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
