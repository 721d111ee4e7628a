package org.eventscope.timeline;

import org.eventscope.model.Precision;

/** How an event is drawn: a point for a day, a bar for a span of days, a faded band for a vague date (week, month, season, year …). */
public enum MarkShape {
    POINT, BAR, BAND;

    public static MarkShape of(int precisionOrdinal) {
        Precision p = Precision.values()[precisionOrdinal];
        return switch (p) {
            case TIME, DAY -> POINT;
            case SPAN -> BAR;
            default -> BAND;
        };
    }
}
