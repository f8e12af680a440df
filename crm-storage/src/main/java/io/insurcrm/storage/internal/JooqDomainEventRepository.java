package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.DOMAIN_EVENT;
import static io.insurcrm.storage.internal.jooq.Tables.EVENT_DELIVERY;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.event.DomainEvent;
import io.insurcrm.core.event.DomainEventRepository;
import io.insurcrm.core.event.EventDelivery;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.spi.EventType;
import io.insurcrm.storage.internal.jooq.tables.records.DomainEventRecord;
import io.insurcrm.storage.internal.jooq.tables.records.EventDeliveryRecord;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The event outbox. Claims work as for messages (version-checked updates in one JDBC batch, the
 * lease end in {@code next_attempt_at}); a delivery is due only while no earlier event of the same
 * customer is waiting for the same listener (not yet delivered or dead, and not due itself).
 */
final class JooqDomainEventRepository implements DomainEventRepository {
    private static final List<String> CLAIMABLE = List.of(OutboundMessageStatus.PENDING.name(),
            OutboundMessageStatus.FAILED.name(), OutboundMessageStatus.DELIVERING.name());
    private static final List<String> DONE = List.of(OutboundMessageStatus.DELIVERED.name(),
            OutboundMessageStatus.DEAD.name());

    private final DSLContext dsl;

    @Inject
    JooqDomainEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insertAll(List<DomainEvent> events, List<NewDelivery> deliveries, Instant now) {
        Batches.insert(dsl, DOMAIN_EVENT, events.stream().map(e -> new DomainEventRecord(e.id(), e.type().name(),
                e.customerId().value(), e.subjectRef(), encode(e.attributes()), Columns.timestamp(e.occurredAt())))
                .collect(Collectors.toList()));
        OffsetDateTime t = Columns.timestamp(now);
        Batches.insert(dsl, EVENT_DELIVERY, deliveries.stream().map(d -> new EventDeliveryRecord(d.eventId(),
                d.listener(), d.customerId().value(), 1L, OutboundMessageStatus.PENDING.name(), 0, t, null, null))
                .collect(Collectors.toList()));
    }

    @Override
    public List<Claimed> claim(String listener, Instant now, Instant leaseUntil, int limit) {
        OffsetDateTime t = Columns.timestamp(now);
        OffsetDateTime lease = Columns.timestamp(leaseUntil);
        io.insurcrm.storage.internal.jooq.tables.EventDelivery d = EVENT_DELIVERY.as("d");
        io.insurcrm.storage.internal.jooq.tables.EventDelivery p = EVENT_DELIVERY.as("p");
        List<Record> due = dsl.select(d.fields()).select(DOMAIN_EVENT.fields())
                .from(d).join(DOMAIN_EVENT).on(DOMAIN_EVENT.ID.eq(d.EVENT_ID))
                .where(d.LISTENER.eq(listener))
                .and(d.STATUS.in(CLAIMABLE))
                .and(d.NEXT_ATTEMPT_AT.le(t))
                .andNotExists(DSL.selectOne().from(p).where(p.LISTENER.eq(d.LISTENER))
                        .and(p.CUSTOMER_ID.eq(d.CUSTOMER_ID)).and(p.EVENT_ID.lt(d.EVENT_ID))
                        .and(p.STATUS.notIn(DONE)).and(p.NEXT_ATTEMPT_AT.gt(t)))
                .orderBy(d.EVENT_ID)
                .limit(limit).fetch();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Query> updates = new ArrayList<>(due.size());
        for (Record r : due) {
            updates.add(dsl.update(EVENT_DELIVERY)
                    .set(EVENT_DELIVERY.STATUS, OutboundMessageStatus.DELIVERING.name())
                    .set(EVENT_DELIVERY.VERSION, r.get(d.VERSION) + 1)
                    .set(EVENT_DELIVERY.ATTEMPTS, r.get(d.ATTEMPTS) + 1)
                    .set(EVENT_DELIVERY.NEXT_ATTEMPT_AT, lease)
                    .where(EVENT_DELIVERY.EVENT_ID.eq(r.get(d.EVENT_ID))).and(EVENT_DELIVERY.LISTENER.eq(listener))
                    .and(EVENT_DELIVERY.VERSION.eq(r.get(d.VERSION))));
        }
        int[] counts = dsl.batch(updates).execute();
        List<Claimed> claimed = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 1) {
                Record r = due.get(i);
                claimed.add(new Claimed(toEvent(r.into(DOMAIN_EVENT)), listener, r.get(d.VERSION) + 1,
                        r.get(d.ATTEMPTS) + 1));
            }
        }
        return claimed;
    }

    @Override
    public boolean finish(Claimed c, OutboundMessageStatus status, Instant nextAttemptAt, String lastError,
            Instant deliveredAt) {
        return dsl.update(EVENT_DELIVERY)
                .set(EVENT_DELIVERY.STATUS, status.name())
                .set(EVENT_DELIVERY.VERSION, c.version() + 1)
                .set(EVENT_DELIVERY.NEXT_ATTEMPT_AT, Columns.timestamp(nextAttemptAt))
                .set(EVENT_DELIVERY.LAST_ERROR, lastError == null ? EVENT_DELIVERY.LAST_ERROR : DSL.val(lastError))
                .set(EVENT_DELIVERY.DELIVERED_AT, Columns.timestamp(deliveredAt))
                .where(EVENT_DELIVERY.EVENT_ID.eq(c.event().id())).and(EVENT_DELIVERY.LISTENER.eq(c.listener()))
                .and(EVENT_DELIVERY.VERSION.eq(c.version()))
                .execute() == 1;
    }

    @Override
    public void release(List<Claimed> claimed, Instant now) {
        OffsetDateTime t = Columns.timestamp(now);
        List<Query> updates = new ArrayList<>(claimed.size());
        for (Claimed c : claimed) {
            updates.add(dsl.update(EVENT_DELIVERY)
                    .set(EVENT_DELIVERY.STATUS, OutboundMessageStatus.PENDING.name())
                    .set(EVENT_DELIVERY.VERSION, c.version() + 1)
                    .set(EVENT_DELIVERY.ATTEMPTS, c.attempts() - 1)
                    .set(EVENT_DELIVERY.NEXT_ATTEMPT_AT, t)
                    .where(EVENT_DELIVERY.EVENT_ID.eq(c.event().id())).and(EVENT_DELIVERY.LISTENER.eq(c.listener()))
                    .and(EVENT_DELIVERY.VERSION.eq(c.version())));
        }
        if (!updates.isEmpty()) {
            dsl.batch(updates).execute();
        }
    }

    @Override
    public List<DomainEvent> findByCustomer(CustomerId customerId, int limit) {
        return dsl.selectFrom(DOMAIN_EVENT).where(DOMAIN_EVENT.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(DOMAIN_EVENT.ID).limit(limit).fetch(JooqDomainEventRepository::toEvent);
    }

    @Override
    public List<EventDelivery> deliveriesOf(UUID eventId) {
        return dsl.selectFrom(EVENT_DELIVERY).where(EVENT_DELIVERY.EVENT_ID.eq(eventId))
                .orderBy(EVENT_DELIVERY.LISTENER).fetch(JooqDomainEventRepository::toDelivery);
    }

    @Override
    public List<EventDelivery> findDead(int limit) {
        return dsl.selectFrom(EVENT_DELIVERY).where(EVENT_DELIVERY.STATUS.eq(OutboundMessageStatus.DEAD.name()))
                .orderBy(EVENT_DELIVERY.EVENT_ID, EVENT_DELIVERY.LISTENER).limit(limit)
                .fetch(JooqDomainEventRepository::toDelivery);
    }

    @Override
    public int requeueDead(UUID eventId, String listener, Instant now) {
        return dsl.update(EVENT_DELIVERY)
                .set(EVENT_DELIVERY.STATUS, OutboundMessageStatus.PENDING.name())
                .set(EVENT_DELIVERY.VERSION, EVENT_DELIVERY.VERSION.plus(1))
                .set(EVENT_DELIVERY.ATTEMPTS, 0)
                .set(EVENT_DELIVERY.NEXT_ATTEMPT_AT, Columns.timestamp(now))
                .where(EVENT_DELIVERY.EVENT_ID.eq(eventId)).and(EVENT_DELIVERY.LISTENER.eq(listener))
                .and(EVENT_DELIVERY.STATUS.eq(OutboundMessageStatus.DEAD.name()))
                .execute();
    }

    private static DomainEvent toEvent(DomainEventRecord r) {
        return new DomainEvent(r.getId(), EventType.valueOf(r.getEventType()), new CustomerId(r.getCustomerId()),
                r.getSubjectRef(), decode(r.getAttributes()), Columns.instant(r.getOccurredAt()));
    }

    private static EventDelivery toDelivery(EventDeliveryRecord r) {
        return new EventDelivery(r.getEventId(), r.getListener(), r.getVersion(),
                OutboundMessageStatus.valueOf(r.getStatus()), r.getAttempts(), Columns.instant(r.getNextAttemptAt()),
                r.getLastError(), Columns.instant(r.getDeliveredAt()));
    }

    /** {@code k=v&k2=v2}, URL-encoded, in key order. */
    static String encode(Map<String, String> attributes) {
        String s = attributes.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        if (s.length() > 2000) {
            throw new IllegalArgumentException("event attributes are longer than 2000 characters encoded");
        }
        return s;
    }

    static Map<String, String> decode(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        for (String pair : s.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
