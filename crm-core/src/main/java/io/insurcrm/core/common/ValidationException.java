package io.insurcrm.core.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input broke one or more rules; nothing was changed. */
public final class ValidationException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ValidationException(String field, String rule, String message) {
        this(List.of(new Violation(field, rule, message)));
    }

    /** The broken rules, in the order they were found. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; ", "invalid input: ", ""));
    }
}
