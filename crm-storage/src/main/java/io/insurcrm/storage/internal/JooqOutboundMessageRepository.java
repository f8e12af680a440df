package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.OUTBOUND_MESSAGE;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.outbox.OutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageRepository;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.internal.jooq.tables.records.OutboundMessageRecord;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

final class JooqOutboundMessageRepository implements OutboundMessageRepository {
    private final DSLContext dsl;
    private final TransactionRunner tx;

    @Inject
    JooqOutboundMessageRepository(DSLContext dsl, TransactionRunner tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public void insertAll(List<OutboundMessage> messages) {
        tx.run(() -> Batches.insert(dsl, OUTBOUND_MESSAGE,
                messages.stream().map(JooqOutboundMessageRepository::toRecord).collect(Collectors.toList())));
    }

    @Override
    public Set<String> findExistingKeys(Collection<String> keys) {
        return new HashSet<>(Batches.inChunks(keys, chunk -> dsl.select(OUTBOUND_MESSAGE.IDEMPOTENCY_KEY)
                .from(OUTBOUND_MESSAGE).where(OUTBOUND_MESSAGE.IDEMPOTENCY_KEY.in(chunk)).fetch(r -> r.value1())));
    }

    @Override
    public List<OutboundMessage> findByStatus(OutboundMessageStatus status, int limit) {
        return dsl.selectFrom(OUTBOUND_MESSAGE).where(OUTBOUND_MESSAGE.STATUS.eq(status.name()))
                .orderBy(OUTBOUND_MESSAGE.CREATED_AT, OUTBOUND_MESSAGE.ID).limit(limit)
                .fetch(JooqOutboundMessageRepository::toMessage);
    }

    static OutboundMessageRecord toRecord(OutboundMessage m) {
        return new OutboundMessageRecord(m.id(), m.version(), m.idempotencyKey(), m.channel(),
                Columns.map(m.customerId(), CustomerId::value), m.template(), m.subject(), m.body(), m.status().name(),
                m.attempts(), Columns.timestamp(m.nextAttemptAt()), m.lastError(), Columns.timestamp(m.createdAt()));
    }

    static OutboundMessage toMessage(OutboundMessageRecord r) {
        return new OutboundMessage(r.getId(), r.getVersion(), r.getIdempotencyKey(), r.getChannel(),
                Columns.map(r.getCustomerId(), CustomerId::new), r.getTemplate(), r.getSubject(), r.getBody(),
                OutboundMessageStatus.valueOf(r.getStatus()), r.getAttempts(), Columns.instant(r.getNextAttemptAt()),
                r.getLastError(), Columns.instant(r.getCreatedAt()));
    }
}
