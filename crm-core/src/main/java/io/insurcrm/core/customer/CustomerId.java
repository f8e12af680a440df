package io.insurcrm.core.customer;

import java.util.Objects;
import java.util.UUID;

/** Identity of a customer, unique across individuals and corporates. */
public record CustomerId(UUID value) {
    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    public static CustomerId of(String uuid) {
        return new CustomerId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
