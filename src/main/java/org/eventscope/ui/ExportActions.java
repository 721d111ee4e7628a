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

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;

/** File ▸ Export: asks for the title, range and paper, then a file, and exports in the background with progress. */
final class ExportActions {
    static final String DEFAULT_TITLE = "Eventscope timeline";

    private ExportActions() {
    }

    static void export(MainWindow window, MainViewModel vm, SelectionViewModel selection, String format) {
        ExportService service = vm.exports();
        if (service == null) {
            Dialogs.error("Export is not available in this window.");
            return;
        }
        LocalDate[] range = selection.exportRange();
        Dialog<ExportService.Request> dialog = dialog(service, format, range[0], range[1], selection,
                window.timeline().view().getLaneMode());
        dialog.showAndWait().ifPresent(req -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + service.description(format));
            chooser.setInitialFileName(fileName(req.title()) + "." + service.extension(format));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(service.description(format), "*." + service.extension(format)));
            File file = chooser.showSaveDialog(window.getScene().getWindow());
            if (file == null) return;
            run(vm, req, file.toPath(), path -> {
                Alert a = new Alert(Alert.AlertType.INFORMATION, "Exported to " + path, ButtonType.OK);
                a.setHeaderText(null);
                a.show();
            });
        });
    }

    /** Exports in the background to a temporary file, then moves it in place (a cancelled export leaves nothing). */
    static void run(MainViewModel vm, ExportService.Request req, Path target, java.util.function.Consumer<Path> done) {
        vm.runCancellable("Exporting", (store, progress) -> {
            Path tmp = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                vm.exports().export(store, req, out, progress);
            } catch (Exception e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }, done);
    }

    private static Dialog<ExportService.Request> dialog(ExportService service, String format, LocalDate from, LocalDate to,
                                                        SelectionViewModel selection, org.eventscope.timeline.LaneMode laneMode) {
        Dialog<ExportService.Request> d = new Dialog<>();
        d.setTitle("Export " + service.description(format));
        d.setHeaderText("Export the events in a date range that pass the active filters.");
        TextField title = new TextField(DEFAULT_TITLE);
        title.setId("export-title");
        title.setPrefColumnCount(30);
        DatePicker fromPicker = new DatePicker(from);
        fromPicker.setId("export-from");
        DatePicker toPicker = new DatePicker(to);
        toPicker.setId("export-to");
        ChoiceBox<String> paper = new ChoiceBox<>(FXCollections.observableArrayList("A4", "Letter"));
        paper.setValue(service.defaultPaper());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("From"), fromPicker);
        grid.addRow(2, new Label("To"), toPicker);
        javafx.scene.control.CheckBox lanes = new javafx.scene.control.CheckBox("One lane per participant");
        lanes.setSelected(laneMode == org.eventscope.timeline.LaneMode.PARTICIPANT);
        if (format.equals("pdf")) grid.addRow(3, new Label("Paper"), paper);
        if (format.equals("pdf") || format.equals("png")) grid.add(lanes, 1, 5);
        Label hint = new Label("Leave the dates empty to export everything.");
        hint.getStyleClass().add("panel-meta");
        grid.add(hint, 1, 4);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> fromPicker.getValue() != null
                && toPicker.getValue() != null && toPicker.getValue().isBefore(fromPicker.getValue()), fromPicker.valueProperty(), toPicker.valueProperty()));
        d.setResultConverter(b -> b == ButtonType.OK ? new ExportService.Request(format, title.getText(), fromPicker.getValue(),
                toPicker.getValue(), paper.getValue(), selection.filterProperty().get(),
                lanes.isSelected()) : null);
        return d;
    }

    static String fileName(String title) {
        String s = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "").toLowerCase(Locale.ROOT);
        return s.isEmpty() ? "eventscope" : s;
    }
}
