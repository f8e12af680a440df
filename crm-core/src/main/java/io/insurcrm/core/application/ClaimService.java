package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimId;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** File and settle claims. */
public interface ClaimService {

    /**
     * Files a claim on an existing policy.
     *
     * @throws io.insurcrm.core.common.ValidationException if the policy does not exist or the data is invalid
     * @throws io.insurcrm.core.common.DuplicateException  if the claim number is taken
     */
    Claim file(Actor actor, NewClaim claim);

    /**
     * Moves a claim to a new status, with the paid amount and settlement date where it closes.
     *
     * @throws io.insurcrm.core.common.ConflictException if the claim changed since {@code expectedVersion}
     */
    Claim settle(Actor actor, ClaimId id, long expectedVersion, ClaimStatus status, Money paidAmount,
            LocalDate settledDate);

    Optional<Claim> get(Actor actor, ClaimId id);

    /** All claims of a customer's policies, newest loss first. */
    List<Claim> ofCustomer(Actor actor, CustomerId customerId);
}
