package io.insurcrm.core.event;

import io.insurcrm.spi.EventType;
import java.util.Set;

/**
 * Which listeners want which event types: decides the delivery rows written with each event.
 * The default subscribes no one; {@link io.insurcrm.core.InsurCrm} binds the configured plugin and
 * in-process listeners.
 */
public interface EventSubscriptions {

    /** Nobody listens. */
    EventSubscriptions NONE = type -> Set.of();

    /**
     * @param type an event type
     * @return the names of the listeners that want it
     */
    Set<String> subscribersOf(EventType type);
}
