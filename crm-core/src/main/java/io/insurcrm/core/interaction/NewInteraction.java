package io.insurcrm.core.interaction;

import io.insurcrm.core.common.Validator;
import io.insurcrm.core.customer.CustomerId;
import java.time.Instant;

/**
 * The command to log a contact with a customer.
 *
 * @param staffId   who handled it (an opaque staff id), if anyone
 * @param sourceRef the id of this interaction in the system it came from; the natural key that
 *                  makes re-imports idempotent. Optional for interactions logged directly.
 */
public record NewInteraction(CustomerId customerId, InteractionChannel channel, InteractionType type,
        Instant occurredAt, String staffId, String summary, String sourceRef) {
    public NewInteraction {
        Validator.start()
                .require(customerId, "customerId")
                .require(channel, "channel")
                .require(type, "type")
                .require(occurredAt, "occurredAt")
                .maxLength(staffId, "staffId", 64)
                .maxLength(summary, "summary", 4000)
                .maxLength(sourceRef, "sourceRef", 100)
                .validate();
    }
}
