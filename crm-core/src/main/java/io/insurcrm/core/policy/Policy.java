package io.insurcrm.core.policy;

import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A policy held by a customer (the policyholder). Immutable; status changes make a new version.
 *
 * @param version optimistic-lock version, starts at 1
 */
public record Policy(PolicyId id, long version, String policyNumber, CustomerId holderId, ProductLine productLine,
        String productCode, SalesChannel salesChannel, BranchId branchId, LicencePlate licencePlate,
        LocalDate startDate, LocalDate endDate, Money premium, Money sumInsured, PolicyStatus status,
        String previousPolicyNumber, Instant createdAt, Instant updatedAt) {
    public Policy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        // re-use the command's rules so a stored policy obeys the same invariants as a new one
        new NewPolicy(policyNumber, holderId, productLine, productCode, salesChannel, branchId, licencePlate,
                startDate, endDate, premium, sumInsured, previousPolicyNumber);
    }

    public static Policy issue(PolicyId id, NewPolicy p, PolicyStatus status, Instant now) {
        return new Policy(id, 1, p.policyNumber(), p.holderId(), p.productLine(), p.productCode(), p.salesChannel(),
                p.branchId(), p.licencePlate(), p.startDate(), p.endDate(), p.premium(), p.sumInsured(), status,
                p.previousPolicyNumber(), now, now);
    }

    /** The data of this policy as the command that would issue it. */
    public NewPolicy terms() {
        return new NewPolicy(policyNumber, holderId, productLine, productCode, salesChannel, branchId, licencePlate,
                startDate, endDate, premium, sumInsured, previousPolicyNumber);
    }

    public Policy withTerms(NewPolicy p, PolicyStatus newStatus, Instant now) {
        return new Policy(id, version + 1, p.policyNumber(), p.holderId(), p.productLine(), p.productCode(),
                p.salesChannel(), p.branchId(), p.licencePlate(), p.startDate(), p.endDate(), p.premium(),
                p.sumInsured(), newStatus, p.previousPolicyNumber(), createdAt, now);
    }

    public Policy withStatus(PolicyStatus newStatus, Instant now) {
        return withTerms(terms(), newStatus, now);
    }

    /** In force on a date: status in force and the date inside the period. */
    public boolean inForceOn(LocalDate date) {
        return status == PolicyStatus.IN_FORCE && !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
