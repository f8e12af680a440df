package io.insurcrm.core.outbox;

import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.DeliveryStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An outbound message with what became of it: its state and the delivery receipts stored for it.
 *
 * @param message  the message (status, attempts, next attempt, last error)
 * @param receipts the receipts, by status (ACCEPTED, DELIVERED, FAILED), at most one each
 */
public record OutboxMessage(OutboundMessage message, List<DeliveryReceipt> receipts) {

    /** Checks and copies. */
    public OutboxMessage {
        Objects.requireNonNull(message, "message");
        receipts = List.copyOf(receipts);
    }

    /**
     * @return when the channel or its gateway first reported the message accepted or delivered
     */
    public Optional<Instant> deliveredAt() {
        return receipts.stream().filter(r -> r.status() != DeliveryStatus.FAILED).map(DeliveryReceipt::at)
                .min(Comparator.naturalOrder());
    }

    /**
     * @return the remote system's reference for the message, from the first receipt that has one
     */
    public Optional<String> providerRef() {
        return receipts.stream().map(DeliveryReceipt::providerRef).flatMap(Optional::stream).findFirst();
    }

    /**
     * @return the message's status
     */
    public OutboundMessageStatus status() {
        return message.status();
    }
}
