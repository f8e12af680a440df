package io.insurcrm.storage.outbox;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.outbox.OutboxFixtures.ACTOR;
import static io.insurcrm.storage.outbox.OutboxFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.delivery.OutboxSettings;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.outbox.DispatchReport;
import io.insurcrm.core.outbox.NewOutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.spi.CrmEvent;
import io.insurcrm.spi.OutboundMessage;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few thousand messages and events through no-op plugins: each delivered exactly once when
 * nothing fails, every key distinct; logs the dispatch rate (a measurement, not an assertion).
 */
class OutboxVolumeTest {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxVolumeTest.class);
    private static final int CUSTOMERS = 200;
    private static final int MESSAGES_PER_CUSTOMER = 10;

    @StoreTest
    void thousandsOfMessagesAndEventsAreDeliveredExactlyOnceWhenNothingFails(StoreKind kind) {
        TestChannels plugin = new TestChannels("test-channels", Map.of("sms", (m, attempt) -> TestChannels.accept(m)));
        List<CrmEvent> events = new CopyOnWriteArrayList<>();
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(T0)).plugin(plugin)
                .pluginProperties(plugin.properties("channel.sms.max-concurrency", "8",
                        "event-listener.audit.max-concurrency", "8"))
                .eventListener("audit", events::add)
                .outbox(new OutboxSettings(500, OutboxSettings.DEFAULTS.lease(), OutboxSettings.DEFAULTS.pollInterval()))
                .build()) {
            BranchId ho = OutboxFixtures.branch(crm);
            List<Customer> customers = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                customers.add(OutboxFixtures.customer(crm, 100 + i, ho));
            }
            crm.inTransaction(() -> {
                for (Customer c : customers) {
                    for (int j = 0; j < MESSAGES_PER_CUSTOMER; j++) {
                        crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "sms", "t", null, "m" + j));
                    }
                }
                return null;
            });
            int total = CUSTOMERS * MESSAGES_PER_CUSTOMER;
            long start = System.nanoTime();
            DispatchReport sum = DispatchReport.EMPTY;
            while (true) {
                DispatchReport r = crm.outbox().dispatchOnce();
                if (r.equals(DispatchReport.EMPTY)) {
                    break;
                }
                sum = sum.plus(r);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            LOG.info("{}: dispatched {} messages and {} events in {} s ({} messages/s, max-concurrency 8, batch 500)",
                    kind, sum.messagesDelivered(), sum.eventsDelivered(), String.format("%.2f", seconds),
                    Math.round(sum.messagesDelivered() / seconds));
            assertEquals(new DispatchReport(total, total, 0, 0, CUSTOMERS, 0, 0), sum);
            assertEquals(total, plugin.sent.size());
            assertEquals(total, plugin.sent.stream().map(OutboundMessage::idempotencyKey).distinct().count());
            assertEquals(Long.valueOf(total), crm.outbox().counts(ACTOR).get(OutboundMessageStatus.DELIVERED));
            assertEquals(CUSTOMERS, events.size());
        }
    }
}
