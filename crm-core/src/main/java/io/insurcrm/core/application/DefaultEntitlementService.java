package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.common.Validator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.entitlement.CustomerEntitlements;
import io.insurcrm.core.entitlement.EntitlementSettings;
import io.insurcrm.core.segment.CustomerSegment;
import io.insurcrm.core.segment.CustomerSegmentRepository;
import io.insurcrm.core.segment.Segment;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class DefaultEntitlementService implements EntitlementService {
    private final CustomerSegmentRepository segments;
    private final EntitlementSettings settings;
    private final TransactionRunner tx;
    private final Clock clock;

    private final AccessGuard guard;

    @Inject
    DefaultEntitlementService(CustomerSegmentRepository segments, EntitlementSettings settings, TransactionRunner tx,
            Clock clock, AccessGuard guard) {
        this.segments = segments;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public CustomerEntitlements of(Actor actor, CustomerId customerId) {
        guard.require(actor, Action.READ);
        Objects.requireNonNull(customerId, "customerId");
        Segment segment = tx.inTransaction(() -> guard.visible(guard.scope(actor), customerId)
                ? segments.find(customerId).map(CustomerSegment::segment).orElse(null) : null);
        return new CustomerEntitlements(customerId, segment, settings.of(segment));
    }

    @Override
    public CustomerSegment setSegment(Actor actor, CustomerId customerId, Segment segment, String source) {
        guard.require(actor, Action.UPDATE);
        Validator.start().require(customerId, "customerId").require(segment, "segment")
                .requireText(source, "source", 40).validate();
        CustomerSegment s = new CustomerSegment(customerId, segment, clock.instant(), source.strip());
        tx.run(() -> {
            guard.requireVisibleReference(actor, customerId, "customerId");
            segments.putAll(List.of(s)); // an unknown customer: the foreign key answers
            guard.record(actor, "UPDATE", customerId, List.of("segment"));
        });
        return s;
    }

    @Override
    public Optional<CustomerSegment> segment(Actor actor, CustomerId customerId) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> guard.visible(guard.scope(actor), customerId)
                ? segments.find(customerId) : Optional.<CustomerSegment>empty());
    }
}
