package io.insurcrm.core.importing.internal;

import io.insurcrm.core.blacklist.BlacklistScreen;
import io.insurcrm.core.claim.ClaimRepository;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.HouseholdRepository;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.policy.PolicyRepository;
import java.time.Clock;

/** The ports an import writes through, in one value for the kind handlers; {@code blacklist} null: no screening. */
record ImportPorts(CustomerRepository customers, HouseholdRepository households, BranchRepository branches,
        PolicyRepository policies, ClaimRepository claims, InteractionRepository interactions, IdGenerator ids,
        Clock clock, BlacklistScreen blacklist) {
}
