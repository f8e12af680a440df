package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.PremiumPayment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Issue policies and follow their lifecycle and premium payments. */
public interface PolicyService {

    /**
     * Issues a policy for an existing customer.
     *
     * @throws io.insurcrm.core.common.ValidationException if the holder or branch does not exist
     * @throws io.insurcrm.core.common.DuplicateException  if the policy number is taken
     */
    Policy issue(Actor actor, NewPolicy policy);

    /** Moves a policy to a new status if it is still at {@code expectedVersion}. */
    Policy changeStatus(Actor actor, PolicyId id, long expectedVersion, PolicyStatus status);

    Optional<Policy> get(Actor actor, PolicyId id);

    Optional<Policy> findByNumber(Actor actor, String policyNumber);

    /** The policies a customer holds, newest start first. */
    List<Policy> ofCustomer(Actor actor, CustomerId customerId);

    /** Records a premium instalment. */
    PremiumPayment recordPayment(Actor actor, PolicyId policyId, LocalDate dueDate, LocalDate paidDate, Money amount);

    List<PremiumPayment> payments(Actor actor, PolicyId policyId);
}
