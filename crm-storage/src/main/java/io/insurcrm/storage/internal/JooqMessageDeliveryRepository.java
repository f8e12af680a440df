package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.OUTBOUND_MESSAGE;
import static io.insurcrm.storage.internal.jooq.Tables.OUTBOUND_RECEIPT;
import static io.insurcrm.storage.internal.jooq.Tables.OUTBOUND_RECIPIENT;

import io.insurcrm.core.outbox.MessageDeliveryRepository;
import io.insurcrm.core.outbox.OutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.outbox.OutboxMessage;
import io.insurcrm.spi.ContactKind;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.DeliveryStatus;
import io.insurcrm.storage.internal.jooq.tables.records.OutboundMessageRecord;
import io.insurcrm.storage.internal.jooq.tables.records.OutboundReceiptRecord;
import io.insurcrm.storage.internal.jooq.tables.records.OutboundRecipientRecord;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * Delivery of the outbox. A claim is a version-checked UPDATE per due row, sent as one JDBC batch;
 * the rows whose update count is 1 are this dispatcher's. The lease end is kept in
 * {@code next_attempt_at}, so "due" means the same for a new, a failed and an abandoned message.
 */
final class JooqMessageDeliveryRepository implements MessageDeliveryRepository {
    private static final List<String> CLAIMABLE = List.of(OutboundMessageStatus.PENDING.name(),
            OutboundMessageStatus.FAILED.name(), OutboundMessageStatus.DELIVERING.name());

    private final DSLContext dsl;

    @Inject
    JooqMessageDeliveryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insertRecipients(Map<UUID, ContactPoint> recipients) {
        List<OutboundRecipientRecord> rows = new ArrayList<>();
        recipients.forEach((id, to) -> rows.add(new OutboundRecipientRecord(id, to.kind().name(), to.address())));
        Batches.insert(dsl, OUTBOUND_RECIPIENT, rows);
    }

    @Override
    public List<Claimed> claim(String channel, Instant now, Instant leaseUntil, int limit) {
        OffsetDateTime t = Columns.timestamp(now);
        OffsetDateTime lease = Columns.timestamp(leaseUntil);
        List<OutboundMessageRecord> due = dsl.selectFrom(OUTBOUND_MESSAGE)
                .where(OUTBOUND_MESSAGE.CHANNEL.eq(channel))
                .and(OUTBOUND_MESSAGE.STATUS.in(CLAIMABLE))
                .and(OUTBOUND_MESSAGE.NEXT_ATTEMPT_AT.isNull().or(OUTBOUND_MESSAGE.NEXT_ATTEMPT_AT.le(t)))
                .orderBy(OUTBOUND_MESSAGE.NEXT_ATTEMPT_AT.asc().nullsFirst(), OUTBOUND_MESSAGE.ID)
                .limit(limit).fetch();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Query> updates = new ArrayList<>(due.size());
        for (OutboundMessageRecord r : due) {
            updates.add(dsl.update(OUTBOUND_MESSAGE)
                    .set(OUTBOUND_MESSAGE.STATUS, OutboundMessageStatus.DELIVERING.name())
                    .set(OUTBOUND_MESSAGE.VERSION, r.getVersion() + 1)
                    .set(OUTBOUND_MESSAGE.ATTEMPTS, r.getAttempts() + 1)
                    .set(OUTBOUND_MESSAGE.NEXT_ATTEMPT_AT, lease)
                    .where(OUTBOUND_MESSAGE.ID.eq(r.getId())).and(OUTBOUND_MESSAGE.VERSION.eq(r.getVersion())));
        }
        int[] counts = dsl.batch(updates).execute();
        List<OutboundMessage> claimed = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 1) {
                OutboundMessageRecord r = due.get(i);
                r.setStatus(OutboundMessageStatus.DELIVERING.name());
                r.setVersion(r.getVersion() + 1);
                r.setAttempts(r.getAttempts() + 1);
                r.setNextAttemptAt(lease);
                claimed.add(JooqOutboundMessageRepository.toMessage(r));
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        Map<UUID, ContactPoint> recipients = dsl.selectFrom(OUTBOUND_RECIPIENT)
                .where(OUTBOUND_RECIPIENT.MESSAGE_ID.in(claimed.stream().map(OutboundMessage::id).collect(Collectors.toList())))
                .fetchMap(OUTBOUND_RECIPIENT.MESSAGE_ID,
                        r -> new ContactPoint(ContactKind.valueOf(r.getKind()), r.getAddress()));
        return claimed.stream().map(m -> new Claimed(m, Optional.ofNullable(recipients.get(m.id()))))
                .collect(Collectors.toList());
    }

    @Override
    public boolean finish(OutboundMessage claimed, OutboundMessageStatus status, Instant nextAttemptAt,
            String lastError) {
        return dsl.update(OUTBOUND_MESSAGE)
                .set(OUTBOUND_MESSAGE.STATUS, status.name())
                .set(OUTBOUND_MESSAGE.VERSION, claimed.version() + 1)
                .set(OUTBOUND_MESSAGE.NEXT_ATTEMPT_AT, Columns.timestamp(nextAttemptAt))
                .set(OUTBOUND_MESSAGE.LAST_ERROR, lastError == null ? OUTBOUND_MESSAGE.LAST_ERROR : DSL.val(lastError))
                .where(OUTBOUND_MESSAGE.ID.eq(claimed.id())).and(OUTBOUND_MESSAGE.VERSION.eq(claimed.version()))
                .execute() == 1;
    }

    @Override
    public void forceStatus(UUID id, OutboundMessageStatus status, String lastError) {
        dsl.update(OUTBOUND_MESSAGE)
                .set(OUTBOUND_MESSAGE.STATUS, status.name())
                .set(OUTBOUND_MESSAGE.VERSION, OUTBOUND_MESSAGE.VERSION.plus(1))
                .set(OUTBOUND_MESSAGE.NEXT_ATTEMPT_AT, (OffsetDateTime) null)
                .set(OUTBOUND_MESSAGE.LAST_ERROR, lastError == null ? OUTBOUND_MESSAGE.LAST_ERROR : DSL.val(lastError))
                .where(OUTBOUND_MESSAGE.ID.eq(id)).execute();
    }

    @Override
    public boolean insertReceipt(UUID messageId, DeliveryReceipt r, Instant recordedAt) {
        String detail = r.detail().length() > 500 ? r.detail().substring(0, 497) + "..." : r.detail();
        String ref = r.providerRef().map(p -> p.length() > 200 ? p.substring(0, 200) : p).orElse(null);
        return dsl.insertInto(OUTBOUND_RECEIPT, OUTBOUND_RECEIPT.MESSAGE_ID, OUTBOUND_RECEIPT.STATUS,
                OUTBOUND_RECEIPT.PROVIDER_REF, OUTBOUND_RECEIPT.REPORTED_AT, OUTBOUND_RECEIPT.DETAIL,
                OUTBOUND_RECEIPT.RECORDED_AT)
                .select(DSL.select(DSL.val(messageId), DSL.val(r.status().name()), DSL.val(ref, String.class),
                        DSL.val(Columns.timestamp(r.at())), DSL.val(detail), DSL.val(Columns.timestamp(recordedAt)))
                        .whereNotExists(DSL.selectOne().from(OUTBOUND_RECEIPT)
                                .where(OUTBOUND_RECEIPT.MESSAGE_ID.eq(messageId))
                                .and(OUTBOUND_RECEIPT.STATUS.eq(r.status().name()))))
                .execute() == 1;
    }

    @Override
    public Optional<OutboxMessage> find(UUID id) {
        return withReceipts(OUTBOUND_MESSAGE.ID.eq(id), 1).stream().findFirst();
    }

    @Override
    public Optional<OutboxMessage> findByKey(String idempotencyKey) {
        return withReceipts(OUTBOUND_MESSAGE.IDEMPOTENCY_KEY.eq(idempotencyKey), 1).stream().findFirst();
    }

    @Override
    public List<OutboxMessage> findDead(int limit) {
        return withReceipts(OUTBOUND_MESSAGE.STATUS.eq(OutboundMessageStatus.DEAD.name()), limit);
    }

    /** Two queries: the messages, then the receipts of all of them. */
    private List<OutboxMessage> withReceipts(Condition where, int limit) {
        List<OutboundMessage> found = dsl.selectFrom(OUTBOUND_MESSAGE).where(where)
                .orderBy(OUTBOUND_MESSAGE.CREATED_AT, OUTBOUND_MESSAGE.ID).limit(limit)
                .fetch(JooqOutboundMessageRepository::toMessage);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<DeliveryReceipt>> receipts = dsl.selectFrom(OUTBOUND_RECEIPT)
                .where(OUTBOUND_RECEIPT.MESSAGE_ID.in(found.stream().map(OutboundMessage::id).collect(Collectors.toList())))
                .orderBy(OUTBOUND_RECEIPT.REPORTED_AT)
                .fetchGroups(OUTBOUND_RECEIPT.MESSAGE_ID, JooqMessageDeliveryRepository::toReceipt);
        return found.stream().map(m -> new OutboxMessage(m, receipts.getOrDefault(m.id(), List.of())))
                .collect(Collectors.toList());
    }

    private static DeliveryReceipt toReceipt(OutboundReceiptRecord r) {
        return new DeliveryReceipt(r.getMessageId().toString(), DeliveryStatus.valueOf(r.getStatus()),
                Optional.ofNullable(r.getProviderRef()), Columns.instant(r.getReportedAt()), r.getDetail());
    }

    @Override
    public int requeueDead(List<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return dsl.update(OUTBOUND_MESSAGE)
                .set(OUTBOUND_MESSAGE.STATUS, OutboundMessageStatus.PENDING.name())
                .set(OUTBOUND_MESSAGE.VERSION, OUTBOUND_MESSAGE.VERSION.plus(1))
                .set(OUTBOUND_MESSAGE.ATTEMPTS, 0)
                .set(OUTBOUND_MESSAGE.NEXT_ATTEMPT_AT, Columns.timestamp(now))
                .where(OUTBOUND_MESSAGE.ID.in(ids)).and(OUTBOUND_MESSAGE.STATUS.eq(OutboundMessageStatus.DEAD.name()))
                .execute();
    }

    @Override
    public Map<OutboundMessageStatus, Long> countByStatus() {
        Map<OutboundMessageStatus, Long> out = new EnumMap<>(OutboundMessageStatus.class);
        for (OutboundMessageStatus s : OutboundMessageStatus.values()) {
            out.put(s, 0L);
        }
        dsl.select(OUTBOUND_MESSAGE.STATUS, DSL.count()).from(OUTBOUND_MESSAGE).groupBy(OUTBOUND_MESSAGE.STATUS)
                .fetch().forEach(r -> out.put(OutboundMessageStatus.valueOf(r.value1()), r.value2().longValue()));
        return out;
    }
}
