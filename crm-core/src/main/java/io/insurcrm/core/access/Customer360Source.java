package io.insurcrm.core.access;

import io.insurcrm.core.audit.AuditRecord;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.core.view.CustomerLookup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: the reads of the 360° view, set-based, one statement each, so a view costs the same few
 * statements whatever the size of the customer's book. Runs in the caller's transaction. It sits
 * with access because every read is bounded by a {@link RowScope} (the view package stays free of
 * access).
 */
public interface Customer360Source {

    /**
     * The customer {@code lookup} names, if he exists and lies in {@code scope}, with his household
     * reduced to the members in {@code scope}; one query.
     */
    Optional<Subject> find(CustomerLookup lookup, RowScope scope);

    /** The customer's policies, newest start first, each with his claims on it, newest loss first; one query. */
    List<Customer360.PolicyWithClaims> policiesWithClaims(CustomerId holder);

    /** The customer's newest interactions, newest first, at most {@code limit}; one query (none for 0). */
    List<Interaction> recentInteractions(CustomerId customer, int limit);

    /**
     * As {@link #recentInteractions(CustomerId, int)}, and stages {@code reads} (the audit records of
     * the view's reads in clear) in the caller's transaction exactly as
     * {@link io.insurcrm.core.audit.AuditRepository#stage} does; a store may send both in one
     * statement, saving a round trip per view.
     */
    List<Interaction> recentInteractions(CustomerId customer, int limit, List<AuditRecord> reads);

    /**
     * A customer found for a view.
     *
     * @param household empty if he is in no household; else only its members in the scope asked for
     */
    record Subject(Customer customer, Optional<Household> household) {
        public Subject {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(household, "household");
        }
    }
}
