package org.eventscope.ui;

import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.eventscope.export.ExportData;
import org.eventscope.export.ExportFormat;
import org.eventscope.export.ExportOptions;
import org.eventscope.export.Exporter;
import org.eventscope.export.Paper;
import org.eventscope.model.Event;
import org.eventscope.model.Participant;
import org.eventscope.timeline.EventFilter;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** File ▸ Export: asks for the title, range and paper, then a file, and exports in the background with progress. */
final class ExportActions {
    private ExportActions() {
    }

    /** What the export dialog asks. */
    record Request(String title, LocalDate from, LocalDate to, Paper paper) {
    }

    static void export(MainWindow window, MainViewModel vm, SelectionViewModel selection, String formatId) {
        ExportFormat format = ExportFormat.parse(formatId);
        LocalDate[] range = selection.exportRange();
        Dialog<Request> dialog = dialog(format, range[0], range[1]);
        dialog.showAndWait().ifPresent(req -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + format.description());
            chooser.setInitialFileName(fileName(req.title()) + "." + format.extension());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
            File file = chooser.showSaveDialog(window.getScene().getWindow());
            if (file == null) return;
            EventFilter filter = selection.filterProperty().get();
            run(vm, format, req, filter, file.toPath(), path -> {
                Alert a = new Alert(Alert.AlertType.INFORMATION, "Exported to " + path, ButtonType.OK);
                a.setHeaderText(null);
                a.show();
            });
        });
    }

    /** Exports in the background: loads the range, applies the filter, writes a temporary file, then moves it in place. */
    static void run(MainViewModel vm, ExportFormat format, Request req, EventFilter filter, Path target, java.util.function.Consumer<Path> done) {
        vm.runCancellable("Exporting", (store, progress) -> {
            progress.update(-1, "Reading events…");
            ExportData all = ExportData.load(store, req.from(), req.to(), List.of());
            List<String> names = new ArrayList<>();
            for (Participant p : all.participants()) if (filter.participants().contains(p.id())) names.add(p.name());
            List<Event> events = all.events().stream().filter(filter.withRange(null, null)::test).toList();
            ExportData data = new ExportData(req.from(), req.to(), names, all.documents(), all.participants(), events,
                    all.documentsByParticipant());
            Path tmp = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Exporter.export(format, data, ExportOptions.of(req.title()).withPaper(req.paper()), out,
                        (f, m) -> {
                            if (progress.isCancelled()) throw new java.util.concurrent.CancellationException("Export cancelled");
                            progress.update(f, m);
                        });
            } catch (RuntimeException | java.io.IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }, done);
    }

    private static Dialog<Request> dialog(ExportFormat format, LocalDate from, LocalDate to) {
        Dialog<Request> d = new Dialog<>();
        d.setTitle("Export " + format.description());
        d.setHeaderText("Export the events in a date range (and passing the active filters).");
        TextField title = new TextField(ExportOptions.DEFAULT_TITLE);
        title.setId("export-title");
        title.setPrefColumnCount(30);
        DatePicker fromPicker = new DatePicker(from);
        fromPicker.setId("export-from");
        DatePicker toPicker = new DatePicker(to);
        toPicker.setId("export-to");
        ChoiceBox<Paper> paper = new ChoiceBox<>(FXCollections.observableArrayList(Paper.values()));
        paper.setValue(Paper.forLocale(Locale.getDefault()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("From"), fromPicker);
        grid.addRow(2, new Label("To"), toPicker);
        if (format == ExportFormat.PDF) grid.addRow(3, new Label("Paper"), paper);
        Label hint = new Label("Leave the dates empty to export everything.");
        hint.getStyleClass().add("panel-meta");
        grid.add(hint, 1, 4);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> fromPicker.getValue() != null
                && toPicker.getValue() != null && toPicker.getValue().isBefore(fromPicker.getValue()), fromPicker.valueProperty(), toPicker.valueProperty()));
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Request(title.getText(), fromPicker.getValue(), toPicker.getValue(), paper.getValue()) : null);
        return d;
    }

    static String fileName(String title) {
        String s = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "").toLowerCase(Locale.ROOT);
        return s.isEmpty() ? "eventscope" : s;
    }
}
