package org.eventscope.ingest;

import java.nio.file.Path;
import java.util.List;

/** What happened to each file of an import. */
public record ImportReport(List<FileResult> files, boolean cancelled) {

    public enum Status { IMPORTED, SKIPPED, FAILED }

    /** One file's outcome; {@code message} says why it was skipped or failed. */
    public record FileResult(Path path, Status status, String message, Long documentId) {
        public String line() {
            return switch (status) {
                case IMPORTED -> "imported: " + path + (message == null ? "" : " (" + message + ")");
                case SKIPPED -> "skipped: " + path + " (" + message + ")";
                case FAILED -> "failed: " + path + " (" + message + ")";
            };
        }
    }

    public ImportReport {
        files = List.copyOf(files);
    }

    public long count(Status s) {
        return files.stream().filter(f -> f.status() == s).count();
    }

    public String summary() {
        return count(Status.IMPORTED) + " imported, " + count(Status.SKIPPED) + " skipped, " + count(Status.FAILED) + " failed"
                + (cancelled ? " (cancelled)" : "");
    }

    /** 0 when every file was imported or already present, 1 when some failed, 3 when none succeeded. */
    public int exitCode() {
        long failed = count(Status.FAILED);
        if (failed == 0) return 0;
        return failed == files.size() ? 3 : 1;
    }
}
