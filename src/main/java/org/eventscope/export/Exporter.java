package org.eventscope.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The one entry point for every export format, for the command line and the UI's background task.
 * <pre>
 * ExportData data = ExportData.load(store, from, to, participantNames);   // on the store's thread
 * Exporter.export(ExportFormat.PDF, data, ExportOptions.of("My title").withPaper(Paper.A4), out,
 *                 (fraction, message) -&gt; updateProgress(fraction, message));
 * </pre>
 * Runs on the calling thread; interrupting that thread cancels the export with an {@link java.io.InterruptedIOException}.
 * The stream is written to but not closed.
 */
public final class Exporter {

    /** Told of progress: fraction done (0..1) and what is being done. May be called from the exporting thread only. */
    @FunctionalInterface
    public interface Progress {
        void update(double fraction, String message);

        Progress NONE = (f, m) -> { };
    }

    private Exporter() {
    }

    public static void export(ExportFormat format, ExportData data, ExportOptions options, OutputStream out, Progress progress)
            throws IOException {
        Progress pr = progress == null ? Progress.NONE : progress;
        ExportOptions opts = options == null ? ExportOptions.of(null) : options;
        switch (format) {
            case PDF -> new PdfExport(data, opts, pr).write(out);
            case CSV -> CsvExport.write(data, out);
            case JSON -> JsonExport.write(JsonExport.export(data), out);
            case PNG -> PngExport.write(data, opts, out);
            case TIMELINEJS -> TimelineJsExport.write(data, opts, out);
        }
        pr.update(1.0, "Done");
    }
}
