package io.insurcrm.core.customer;

import java.util.Objects;
import java.util.UUID;

/** Identity of a household. */
public record HouseholdId(UUID value) {
    public HouseholdId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
