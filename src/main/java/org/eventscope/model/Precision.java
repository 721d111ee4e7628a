package org.eventscope.model;

/** How precisely a date is known, from finest to coarsest. */
public enum Precision {
    /** A time of day within a known day. */
    TIME,
    DAY,
    /** A span of days with known start and end (for example "November 11-13"). */
    SPAN,
    WEEK,
    MONTH,
    SEASON,
    QUARTER,
    YEAR,
    DECADE,
    CENTURY
}
