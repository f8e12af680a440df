package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER_SEGMENT;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.segment.CustomerSegment;
import io.insurcrm.core.segment.CustomerSegmentRepository;
import io.insurcrm.core.segment.Segment;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.internal.jooq.tables.records.CustomerSegmentRecord;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Replaces segments as delete-then-insert in batches: portable, and set-based for the analytics' bulk writes. */
final class JooqCustomerSegmentRepository implements CustomerSegmentRepository {
    private final DSLContext dsl;
    private final TransactionRunner tx;

    @Inject
    JooqCustomerSegmentRepository(DSLContext dsl, TransactionRunner tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public void putAll(List<CustomerSegment> segments) {
        Map<UUID, CustomerSegment> last = new LinkedHashMap<>();
        segments.forEach(s -> last.put(s.customerId().value(), s));
        tx.run(() -> {
            for (List<UUID> chunk : Batches.chunks(List.copyOf(last.keySet()))) {
                dsl.deleteFrom(CUSTOMER_SEGMENT).where(CUSTOMER_SEGMENT.CUSTOMER_ID.in(chunk)).execute();
            }
            Batches.insert(dsl, CUSTOMER_SEGMENT, last.values().stream()
                    .map(s -> new CustomerSegmentRecord(s.customerId().value(), s.segment().code(),
                            Columns.timestamp(s.assignedAt()), s.source()))
                    .collect(Collectors.toList()));
        });
    }

    @Override
    public Optional<CustomerSegment> find(CustomerId customerId) {
        return dsl.selectFrom(CUSTOMER_SEGMENT).where(CUSTOMER_SEGMENT.CUSTOMER_ID.eq(customerId.value()))
                .fetchOptional(r -> new CustomerSegment(new CustomerId(r.getCustomerId()), new Segment(r.getSegment()),
                        Columns.instant(r.getAssignedAt()), r.getSource()));
    }
}
