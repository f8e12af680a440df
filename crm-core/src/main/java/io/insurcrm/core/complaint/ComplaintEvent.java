package io.insurcrm.core.complaint;

import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a complaint's history: a workflow step or an escalation.
 *
 * @param seq        1, 2, ... per complaint
 * @param fromState  {@code null} for receipt
 * @param deadlineAt the deadline that applied from then on
 */
public record ComplaintEvent(UUID id, ComplaintId complaintId, int seq, Kind kind, ComplaintState fromState,
        ComplaintState toState, BranchId fromBranchId, BranchId toBranchId, Instant occurredAt, Instant deadlineAt,
        String actorId, String note) {

    /** What happened. */
    public enum Kind {
        RECEIVED,
        TRANSITION,
        ESCALATION
    }
}
