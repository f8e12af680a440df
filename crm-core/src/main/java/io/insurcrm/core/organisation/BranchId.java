package io.insurcrm.core.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identity of a branch. */
public record BranchId(UUID value) {
    public BranchId {
        Objects.requireNonNull(value, "value");
    }

    public static BranchId of(String uuid) {
        return new BranchId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
