package io.insurcrm.core.blacklist;

import java.util.Objects;
import java.util.UUID;

/** Identity of a blacklist entry. */
public record BlacklistEntryId(UUID value) {
    public BlacklistEntryId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
