package io.insurcrm.core.policy;

import java.util.Objects;
import java.util.UUID;

/** Identity of a policy. */
public record PolicyId(UUID value) {
    public PolicyId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
