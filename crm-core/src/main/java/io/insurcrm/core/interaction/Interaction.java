package io.insurcrm.core.interaction;

import io.insurcrm.core.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** A logged contact with a customer. Append-only: interactions are never edited. */
public record Interaction(InteractionId id, CustomerId customerId, InteractionChannel channel, InteractionType type,
        Instant occurredAt, String staffId, String summary, String sourceRef, Instant recordedAt) {
    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordedAt, "recordedAt");
        new NewInteraction(customerId, channel, type, occurredAt, staffId, summary, sourceRef);
    }

    public static Interaction record(InteractionId id, NewInteraction i, Instant now) {
        return new Interaction(id, i.customerId(), i.channel(), i.type(), i.occurredAt(), i.staffId(), i.summary(),
                i.sourceRef(), now);
    }

    @Override
    public String toString() {
        return "Interaction[" + id + " " + channel + " " + type + "]";
    }
}
