package io.insurcrm.analytics.model;

/** How urgent an alert is. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
