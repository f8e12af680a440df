package io.insurcrm.core.importing.internal;

import io.insurcrm.core.blacklist.BlacklistScreen;
import io.insurcrm.core.claim.ClaimRepository;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.HouseholdRepository;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.organisation.BranchId;
import java.time.Clock;
import java.util.Set;

/** The ports an import writes through, in one value for the kind handlers; {@code blacklist} null: no
 * screening; {@code allowedBranches} null: rows in any branch (else rows outside are rejected, rule "scope"). */
record ImportPorts(CustomerRepository customers, HouseholdRepository households, BranchRepository branches,
        PolicyRepository policies, ClaimRepository claims, InteractionRepository interactions, IdGenerator ids,
        Clock clock, BlacklistScreen blacklist, Set<BranchId> allowedBranches) {

    ImportPorts(CustomerRepository customers, HouseholdRepository households, BranchRepository branches,
            PolicyRepository policies, ClaimRepository claims, InteractionRepository interactions, IdGenerator ids,
            Clock clock, BlacklistScreen blacklist) {
        this(customers, households, branches, policies, claims, interactions, ids, clock, blacklist, null);
    }

    /** The same ports for one run whose rows must lie in these branches ({@code null}: any branch). */
    ImportPorts within(Set<BranchId> branchScope) {
        return new ImportPorts(customers, households, branches, policies, claims, interactions, ids, clock, blacklist,
                branchScope);
    }

    /** Whether a customer row may be written in this branch, under the actor's row scope. */
    boolean inScope(BranchId branchId) {
        return allowedBranches == null || allowedBranches.contains(branchId);
    }
}
