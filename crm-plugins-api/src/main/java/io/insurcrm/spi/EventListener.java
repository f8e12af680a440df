package io.insurcrm.spi;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reacts to domain events, e.g. tells a marketing system that a policy lapsed. The host delivers
 * events from its outbox on its own threads, with a timeout, at least once and retried with
 * back-off when {@link #onEvent} throws; a listener must therefore be idempotent by
 * {@link CrmEvent#eventId()} and must not assume it runs in the transaction that caused the event.
 */
public interface EventListener {

    /**
     * The event types this listener wants; the host does not call it for others.
     *
     * @return the types; all types by default
     */
    default Set<EventType> eventTypes() {
        return EnumSet.allOf(EventType.class);
    }

    /**
     * Handles one event.
     *
     * @param event the event
     * @throws RuntimeException any failure: the host records it (type and message, which must hold
     *                          no personal data) and delivers the event again later
     */
    void onEvent(CrmEvent event);
}
