package io.insurcrm.analytics.model;

import java.util.Objects;

/**
 * Why a rule decided what it decided: the fact, its value and the threshold it was compared with.
 *
 * @param code      what was decided, e.g. {@code "tier-a.premium"}
 * @param fact      the fact's name, e.g. {@code "premium12"}
 * @param value     the fact's value as text (null when the fact is missing)
 * @param threshold the threshold as text, with its comparison, e.g. {@code ">= 20000"}
 */
public record Reason(String code, String fact, String value, String threshold) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fact, "fact");
    }

    public static Reason of(String code, String fact, Object value, String threshold) {
        return new Reason(code, fact, value == null ? null : value instanceof java.math.BigDecimal
                ? ((java.math.BigDecimal) value).toPlainString() : value.toString(), threshold);
    }
}
