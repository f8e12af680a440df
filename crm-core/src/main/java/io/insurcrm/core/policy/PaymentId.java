package io.insurcrm.core.policy;

import java.util.Objects;
import java.util.UUID;

/** Identity of a premium payment. */
public record PaymentId(UUID value) {
    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
