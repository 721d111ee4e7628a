package org.eventscope.model;

/** What is known of a document before analysis: its file name, title, publication date and where that came from. */
public record DocumentInfo(String file, String title, TimeValue published, DateSource publishedFrom, String author) {
    public DocumentInfo withPublished(TimeValue value, DateSource from) {
        return new DocumentInfo(file, title, value, from, author);
    }
}
