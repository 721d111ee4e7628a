package org.eventscope.model;

public enum TimexType {
    DATE, TIME, DURATION, SET
}
