package org.eventscope.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action, with its shortcut shown. */
final class AppMenus {
    private AppMenus() {
    }

    /** What the menus call. */
    interface Actions {
        void importFiles();
        void importFolder();
        void export(String format);
        void setPublicationDate();
        void reanalyseAll();
        void quit();
        void undo();
        void find();
        void editEvent();
        void removeEvent();
        void copyEvidence();
        void mergeEvents();
        void renameParticipant();
        void mergeParticipant();
        void fitAll();
        void zoomIn();
        void zoomOut();
        void clearFilters();
        void about();
    }

    static MenuBar build(Actions a, SelectionViewModel selection, CheckMenuItem dark) {
        Menu file = new Menu("_File");
        Menu export = new Menu("_Export");
        for (String[] f : new String[][]{{"PDF…", "pdf"}, {"CSV…", "csv"}, {"JSON…", "json"}, {"PNG image…", "png"}, {"TimelineJS…", "timelinejs"}}) {
            MenuItem item = item(f[0], () -> a.export(f[1]), null);
            item.setId("export-" + f[1]);
            export.getItems().add(item);
        }
        export.getItems().get(0).setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        file.getItems().addAll(
                item("Import _files…", a::importFiles, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN)),
                item("Import f_older…", a::importFolder, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                export,
                new SeparatorMenuItem(),
                item("Set publication _date…", a::setPublicationDate, new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN)),
                item("Re-_analyse all articles", a::reanalyseAll, null),
                new SeparatorMenuItem(),
                item("_Quit", a::quit, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("_Undo correction", a::undo, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN)),
                new SeparatorMenuItem(),
                item("_Find…", a::find, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
                item("_Edit event…", a::editEvent, new KeyCodeCombination(KeyCode.F2)),
                item("_Remove event", a::removeEvent, new KeyCodeCombination(KeyCode.DELETE)),
                item("_Copy evidence sentence", a::copyEvidence, new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                new SeparatorMenuItem(),
                item("_Merge selected events", a::mergeEvents, new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN)),
                item("Re_name participant…", a::renameParticipant, new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                item("Merge _participant into…", a::mergeParticipant, new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)));
        Menu view = new Menu("_View");
        CheckMenuItem hideLow = new CheckMenuItem("_Hide low-confidence events");
        hideLow.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        hideLow.selectedProperty().bindBidirectional(selection.hideLowConfidenceProperty());
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        view.getItems().addAll(
                item("_Fit all", a::fitAll, new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN)),
                item("Zoom _in", a::zoomIn, new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN)),
                item("Zoom _out", a::zoomOut, new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN)),
                new SeparatorMenuItem(),
                hideLow,
                item("_Clear filters", a::clearFilters, new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                new SeparatorMenuItem(),
                dark);
        Menu help = new Menu("_Help");
        help.getItems().add(item("_About Eventscope", a::about, null));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    static MenuItem item(String text, Runnable action, KeyCombination accelerator) {
        MenuItem m = new MenuItem(text);
        m.setMnemonicParsing(true);
        m.setOnAction(e -> action.run());
        if (accelerator != null) m.setAccelerator(accelerator);
        return m;
    }
}
