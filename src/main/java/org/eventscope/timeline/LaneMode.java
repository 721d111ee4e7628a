package org.eventscope.timeline;

/** How the timeline splits into horizontal bands. */
public enum LaneMode { NONE, PARTICIPANT, KIND, DOCUMENT }
