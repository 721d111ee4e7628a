package org.eventscope.timeline;

/** An event whose year is unknown ({@code XXXX-11-12}): it waits in the tray until its document gets a date. */
public record UnplacedEvent(long id, String title, String dateText, int kind) {
}
