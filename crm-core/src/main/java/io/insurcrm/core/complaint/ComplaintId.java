package io.insurcrm.core.complaint;

import java.util.Objects;
import java.util.UUID;

/** Identity of a complaint. */
public record ComplaintId(UUID value) {
    public ComplaintId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
