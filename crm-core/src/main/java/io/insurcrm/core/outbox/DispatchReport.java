package io.insurcrm.core.outbox;

/**
 * What one dispatch round did.
 *
 * @param messagesClaimed   messages claimed for an attempt
 * @param messagesDelivered messages a channel accepted
 * @param messagesRetrying  messages that failed and wait for a later attempt
 * @param messagesDead      messages moved to the dead-letter state
 * @param eventsDelivered   event deliveries a listener accepted
 * @param eventsRetrying    event deliveries that failed and wait for a later attempt
 * @param eventsDead        event deliveries moved to the dead-letter state
 */
public record DispatchReport(int messagesClaimed, int messagesDelivered, int messagesRetrying, int messagesDead,
        int eventsDelivered, int eventsRetrying, int eventsDead) {

    /** Nothing done. */
    public static final DispatchReport EMPTY = new DispatchReport(0, 0, 0, 0, 0, 0, 0);

    /**
     * @param o another report
     * @return the sums
     */
    public DispatchReport plus(DispatchReport o) {
        return new DispatchReport(messagesClaimed + o.messagesClaimed, messagesDelivered + o.messagesDelivered,
                messagesRetrying + o.messagesRetrying, messagesDead + o.messagesDead,
                eventsDelivered + o.eventsDelivered, eventsRetrying + o.eventsRetrying, eventsDead + o.eventsDead);
    }
}
