package org.eventscope.model;

public enum ParticipantKind {
    PERSON, ORGANIZATION, PLACE
}
