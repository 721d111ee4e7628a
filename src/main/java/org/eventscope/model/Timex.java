package org.eventscope.model;

/** A temporal expression found in a text: as written, its TimeML value, its type and where it stands. */
public record Timex(String text, String value, TimexType type, int offset) {
    public int end() { return offset + text.length(); }
}
