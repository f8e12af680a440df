package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.core.view.CustomerLookup;
import java.util.Optional;

/**
 * The 360° view: find a customer by any identifier and get everything held about him.
 * An unknown identifier gives an empty result, never an exception.
 */
public interface Customer360Service {

    /**
     * Reads {@code identifier} as a customer id, national ID number (18 or 15 digits, any case,
     * with spaces or full-width digits), mobile, licence plate or policy number, and returns the
     * view of the first customer found.
     */
    Optional<Customer360> find(Actor actor, String identifier);

    /** The view of the customer this lookup names, if any. */
    Optional<Customer360> find(Actor actor, CustomerLookup lookup);
}
