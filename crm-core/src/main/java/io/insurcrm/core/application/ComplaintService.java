package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.complaint.ComplaintAnalysis;
import io.insurcrm.core.complaint.ComplaintEvent;
import io.insurcrm.core.complaint.ComplaintId;
import io.insurcrm.core.complaint.ComplaintTransition;
import io.insurcrm.core.complaint.NewComplaint;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Complaints (投诉): the workflow of {@link io.insurcrm.core.complaint.ComplaintState}, deadlines from
 * the SLA table ({@link io.insurcrm.core.complaint.ComplaintSla}), a responsible unit, the full
 * history, escalation of overdue complaints up the branch hierarchy, and the monthly analysis.
 */
public interface ComplaintService {

    /** Receives a complaint; the receiving branch is responsible and the RECEIVED deadline starts. */
    Complaint receive(Actor actor, NewComplaint complaint);

    /**
     * One workflow step.
     *
     * @throws io.insurcrm.core.common.ValidationException ({@code to}, {@code transition}) if the
     *         workflow does not allow it; nothing is written
     * @throws io.insurcrm.core.common.ConflictException   if {@code expectedVersion} is stale
     */
    Complaint transition(Actor actor, ComplaintId id, long expectedVersion, ComplaintTransition transition);

    Optional<Complaint> get(Actor actor, ComplaintId id);

    /** Receipt, every step and every escalation, oldest first. */
    List<ComplaintEvent> history(Actor actor, ComplaintId id);

    /**
     * The escalation job, for the host to call or schedule (e.g. every few minutes): every complaint
     * whose deadline is at or before the clock's now moves its responsible unit to the parent branch
     * and gets the SLA's after-escalation period as its new deadline. A complaint at the head office
     * stays there. Works in batches of a few hundred, each one transaction; if a complaint of a
     * batch changes meanwhile, that batch fails with a ConflictException, writes nothing, and the
     * next run picks it up again.
     *
     * @return how many complaints were escalated
     */
    int escalateOverdue(Actor actor);

    /** The analysis of complaints received in a month (the clock's time zone). */
    ComplaintAnalysis monthlyAnalysis(Actor actor, YearMonth month);
}
