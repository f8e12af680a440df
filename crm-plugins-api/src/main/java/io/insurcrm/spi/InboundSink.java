package io.insurcrm.spi;

/**
 * Where a channel reports what arrives on it. The host records each report durably and
 * idempotently: an inbound interaction by {@link InboundInteraction#externalRef()}, a receipt by
 * message id and status, so reporting twice is harmless. Calls are thread-safe and return quickly.
 */
public interface InboundSink {

    /**
     * A customer replied, called or wrote in on this channel.
     *
     * @param interaction what arrived
     * @throws IllegalArgumentException if the report is refused (e.g. it names another channel)
     */
    void interaction(InboundInteraction interaction);

    /**
     * A later status of a message sent earlier, e.g. a gateway's delivery report.
     *
     * @param receipt the status
     * @throws IllegalArgumentException if the report is refused (e.g. the message is unknown)
     */
    void receipt(DeliveryReceipt receipt);

    /**
     * A sink that refuses every report, for channels that have no inbound side and for tests.
     *
     * @return the sink
     */
    static InboundSink refusing() {
        return new InboundSink() {
            @Override
            public void interaction(InboundInteraction interaction) {
                throw new IllegalStateException("this host accepts no inbound interactions");
            }

            @Override
            public void receipt(DeliveryReceipt receipt) {
                throw new IllegalStateException("this host accepts no delivery receipts");
            }
        };
    }
}
