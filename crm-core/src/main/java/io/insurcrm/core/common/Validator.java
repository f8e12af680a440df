package io.insurcrm.core.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Collects violations so that a value reports every broken rule at once, then throws a single
 * {@link ValidationException}. Used by the compact constructors of the model records.
 */
public final class Validator {
    private final List<Violation> violations = new ArrayList<>();

    public static Validator start() {
        return new Validator();
    }

    public Validator add(String field, String rule, String message) {
        violations.add(new Violation(field, rule, message));
        return this;
    }

    public Validator addAll(List<Violation> more) {
        violations.addAll(more);
        return this;
    }

    public Validator require(Object value, String field) {
        if (value == null) {
            add(field, "required", "is required");
        }
        return this;
    }

    public Validator requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "required", "is required");
        } else {
            maxLength(value, field, maxLength);
        }
        return this;
    }

    public Validator maxLength(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "max-length", "must be at most " + maxLength + " characters");
        }
        return this;
    }

    public Validator nonNegative(Money value, String field) {
        if (value != null && value.amount().signum() < 0) {
            add(field, "non-negative", "must not be negative");
        }
        return this;
    }

    public Validator nonNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            add(field, "non-negative", "must not be negative");
        }
        return this;
    }

    /** {@code earlier} must not be after {@code later}; either may be absent. */
    public Validator inOrder(LocalDate earlier, String earlierField, LocalDate later, String laterField) {
        if (earlier != null && later != null && earlier.isAfter(later)) {
            add(laterField, "date-order", "must not be before " + earlierField);
        }
        return this;
    }

    /** Parses an optional value, turning its ValidationException into violations of this validator. */
    public <T> T parse(String raw, String field, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                add(field, v.rule(), v.message());
            }
            return null;
        }
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Throws if any rule was broken. */
    public void validate() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    public static <T> T requireNonNullArg(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
