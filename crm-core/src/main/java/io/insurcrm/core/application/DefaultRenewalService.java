package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.common.Validator;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.organisation.BranchTree;
import io.insurcrm.core.outbox.OutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageRepository;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.renewal.RenewalDimension;
import io.insurcrm.core.renewal.RenewalItem;
import io.insurcrm.core.renewal.RenewalQuery;
import io.insurcrm.core.renewal.RenewalRate;
import io.insurcrm.core.renewal.RenewalRepository;
import io.insurcrm.core.renewal.RenewalStatus;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

final class DefaultRenewalService implements RenewalService {
    static final String TEMPLATE = "renewal-reminder";

    private final RenewalRepository renewals;
    private final PolicyRepository policies;
    private final BranchRepository branches;
    private final OutboundMessageRepository outbox;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;

    @Inject
    DefaultRenewalService(RenewalRepository renewals, PolicyRepository policies, BranchRepository branches,
            OutboundMessageRepository outbox, TransactionRunner tx, IdGenerator ids, Clock clock) {
        this.renewals = renewals;
        this.policies = policies;
        this.branches = branches;
        this.outbox = outbox;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<RenewalItem> pipeline(Actor actor, RenewalQuery q) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(q, "query");
        return tx.inTransaction(() -> renewals.pipeline(q.from(), q.to(),
                q.branchId() == null ? null : new BranchTree(branches.findAll()).subtree(q.branchId()),
                q.managerId(), q.productLine(), LocalDate.now(clock)));
    }

    @Override
    public void recordFollowUp(Actor actor, PolicyId policyId, RenewalStatus status, String note) {
        Objects.requireNonNull(actor, "actor");
        Validator v = Validator.start().require(policyId, "policyId").require(status, "status")
                .maxLength(note, "note", 1000);
        if (status != null && !status.isRecordable()) {
            v.add("status", "recordable", "RENEWED and LAPSED follow from the book and cannot be recorded");
        }
        v.validate();
        tx.run(() -> {
            if (policies.findById(policyId).isEmpty()) {
                throw new ValidationException("policyId", "exists", "names no known policy");
            }
            renewals.recordFollowUp(policyId, status, note, actor.userId(), clock.instant());
        });
    }

    @Override
    public List<RenewalRate> rates(Actor actor, LocalDate from, LocalDate to, RenewalDimension dimension) {
        Objects.requireNonNull(actor, "actor");
        Validator.start().require(from, "from").require(to, "to").require(dimension, "dimension")
                .inOrder(from, "from", to, "to").validate();
        return renewals.rates(from, to, dimension, LocalDate.now(clock));
    }

    @Override
    public List<OutboundMessage> queueReminders(Actor actor, LocalDate from, LocalDate to, String channel) {
        Objects.requireNonNull(actor, "actor");
        Validator.start().require(from, "from").require(to, "to").inOrder(from, "from", to, "to")
                .requireText(channel, "channel", 40).validate();
        return tx.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            List<RenewalItem> due = renewals.pipeline(from, to, null, null, null, today).stream()
                    .filter(r -> r.status() == RenewalStatus.UNDECIDED || r.status() == RenewalStatus.WILL_RENEW)
                    .collect(Collectors.toList());
            Set<String> queued = outbox.findExistingKeys(due.stream().map(DefaultRenewalService::key)
                    .collect(Collectors.toList()));
            Instant now = clock.instant();
            List<OutboundMessage> messages = new ArrayList<>();
            for (RenewalItem r : due) {
                if (!queued.contains(key(r))) {
                    messages.add(OutboundMessage.pending(ids.next(), key(r), channel.strip(), r.holderId(), TEMPLATE,
                            "Renewal reminder", "Your policy " + r.policyNumber() + " ends on " + r.endDate()
                                    + ". Contact your account manager to renew.", now));
                }
            }
            outbox.insertAll(messages);
            return messages;
        });
    }

    static String key(RenewalItem r) {
        return TEMPLATE + ":" + r.policyId() + ":" + r.endDate();
    }
}
