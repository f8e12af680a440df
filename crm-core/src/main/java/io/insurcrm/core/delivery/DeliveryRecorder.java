package io.insurcrm.core.delivery;

import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionId;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.interaction.NewInteraction;
import io.insurcrm.core.outbox.MessageDeliveryRepository;
import io.insurcrm.core.outbox.OutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.plugin.ManagedChannel;
import io.insurcrm.core.plugin.PluginHost;
import io.insurcrm.spi.ContactKind;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.DeliveryReceipt;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the dispatcher and the inbound sink both write when a message is delivered: the message's
 * status, its receipt, and an interaction on the customer's history; all idempotent, in the
 * caller's transaction.
 */
final class DeliveryRecorder {
    /** Contact kinds tried, in order, for a message without an explicit recipient. */
    static final List<ContactKind> CUSTOMER_KINDS = List.of(ContactKind.MOBILE, ContactKind.EMAIL);

    private final MessageDeliveryRepository messages;
    private final InteractionRepository interactions;
    private final PluginHost host;
    private final IdGenerator ids;
    private final Clock clock;

    @Inject
    DeliveryRecorder(MessageDeliveryRepository messages, InteractionRepository interactions, PluginHost host,
            IdGenerator ids, Clock clock) {
        this.messages = messages;
        this.interactions = interactions;
        this.host = host;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Records an accepted or delivered message: DELIVERED (with the claim's version if given, else
     * whatever the version), the receipt, and the interaction. Call inside a transaction.
     */
    void delivered(OutboundMessage claimed, boolean versionChecked, DeliveryReceipt receipt, ContactKind kind) {
        if (!versionChecked || !messages.finish(claimed, OutboundMessageStatus.DELIVERED, null, null)) {
            messages.forceStatus(claimed.id(), OutboundMessageStatus.DELIVERED, null);
        }
        messages.insertReceipt(claimed.id(), receipt, clock.instant());
        if (claimed.customerId() == null) {
            return;
        }
        String ref = "outbox:" + claimed.id();
        if (!interactions.findExistingSourceRefs(Set.of(ref)).isEmpty()) {
            return;
        }
        String summary = "Sent " + claimed.template() + " via " + claimed.channel()
                + receipt.providerRef().map(r -> " (ref " + r + ")").orElse("");
        interactions.insert(Interaction.record(new InteractionId(ids.next()),
                new NewInteraction(claimed.customerId(), interactionChannel(kind), InteractionType.OUTBOUND_MESSAGE,
                        receipt.at(), null, summary.length() > 4000 ? summary.substring(0, 4000) : summary, ref),
                clock.instant()));
    }

    /** The CRM channel an address kind is recorded under. */
    static InteractionChannel interactionChannel(ContactKind kind) {
        if (kind == null) {
            return InteractionChannel.SMS;
        }
        switch (kind) {
            case EMAIL:
                return InteractionChannel.EMAIL;
            case MESSENGER:
                return InteractionChannel.WECHAT;
            case POSTAL:
                return InteractionChannel.LETTER;
            case OTHER:
                return InteractionChannel.WEB;
            default:
                return InteractionChannel.SMS;
        }
    }

    /** The first of the customer's own addresses the channel can deliver to. */
    static Optional<ContactPoint> contactOf(ManagedChannel channel, Customer customer) {
        if (customer == null) {
            return Optional.empty();
        }
        for (ContactKind kind : CUSTOMER_KINDS) {
            if (!channel.supports(kind)) {
                continue;
            }
            if (kind == ContactKind.MOBILE && customer.profile().mobile() != null) {
                return Optional.of(ContactPoint.mobile(customer.profile().mobile().value()));
            }
            if (kind == ContactKind.EMAIL && customer.profile().email() != null) {
                return Optional.of(ContactPoint.email(customer.profile().email().value()));
            }
        }
        return Optional.empty();
    }

    /** The kind of address a channel most likely used, for a receipt reported without the send's context. */
    ContactKind likelyKind(String channelName) {
        Optional<ManagedChannel> ch = host.channel(channelName);
        for (ContactKind kind : ContactKind.values()) {
            if (ch.isPresent() && ch.get().supports(kind)) {
                return kind;
            }
        }
        return ContactKind.MOBILE;
    }
}
