package org.eventscope.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * How to export: the title (PDF cover, headers, metadata; TimelineJS headline), the paper (PDF), whether the timeline is
 * drawn in lanes (one per participant), when the export happens (shown on the cover) and the time zone to show it in.
 */
public record ExportOptions(String title, Paper paper, boolean lanes, Instant exportedAt, ZoneId zone) {

    public static final String DEFAULT_TITLE = "Eventscope timeline";

    public ExportOptions {
        if (title == null || title.isBlank()) title = DEFAULT_TITLE;
        title = title.strip();
        if (paper == null) paper = Paper.forLocale(Locale.getDefault());
        if (exportedAt == null) exportedAt = Instant.now();
        if (zone == null) zone = ZoneId.systemDefault();
    }

    /** Defaults: the given title, paper from the locale, no lanes, now. */
    public static ExportOptions of(String title) {
        return new ExportOptions(title, null, false, null, null);
    }

    public ExportOptions withPaper(Paper p) {
        return new ExportOptions(title, p, lanes, exportedAt, zone);
    }

    public ExportOptions withLanes(boolean on) {
        return new ExportOptions(title, paper, on, exportedAt, zone);
    }
}
