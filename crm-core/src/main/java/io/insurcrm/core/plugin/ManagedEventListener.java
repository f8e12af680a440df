package io.insurcrm.core.plugin;

import io.insurcrm.spi.CrmEvent;
import io.insurcrm.spi.EventListener;
import io.insurcrm.spi.EventType;
import java.util.Objects;
import java.util.Set;

/**
 * A configured event listener as the outbox dispatcher uses it: {@link #deliver} never throws and
 * never blocks longer than the listener's {@code call-timeout}; every failure is retryable (the
 * dispatcher's {@code max-attempts} then decides on the dead-letter state).
 */
public final class ManagedEventListener {
    private final ComponentInfo info;
    private final EventListener listener;
    private final Set<EventType> types;
    private final SafeInvoker invoker;

    ManagedEventListener(ComponentInfo info, EventListener listener, Set<EventType> types, SafeInvoker invoker) {
        this.info = info;
        this.listener = listener;
        this.types = Set.copyOf(types);
        this.invoker = invoker;
    }

    /**
     * @return the listener's configured name
     */
    public String name() {
        return info.name();
    }

    /**
     * @return its factory, plugin, settings (timeouts, retries) and masked configuration
     */
    public ComponentInfo info() {
        return info;
    }

    /**
     * @param type an event type
     * @return whether the listener asked for events of that type
     */
    public boolean wants(EventType type) {
        return types.contains(type);
    }

    /**
     * Delivers one event on the listener's own threads with its timeout.
     *
     * @param event the event
     * @return the event itself on success, or the failure
     */
    public CallOutcome<CrmEvent> deliver(CrmEvent event) {
        Objects.requireNonNull(event, "event");
        return invoker.call(() -> {
            listener.onEvent(event);
            return event;
        });
    }

    void close() {
        invoker.close();
    }
}
