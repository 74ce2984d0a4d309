package dev.accord.model;

/** TIMEX3 types, plus {@code INTERVAL} for a date range written as one expression ("Aug 31 to Sept 1"). */
public enum TimeType {
    DATE, TIME, DURATION, SET, INTERVAL
}
