package io.insurcrm.core.renewal;

import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.staff.AccountManagerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Port: the renewal pipeline, computed in SQL from policies, successors and recorded follow-ups. */
public interface RenewalRepository {

    /**
     * Policies ending in [from, to], with their status as of {@code today}, ordered by end date and
     * policy number: one query.
     *
     * @param branches {@code null}: all branches
     * @param manager  {@code null}: any (or no) manager
     * @param line     {@code null}: any product line
     */
    List<RenewalItem> pipeline(LocalDate from, LocalDate to, Collection<BranchId> branches, AccountManagerId manager,
            ProductLine line, LocalDate today);

    /** Records (inserts or replaces) the follow-up outcome of a policy. */
    void recordFollowUp(PolicyId policyId, RenewalStatus status, String note, String actorId, Instant at);

    /** Renewal rates per group for policies ending in [from, to]: one GROUP BY query. */
    List<RenewalRate> rates(LocalDate from, LocalDate to, RenewalDimension dimension, LocalDate today);
}
