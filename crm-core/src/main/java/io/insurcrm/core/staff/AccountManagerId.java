package io.insurcrm.core.staff;

import java.util.Objects;
import java.util.UUID;

/** Identity of an account manager. */
public record AccountManagerId(UUID value) {
    public AccountManagerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
