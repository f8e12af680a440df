package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.outbox.OutboundMessage;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.renewal.RenewalDimension;
import io.insurcrm.core.renewal.RenewalItem;
import io.insurcrm.core.renewal.RenewalQuery;
import io.insurcrm.core.renewal.RenewalRate;
import io.insurcrm.core.renewal.RenewalStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The renewal pipeline (续保): policies ending in a period with their follow-up status, the
 * follow-up outcomes account managers record, reminders queued for delivery, and renewal rates.
 * "Today" (for LAPSED) is the injected clock's date.
 */
public interface RenewalService {

    /** Policies ending in the query's period, by end date then policy number. */
    List<RenewalItem> pipeline(Actor actor, RenewalQuery query);

    /**
     * Records the follow-up outcome of an expiring policy: WILL_RENEW, WILL_NOT_RENEW or UNDECIDED.
     *
     * @throws io.insurcrm.core.common.ValidationException for RENEWED or LAPSED (derived, not recorded)
     *         or an unknown policy
     */
    void recordFollowUp(Actor actor, PolicyId policyId, RenewalStatus status, String note);

    /** Renewal rate per branch, manager or product line of the policies ending in [from, to]. */
    List<RenewalRate> rates(Actor actor, LocalDate from, LocalDate to, RenewalDimension dimension);

    /**
     * Queues a renewal reminder in the outbox for every policy ending in [from, to] that is neither
     * renewed, lapsed nor marked WILL_NOT_RENEW. The idempotency key is
     * {@code renewal-reminder:<policy id>:<end date>}: one reminder per policy expiry, so re-running,
     * or running for an overlapping period, queues nothing twice.
     *
     * @param channel the channel name a dispatcher delivers through, e.g. {@code sms}
     * @return the messages queued by this call
     */
    List<OutboundMessage> queueReminders(Actor actor, LocalDate from, LocalDate to, String channel);
}
