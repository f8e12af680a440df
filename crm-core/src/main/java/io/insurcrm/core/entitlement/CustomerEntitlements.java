package io.insurcrm.core.entitlement;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.segment.Segment;
import java.util.Set;

/**
 * What a customer is entitled to, and why (his segment).
 *
 * @param segment {@code null} if the customer has no segment yet
 */
public record CustomerEntitlements(CustomerId customerId, Segment segment, Set<Entitlement> entitlements) {
    public CustomerEntitlements {
        entitlements = Set.copyOf(entitlements);
    }

    public boolean has(Entitlement entitlement) {
        return entitlements.contains(entitlement);
    }
}
