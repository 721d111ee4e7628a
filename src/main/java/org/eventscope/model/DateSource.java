package org.eventscope.model;

/** Where a document's publication date came from. */
public enum DateSource {
    HEADER, DATELINE, USER, UNKNOWN;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
}
