package org.eventscope.export;

import java.util.Locale;

/** What an export writes. */
public enum ExportFormat {
    PDF("pdf", "PDF document"),
    CSV("csv", "CSV table (one row per event and source)"),
    JSON("json", "Eventscope JSON (eventscope/1)"),
    PNG("png", "PNG image of the timeline"),
    TIMELINEJS("json", "TimelineJS JSON (Knight Lab)");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** The command line's name for it: pdf, csv, json, png, timelinejs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String s) {
        for (ExportFormat f : values()) if (f.id().equals(s.strip().toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown format '" + s + "' (pdf, csv, json, png, timelinejs)");
    }
}
