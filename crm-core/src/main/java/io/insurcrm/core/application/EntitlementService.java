package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.entitlement.CustomerEntitlements;
import io.insurcrm.core.segment.CustomerSegment;
import io.insurcrm.core.segment.Segment;
import java.util.Optional;

/**
 * Value-added services by segment ({@link io.insurcrm.core.entitlement.EntitlementSettings}), for
 * channels and staff to query, and the customer's current segment they follow from.
 */
public interface EntitlementService {

    /** What the customer is entitled to now, with his segment. */
    CustomerEntitlements of(Actor actor, CustomerId customerId);

    /**
     * Puts the customer into a segment (replacing the previous one).
     *
     * @param source who decided, e.g. {@code manual}; the analytics write {@code analytics}
     */
    CustomerSegment setSegment(Actor actor, CustomerId customerId, Segment segment, String source);

    Optional<CustomerSegment> segment(Actor actor, CustomerId customerId);
}
