package io.insurcrm.core.application;

import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.entitlement.Entitlement;
import io.insurcrm.core.entitlement.EntitlementSettings;
import io.insurcrm.core.segment.CustomerSegment;
import io.insurcrm.core.segment.CustomerSegmentRepository;
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
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

final class DefaultRenewalService implements RenewalService {
    static final String TEMPLATE = "renewal-reminder";

    private final RenewalRepository renewals;
    private final PolicyRepository policies;
    private final BranchRepository branches;
    private final OutboundMessageRepository outbox;
    private final CustomerSegmentRepository segments;
    private final EntitlementSettings entitlements;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final AccessGuard guard;

    @Inject
    DefaultRenewalService(RenewalRepository renewals, PolicyRepository policies, BranchRepository branches,
            OutboundMessageRepository outbox, CustomerSegmentRepository segments, EntitlementSettings entitlements,
            TransactionRunner tx, IdGenerator ids, Clock clock, AccessGuard guard) {
        this.renewals = renewals;
        this.policies = policies;
        this.branches = branches;
        this.outbox = outbox;
        this.segments = segments;
        this.entitlements = entitlements;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public List<RenewalItem> pipeline(Actor actor, RenewalQuery q) {
        guard.require(actor, Action.READ);
        Objects.requireNonNull(q, "query");
        return tx.inTransaction(() -> guard.filter(guard.scope(actor), renewals.pipeline(q.from(), q.to(),
                q.branchId() == null ? null : new BranchTree(branches.findAll()).subtree(q.branchId()),
                q.managerId(), q.productLine(), LocalDate.now(clock)), RenewalItem::holderId));
    }

    @Override
    public void recordFollowUp(Actor actor, PolicyId policyId, RenewalStatus status, String note) {
        guard.require(actor, Action.SERVICE);
        Validator v = Validator.start().require(policyId, "policyId").require(status, "status")
                .maxLength(note, "note", 1000);
        if (status != null && !status.isRecordable()) {
            v.add("status", "recordable", "RENEWED and LAPSED follow from the book and cannot be recorded");
        }
        v.validate();
        tx.run(() -> {
            CustomerId holder = policies.findById(policyId).map(Policy::holderId)
                    .filter(h -> guard.visible(guard.scope(actor), h))
                    .orElseThrow(() -> new ValidationException("policyId", "exists", "names no known policy"));
            renewals.recordFollowUp(policyId, status, note, actor.userId(), clock.instant());
            guard.record(actor, "RENEWAL_FOLLOW_UP", holder, List.of("renewal.status"));
        });
    }

    @Override
    public List<RenewalRate> rates(Actor actor, LocalDate from, LocalDate to, RenewalDimension dimension) {
        guard.require(actor, Action.AGGREGATES);
        Validator.start().require(from, "from").require(to, "to").require(dimension, "dimension")
                .inOrder(from, "from", to, "to").validate();
        return renewals.rates(from, to, dimension, LocalDate.now(clock));
    }

    @Override
    public List<OutboundMessage> queueReminders(Actor actor, LocalDate from, LocalDate to, String channel) {
        guard.require(actor, Action.SERVICE);
        Validator.start().require(from, "from").require(to, "to").inOrder(from, "from", to, "to")
                .requireText(channel, "channel", 40).validate();
        return tx.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            List<RenewalItem> due = guard.filter(guard.scope(actor), renewals.pipeline(from, to, null, null, null, today),
                    RenewalItem::holderId).stream()
                    .filter(r -> r.status() == RenewalStatus.UNDECIDED || r.status() == RenewalStatus.WILL_RENEW)
                    .collect(Collectors.toList());
            Map<CustomerId, CustomerSegment> segmentOf = segments.findAll(due.stream().map(RenewalItem::holderId)
                    .collect(Collectors.toSet()));
            due.removeIf(r -> !entitlements.of(Optional.ofNullable(segmentOf.get(r.holderId()))
                    .map(CustomerSegment::segment).orElse(null)).contains(Entitlement.RENEWAL_REMINDER));
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
