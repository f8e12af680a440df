package io.insurcrm.core.interaction;

import java.util.Objects;
import java.util.UUID;

/** Identity of an interaction. */
public record InteractionId(UUID value) {
    public InteractionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
