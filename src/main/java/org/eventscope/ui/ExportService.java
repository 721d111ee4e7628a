package org.eventscope.ui;

import org.eventscope.store.Store;
import org.eventscope.timeline.EventFilter;

import java.io.OutputStream;
import java.time.LocalDate;

/**
 * What File ▸ Export needs from the export layer, which the window may not use directly (the two are sibling layers):
 * the command-line layer, which sees both, hands an implementation to the window when it starts it.
 */
public interface ExportService {

    /**
     * An export: format id (pdf, csv, json, png, timelinejs), title, range (nulls: open), paper ("A4" or "Letter"),
     * filter, and whether the timeline is drawn in one lane per participant (as on screen).
     */
    record Request(String format, String title, LocalDate from, LocalDate to, String paper, EventFilter filter, boolean lanes) {
    }

    /** The file name extension of a format, without the dot. */
    String extension(String format);

    /** A short description of a format, for the file chooser. */
    String description(String format);

    /** The default paper for this user ("A4" or "Letter"). */
    String defaultPaper();

    /** Writes the export to {@code out} (not closed), telling progress; runs on the store's background thread. */
    void export(Store store, Request request, OutputStream out, TaskRunner.Progress progress) throws Exception;
}
