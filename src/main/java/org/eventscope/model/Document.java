package org.eventscope.model;

import java.time.Instant;

/**
 * An imported article. {@code published} is null when unknown (then {@code publishedFrom} is UNKNOWN);
 * it may be a day, or a {@link TimeValue.YearUnknown} when a dateline gives day and month only.
 */
public record Document(long id, String path, String file, String hash, String title, String text,
                       TimeValue published, DateSource publishedFrom, String author, Instant importedAt) {
}
