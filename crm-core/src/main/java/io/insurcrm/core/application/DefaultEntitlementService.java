package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
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

    @Inject
    DefaultEntitlementService(CustomerSegmentRepository segments, EntitlementSettings settings, TransactionRunner tx,
            Clock clock) {
        this.segments = segments;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public CustomerEntitlements of(Actor actor, CustomerId customerId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(customerId, "customerId");
        Segment segment = segments.find(customerId).map(CustomerSegment::segment).orElse(null);
        return new CustomerEntitlements(customerId, segment, settings.of(segment));
    }

    @Override
    public CustomerSegment setSegment(Actor actor, CustomerId customerId, Segment segment, String source) {
        Objects.requireNonNull(actor, "actor");
        Validator.start().require(customerId, "customerId").require(segment, "segment")
                .requireText(source, "source", 40).validate();
        CustomerSegment s = new CustomerSegment(customerId, segment, clock.instant(), source.strip());
        tx.run(() -> segments.putAll(List.of(s))); // an unknown customer: the foreign key answers
        return s;
    }

    @Override
    public Optional<CustomerSegment> segment(Actor actor, CustomerId customerId) {
        Objects.requireNonNull(actor, "actor");
        return segments.find(customerId);
    }
}
