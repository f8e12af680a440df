package io.insurcrm.core.segment;

import io.insurcrm.core.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * The segment a customer is currently in.
 *
 * @param source who put him there, e.g. {@code manual} or {@code analytics}
 */
public record CustomerSegment(CustomerId customerId, Segment segment, Instant assignedAt, String source) {
    public CustomerSegment {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(assignedAt, "assignedAt");
        Objects.requireNonNull(source, "source");
    }
}
