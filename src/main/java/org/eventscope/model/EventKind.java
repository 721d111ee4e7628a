package org.eventscope.model;

/** A small, CAMEO-like top level of what happened. */
public enum EventKind {
    STATEMENT("Statement"),
    MEETING("Meeting or talks"),
    VISIT("Visit"),
    AGREEMENT("Agreement or signing"),
    RECOGNITION("Recognition"),
    APPOINTMENT("Appointment or election"),
    AID("Aid or cooperation"),
    PROTEST("Protest or demand"),
    THREAT("Threat or sanction"),
    MILITARY("Military action or attack"),
    LEGAL("Legal or judicial"),
    ECONOMIC("Economic or business"),
    DISASTER("Disaster or accident"),
    OTHER("Other");

    private final String label;

    EventKind(String label) { this.label = label; }

    public String label() { return label; }
}
