package io.insurcrm.core.access;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.staff.AccountManagerId;
import java.util.Collection;
import java.util.Set;

/**
 * Port: the row-scope predicate, evaluated by the store as SQL ({@code customer.branch_id IN (...)}
 * or {@code EXISTS (SELECT 1 FROM customer_assignment ...)}), one query per batch of ids.
 */
public interface CustomerScopeRepository {

    /** Those of {@code ids} that exist and lie inside {@code scope}. */
    Set<CustomerId> visible(Collection<CustomerId> ids, RowScope scope);

    /** How many customers of this account manager's book lie inside {@code scope}. */
    long countAssigned(AccountManagerId managerId, RowScope scope);
}
