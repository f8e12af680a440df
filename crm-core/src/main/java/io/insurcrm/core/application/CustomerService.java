package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.view.CustomerCard;
import java.util.Optional;

/**
 * The customer master (客户资料): create and maintain customers and their households.
 * Every method acts for an {@link Actor}: a customer outside his row scope looks missing (reads
 * are empty, writes raise {@link io.insurcrm.core.common.NotFoundException}); writes and reads of
 * personal data in clear are audited.
 */
public interface CustomerService {

    /**
     * Creates a customer owned by a branch.
     *
     * @throws io.insurcrm.core.common.ValidationException if the branch does not exist or the data is invalid
     * @throws io.insurcrm.core.common.DuplicateException  if the ID number, organisation code or mobile is taken
     */
    Customer create(Actor actor, CustomerProfile profile, BranchId branchId);

    /**
     * Replaces the basic data of a customer, if nobody changed it since {@code expectedVersion}.
     *
     * @throws io.insurcrm.core.common.ConflictException if the version is no longer current
     * @throws io.insurcrm.core.common.NotFoundException if there is no such customer
     */
    Customer update(Actor actor, CustomerId id, long expectedVersion, CustomerProfile profile);

    /**
     * The full record, for actors who see every personal field in clear (e.g. to edit it); empty if
     * unknown or outside the actor's scope.
     *
     * @throws io.insurcrm.core.access.AccessDeniedException if the actor's grade masks any field: use {@link #card}
     */
    Optional<Customer> get(Actor actor, CustomerId id);

    /** The customer as this actor may see him (masked per his grade), or empty if unknown or outside his scope. */
    Optional<CustomerCard> card(Actor actor, CustomerId id);

    /**
     * Puts a customer into the household with this code (created if new), with the given
     * relationship; a customer is in at most one household, so this moves him if he was elsewhere.
     */
    Household joinHousehold(Actor actor, String householdCode, CustomerId customerId, Relationship relationship);

    /** The household of a customer, if any, with member names as the actor may see them. */
    Optional<Household> household(Actor actor, CustomerId customerId);
}
