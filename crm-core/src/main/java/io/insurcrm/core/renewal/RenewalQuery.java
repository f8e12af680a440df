package io.insurcrm.core.renewal;

import io.insurcrm.core.common.Validator;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.staff.AccountManagerId;
import java.time.LocalDate;

/**
 * Which expiring policies: end date in [from, to] (inclusive), optionally only under a branch (its
 * subtree), of one account manager (the holder's current responsible manager), of one product line.
 */
public record RenewalQuery(LocalDate from, LocalDate to, BranchId branchId, AccountManagerId managerId,
        ProductLine productLine) {
    public RenewalQuery {
        Validator.start().require(from, "from").require(to, "to").inOrder(from, "from", to, "to").validate();
    }

    public static RenewalQuery between(LocalDate from, LocalDate to) {
        return new RenewalQuery(from, to, null, null, null);
    }

    public RenewalQuery underBranch(BranchId branch) {
        return new RenewalQuery(from, to, branch, managerId, productLine);
    }

    public RenewalQuery ofManager(AccountManagerId manager) {
        return new RenewalQuery(from, to, branchId, manager, productLine);
    }

    public RenewalQuery ofProductLine(ProductLine line) {
        return new RenewalQuery(from, to, branchId, managerId, line);
    }
}
