package io.insurcrm.core.followup;

import java.util.Objects;
import java.util.UUID;

/** Identity of a follow-up task. */
public record FollowUpTaskId(UUID value) {
    public FollowUpTaskId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
