package io.insurcrm.core.complaint;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.ProductLine;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A complaint and where it stands in the workflow. Immutable; every step makes a new version.
 *
 * @param responsibleBranchId the unit that must act now; moves up the hierarchy on escalation
 * @param deadlineAt          when the current state must be left; {@code null} in a final state
 * @param handlingSeconds     received → handled, set when it is (last) handled
 * @param escalations         how often it was escalated
 * @param slaBreached         whether any deadline was ever missed
 */
public record Complaint(ComplaintId id, long version, CustomerId customerId, PolicyId policyId,
        ComplaintCategory category, ProductLine productLine, RootCause rootCause, String summary,
        ComplaintState state, BranchId originBranchId, BranchId responsibleBranchId, Instant receivedAt,
        Instant stateEnteredAt, Instant deadlineAt, Instant handledAt, Long handlingSeconds, int escalations,
        boolean slaBreached, Instant updatedAt) {
    public Complaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(originBranchId, "originBranchId");
        Objects.requireNonNull(responsibleBranchId, "responsibleBranchId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(stateEnteredAt, "stateEnteredAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    /** A complaint just received. */
    public static Complaint receive(ComplaintId id, NewComplaint c, ProductLine productLine, ComplaintSla sla,
            Instant now) {
        return new Complaint(id, 1, c.customerId(), c.policyId(), c.category(), productLine, null, c.summary(),
                ComplaintState.RECEIVED, c.branchId(), c.branchId(), now, now,
                sla.deadline(ComplaintState.RECEIVED, now), null, null, 0, false, now);
    }

    /**
     * The next version after a workflow step.
     *
     * @throws ValidationException ({@code to}, {@code transition}) if the workflow does not allow it
     */
    public Complaint moveTo(ComplaintTransition t, ComplaintSla sla, Instant now) {
        if (!state.canMoveTo(t.to())) {
            throw new ValidationException("to", "transition",
                    "a complaint cannot go from " + state + " to " + t.to() + " (allowed: " + state.next() + ")");
        }
        boolean late = deadlineAt != null && now.isAfter(deadlineAt);
        boolean handled = t.to() == ComplaintState.HANDLED;
        BranchId responsible = t.transferTo() != null ? t.transferTo() : responsibleBranchId;
        return new Complaint(id, version + 1, customerId, policyId, category, productLine,
                handled ? t.rootCause() : rootCause, summary, t.to(), originBranchId, responsible, receivedAt, now,
                sla.deadline(t.to(), now), handled ? now : handledAt,
                handled ? Long.valueOf(Duration.between(receivedAt, now).getSeconds()) : handlingSeconds, escalations,
                slaBreached || late, now);
    }

    /** The next version after an escalation to {@code parent}, with a fresh deadline. */
    public Complaint escalateTo(BranchId parent, ComplaintSla sla, Instant now) {
        return new Complaint(id, version + 1, customerId, policyId, category, productLine, rootCause, summary, state,
                originBranchId, parent, receivedAt, stateEnteredAt, now.plus(sla.afterEscalation()), handledAt,
                handlingSeconds, escalations + 1, true, now);
    }

    /** Past its deadline at {@code now} (the deadline instant itself counts as overdue). */
    public boolean isOverdue(Instant now) {
        return deadlineAt != null && !now.isBefore(deadlineAt);
    }

    @Override
    public String toString() {
        return "Complaint[" + id + " v" + version + " " + state + "]";
    }
}
