package io.insurcrm.core.claim;

import java.util.Objects;
import java.util.UUID;

/** Identity of a claim. */
public record ClaimId(UUID value) {
    public ClaimId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
