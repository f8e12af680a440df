package io.insurcrm.core.delivery;

import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.interaction.InteractionId;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.interaction.NewInteraction;
import io.insurcrm.core.outbox.MessageDeliveryRepository;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.outbox.OutboxMessage;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.spi.ContactKind;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.DeliveryStatus;
import io.insurcrm.spi.InboundInteraction;
import io.insurcrm.spi.InboundSink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where channels report to the host (wired into every channel's context by
 * {@link io.insurcrm.core.InsurCrm}). Both reports are durable and idempotent:
 * <ul>
 *   <li>a receipt is stored once per message and status; ACCEPTED or DELIVERED moves the message to
 *       DELIVERED and records the OUTBOUND_MESSAGE interaction (once); FAILED (a bounce) moves it to
 *       DEAD with the receipt's detail as its last error;</li>
 *   <li>an inbound interaction is matched to a customer (its {@code customerRef}, else the message it
 *       answers, else the sender's mobile) and stored with the source reference
 *       {@code <channel>:<externalRef>}, so a repeat is ignored.</li>
 * </ul>
 * Refusals are {@link IllegalArgumentException}s naming ids only, never the address or text.
 */
public final class HostInboundSink implements InboundSink {
    private final MessageDeliveryRepository messages;
    private final CustomerRepository customers;
    private final InteractionRepository interactions;
    private final DeliveryRecorder recorder;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;

    @Inject
    HostInboundSink(MessageDeliveryRepository messages, CustomerRepository customers, InteractionRepository interactions,
            DeliveryRecorder recorder, TransactionRunner tx, IdGenerator ids, Clock clock) {
        this.messages = messages;
        this.customers = customers;
        this.interactions = interactions;
        this.recorder = recorder;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void receipt(DeliveryReceipt receipt) {
        UUID id = uuid(receipt.messageId()).orElseThrow(() -> new IllegalArgumentException(
                "receipt for an unknown message (not a message id of this host)"));
        tx.run(() -> {
            OutboxMessage m = messages.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "receipt for an unknown message " + id));
            if (receipt.status() == DeliveryStatus.FAILED) {
                if (messages.insertReceipt(id, receipt, clock.instant())) {
                    String detail = receipt.detail().length() > 900 ? receipt.detail().substring(0, 900) : receipt.detail();
                    messages.forceStatus(id, OutboundMessageStatus.DEAD, "FAILED receipt: " + detail);
                }
                return;
            }
            ContactKind kind = recorder.likelyKind(m.message().channel());
            recorder.delivered(m.message(), false, receipt, kind);
        });
    }

    @Override
    public void interaction(InboundInteraction in) {
        String ref = in.channel() + ":" + in.externalRef();
        if (ref.length() > 100) {
            throw new IllegalArgumentException("inbound reference of channel '" + in.channel() + "' is longer than 100 characters");
        }
        tx.run(() -> {
            if (!interactions.findExistingSourceRefs(Set.of(ref)).isEmpty()) {
                return;
            }
            CustomerId customer = customerOf(in).orElseThrow(() -> new IllegalArgumentException(
                    "no customer matches inbound interaction " + in.externalRef() + " of channel '" + in.channel() + "'"));
            String summary = in.summary().length() > 4000 ? in.summary().substring(0, 4000) : in.summary();
            // two identical reports racing: the second fails on the unique source reference (DuplicateException)
            interactions.insert(Interaction.record(new InteractionId(ids.next()), new NewInteraction(customer,
                    DeliveryRecorder.interactionChannel(in.from().kind()), InteractionType.INQUIRY, in.occurredAt(),
                    null, summary, ref), clock.instant()));
        });
    }

    private Optional<CustomerId> customerOf(InboundInteraction in) {
        Optional<CustomerId> byRef = in.customerRef().flatMap(HostInboundSink::uuid).map(CustomerId::new)
                .filter(id -> customers.findById(id).isPresent());
        if (byRef.isPresent()) {
            return byRef;
        }
        Optional<CustomerId> byMessage = in.inReplyTo().flatMap(HostInboundSink::uuid).flatMap(messages::find)
                .map(m -> m.message().customerId());
        if (byMessage.isPresent()) {
            return byMessage;
        }
        if (in.from().kind() == ContactKind.MOBILE) {
            return MobileNumber.tryParse(in.from().address()).flatMap(customers::findIdByMobile);
        }
        return Optional.empty();
    }

    private static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
