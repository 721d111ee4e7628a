package org.eventscope.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * How to export: the title (PDF cover, headers, metadata; TimelineJS headline), the paper (PDF), whether the timeline is
 * drawn in lanes (one per participant), when the export happens (shown on the cover) and the time zone to show it in.
 */
public record ExportOptions(String title, Paper paper, boolean lanes, Instant exportedAt, ZoneId zone, List<String> filters) {

    /** Options without described filters (the cover then describes the participant filter of the data, if any). */
    public ExportOptions(String title, Paper paper, boolean lanes, Instant exportedAt, ZoneId zone) {
        this(title, paper, lanes, exportedAt, zone, List.of());
    }

    public static final String DEFAULT_TITLE = "Eventscope timeline";

    public ExportOptions {
        if (title == null || title.isBlank()) title = DEFAULT_TITLE;
        title = title.strip();
        if (paper == null) paper = Paper.forLocale(Locale.getDefault());
        if (exportedAt == null) exportedAt = Instant.now();
        if (zone == null) zone = ZoneId.systemDefault();
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /** Defaults: the given title, paper from the locale, no lanes, now. */
    public static ExportOptions of(String title) {
        return new ExportOptions(title, null, false, null, null);
    }

    public ExportOptions withPaper(Paper p) {
        return new ExportOptions(title, p, lanes, exportedAt, zone, filters);
    }

    public ExportOptions withLanes(boolean on) {
        return new ExportOptions(title, paper, on, exportedAt, zone, filters);
    }

    /** The active filters as people read them ("Kinds: Meeting or talks"), shown on the PDF's cover. */
    public ExportOptions withFilters(List<String> described) {
        return new ExportOptions(title, paper, lanes, exportedAt, zone, described);
    }
}
