package io.insurcrm.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plugin may know about one customer: minimal by design. {@link #toString()} shows only the
 * reference, so a snapshot can be logged by accident without leaking personal data.
 *
 * @param customerRef   an opaque, stable reference to the customer (not personal data)
 * @param displayName   the customer's name as the access policy allows it, typically masked ({@code 张*})
 * @param segment       the customer's current segment, if any
 * @param contactPoints the addresses channels may use, preferred first; empty if the policy allows none
 */
public record CustomerSnapshot(String customerRef, String displayName, Optional<String> segment,
        List<ContactPoint> contactPoints) {

    /**
     * Checks and copies.
     *
     * @param customerRef see the record component
     * @param displayName see the record component
     * @param segment see the record component
     * @param contactPoints see the record component
     * @throws NullPointerException if a component is null
     */
    public CustomerSnapshot {
        Objects.requireNonNull(customerRef, "customerRef");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(segment, "segment");
        contactPoints = List.copyOf(contactPoints);
    }

    /**
     * The preferred contact point of a kind.
     *
     * @param kind e.g. {@link ContactKind#EMAIL}
     * @return the first contact point of that kind, if any
     */
    public Optional<ContactPoint> contact(ContactKind kind) {
        return contactPoints.stream().filter(c -> c.kind() == kind).findFirst();
    }

    /** The reference and the number of contact points; never the name or addresses. */
    @Override
    public String toString() {
        return "CustomerSnapshot[" + customerRef + ", " + contactPoints.size() + " contact points]";
    }
}
