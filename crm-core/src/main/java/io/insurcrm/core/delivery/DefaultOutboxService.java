package io.insurcrm.core.delivery;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.application.OutboxService;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.event.DomainEvent;
import io.insurcrm.core.event.DomainEventRepository;
import io.insurcrm.core.event.EventDelivery;
import io.insurcrm.core.outbox.DispatchReport;
import io.insurcrm.core.outbox.MessageDeliveryRepository;
import io.insurcrm.core.outbox.NewOutboundMessage;
import io.insurcrm.core.outbox.OutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageRepository;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.outbox.OutboxMessage;
import io.insurcrm.core.plugin.ManagedChannel;
import io.insurcrm.core.plugin.PluginHost;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

final class DefaultOutboxService implements OutboxService {
    private final OutboundMessageRepository outbox;
    private final MessageDeliveryRepository deliveries;
    private final DomainEventRepository events;
    private final CustomerRepository customers;
    private final PluginHost host;
    private final OutboxDispatcher dispatcher;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;

    @Inject
    DefaultOutboxService(OutboundMessageRepository outbox, MessageDeliveryRepository deliveries,
            DomainEventRepository events, CustomerRepository customers, PluginHost host, OutboxDispatcher dispatcher,
            TransactionRunner tx, IdGenerator ids, Clock clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.events = events;
        this.customers = customers;
        this.host = host;
        this.dispatcher = dispatcher;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public OutboxMessage enqueue(Actor actor, NewOutboundMessage command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "message");
        String channel = command.channel().strip();
        if (host.channel(channel).isEmpty()) {
            throw new ValidationException("channel", "configured", "names no configured channel; configured: "
                    + host.channels().stream().map(ManagedChannel::name).collect(Collectors.toList()));
        }
        return tx.inTransaction(() -> {
            if (customers.findById(command.customerId()).isEmpty()) {
                throw new ValidationException("customerId", "exists", "names no known customer");
            }
            UUID id = ids.next();
            Instant now = clock.instant();
            String key = command.idempotencyKey() == null ? "message:" + id : command.idempotencyKey().strip();
            OutboundMessage m = OutboundMessage.pending(id, key, channel, command.customerId(), command.template(),
                    command.subject(), command.body(), now);
            outbox.insertAll(List.of(m));
            if (command.recipient() != null) {
                deliveries.insertRecipients(Map.of(id, command.recipient()));
            }
            return new OutboxMessage(m, List.of());
        });
    }

    @Override
    public DispatchReport dispatchOnce() {
        return dispatcher.dispatchOnce();
    }

    @Override
    public Optional<OutboxMessage> find(Actor actor, UUID messageId) {
        Objects.requireNonNull(actor, "actor");
        return deliveries.find(messageId);
    }

    @Override
    public Optional<OutboxMessage> findByKey(Actor actor, String idempotencyKey) {
        Objects.requireNonNull(actor, "actor");
        return deliveries.findByKey(idempotencyKey);
    }

    @Override
    public List<OutboxMessage> deadLetters(Actor actor, int limit) {
        Objects.requireNonNull(actor, "actor");
        return deliveries.findDead(limit);
    }

    @Override
    public int requeue(Actor actor, List<UUID> messageIds) {
        Objects.requireNonNull(actor, "actor");
        return tx.inTransaction(() -> deliveries.requeueDead(List.copyOf(messageIds), clock.instant()));
    }

    @Override
    public Map<OutboundMessageStatus, Long> counts(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return deliveries.countByStatus();
    }

    @Override
    public List<DomainEvent> events(Actor actor, CustomerId customerId, int limit) {
        Objects.requireNonNull(actor, "actor");
        return events.findByCustomer(customerId, limit);
    }

    @Override
    public List<EventDelivery> eventDeliveries(Actor actor, UUID eventId) {
        Objects.requireNonNull(actor, "actor");
        return events.deliveriesOf(eventId);
    }

    @Override
    public List<EventDelivery> deadEvents(Actor actor, int limit) {
        Objects.requireNonNull(actor, "actor");
        return events.findDead(limit);
    }

    @Override
    public int requeueEvent(Actor actor, UUID eventId, String listener) {
        Objects.requireNonNull(actor, "actor");
        return tx.inTransaction(() -> events.requeueDead(eventId, listener, clock.instant()));
    }
}
