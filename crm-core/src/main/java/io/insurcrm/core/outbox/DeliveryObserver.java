package io.insurcrm.core.outbox;

import java.util.UUID;

/**
 * Told about every delivery outcome once it is committed, e.g. to feed metrics. Called on the
 * dispatcher's threads; must be fast and must not throw (an exception is logged and ignored).
 */
public interface DeliveryObserver {

    /** Observes nothing. */
    DeliveryObserver NONE = new DeliveryObserver() {
    };

    /**
     * A message attempt ended.
     *
     * @param messageId the message
     * @param channel   the channel
     * @param status    DELIVERED, FAILED (a retry is scheduled) or DEAD
     */
    default void messageFinished(UUID messageId, String channel, OutboundMessageStatus status) {
    }

    /**
     * An event delivery attempt ended.
     *
     * @param eventId  the event
     * @param listener the listener
     * @param status   DELIVERED, FAILED (a retry is scheduled) or DEAD
     */
    default void eventFinished(UUID eventId, String listener, OutboundMessageStatus status) {
    }
}
