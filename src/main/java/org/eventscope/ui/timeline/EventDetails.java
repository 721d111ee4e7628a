package org.eventscope.ui.timeline;

import java.util.List;

/** What the hover tooltip shows for an event: the date as written, the title, the participants' names and the number of sources. */
public record EventDetails(String dateText, String title, List<String> participants, int sources) {
    public EventDetails {
        participants = List.copyOf(participants);
    }
}
