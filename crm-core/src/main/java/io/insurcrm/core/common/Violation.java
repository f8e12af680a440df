package io.insurcrm.core.common;

import java.util.Objects;

/**
 * One broken rule: which field, which rule, and a message fit to show a user. The message names
 * the rule, never the offending value, so it is safe to log.
 *
 * @param field   the field path, e.g. {@code nationalId} or {@code workAddress.city}
 * @param rule    a stable machine-readable rule name, e.g. {@code checksum}, {@code required}
 * @param message a human-readable explanation without personal data
 */
public record Violation(String field, String rule, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message + " [" + rule + "]";
    }
}
