package io.insurcrm.core.complaint;

import io.insurcrm.core.organisation.BranchId;

/**
 * An overdue complaint whose responsible unit has a parent, as the escalation job reads it.
 *
 * @param historyCount how many history entries it has (the next one is {@code historyCount + 1})
 */
public record EscalationCandidate(Complaint complaint, BranchId parentBranchId, int historyCount) {
}
