package io.insurcrm.core.delivery;

import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.event.DomainEventRepository;
import io.insurcrm.core.outbox.DeliveryObserver;
import io.insurcrm.core.outbox.DispatchReport;
import io.insurcrm.core.outbox.MessageDeliveryRepository;
import io.insurcrm.core.outbox.OutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.plugin.CallOutcome;
import io.insurcrm.core.plugin.CallOutcome.Failure;
import io.insurcrm.core.plugin.CallOutcome.FailureKind;
import io.insurcrm.core.plugin.ComponentSettings;
import io.insurcrm.core.plugin.ManagedChannel;
import io.insurcrm.core.plugin.ManagedEventListener;
import io.insurcrm.core.plugin.PluginHost;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.CrmEvent;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.DeliveryStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the transactional outbox through the plugin host: outbound messages through their
 * channels, domain events to their listeners. Every channel and listener is a lane of its own: a
 * round claims a batch for that lane (optimistically, with a version check, so several dispatchers
 * may run), and the lane's own threads ({@code max-concurrency} of them) make the calls, each cut
 * off after the component's {@code call-timeout}. A slow, hanging or throwing channel therefore
 * occupies only its own lane; the others keep delivering.
 *
 * <p>A failed attempt is retried after {@link ComponentSettings#backoffAfter} (the item goes to
 * FAILED with {@code next_attempt_at}); a permanent failure, or the last allowed attempt, moves it
 * to DEAD with the error kept (the plugin's text, with the recipient's address masked if it
 * appears). A claim holds a lease; an item left DELIVERING by a stopped JVM is claimed again when
 * its lease ends, so delivery is at least once, always with the same idempotency key.
 *
 * <p>{@link #dispatchOnce()} runs one round of every lane and waits for it; {@link #start} runs
 * every lane in the background, each on its own schedule. {@link #close()} stops without draining:
 * what is claimed stays DELIVERING until its lease ends.
 *
 * <p>Events of one customer reach a listener in the order they were recorded: a round claims an
 * event only when no earlier event of the customer is still pending for that listener, delivers a
 * customer's events one after another, and gives the rest back untried when one fails.
 */
public final class OutboxDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final PluginHost host;
    private final MessageDeliveryRepository messages;
    private final DomainEventRepository events;
    private final CustomerRepository customers;
    private final DeliveryRecorder recorder;
    private final TransactionRunner tx;
    private final Clock clock;
    private final OutboxSettings settings;
    private final DeliveryObserver observer;
    private final Map<String, ExecutorService> lanes = new ConcurrentHashMap<>();
    private final ExecutorService rounds = Executors.newCachedThreadPool(threads("insurcrm-outbox-round-"));
    private final AtomicBoolean closed = new AtomicBoolean();
    private ScheduledExecutorService scheduler;

    @Inject
    OutboxDispatcher(PluginHost host, MessageDeliveryRepository messages, DomainEventRepository events,
            CustomerRepository customers, DeliveryRecorder recorder, TransactionRunner tx, Clock clock,
            OutboxSettings settings, DeliveryObserver observer) {
        this.host = host;
        this.messages = messages;
        this.events = events;
        this.customers = customers;
        this.recorder = recorder;
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
        this.observer = observer;
    }

    /**
     * Runs one round of every channel and listener, all at once, and waits for them.
     *
     * @return what the round did
     * @throws IllegalStateException if the dispatcher is closed
     */
    public DispatchReport dispatchOnce() {
        requireOpen();
        List<Future<DispatchReport>> futures = new ArrayList<>();
        for (ManagedChannel c : host.channels()) {
            futures.add(rounds.submit(() -> channelRound(c)));
        }
        for (ManagedEventListener l : host.eventListeners()) {
            futures.add(rounds.submit(() -> listenerRound(l)));
        }
        DispatchReport total = DispatchReport.EMPTY;
        for (Future<DispatchReport> f : futures) {
            total = total.plus(await(f, DispatchReport.EMPTY));
        }
        return total;
    }

    /**
     * Starts the background dispatcher: every channel and listener runs a round, pauses
     * {@code settings.pollInterval()}, and so on, each on its own schedule. Idempotent.
     */
    public synchronized void start() {
        requireOpen();
        if (scheduler != null) {
            return;
        }
        int lanesCount = host.channels().size() + host.eventListeners().size();
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(Math.max(1, lanesCount),
                threads("insurcrm-outbox-scheduler-"));
        long ms = settings.pollInterval().toMillis();
        for (ManagedChannel c : host.channels()) {
            s.scheduleWithFixedDelay(() -> guarded(() -> channelRound(c)), 0, ms, TimeUnit.MILLISECONDS);
        }
        for (ManagedEventListener l : host.eventListeners()) {
            s.scheduleWithFixedDelay(() -> guarded(() -> listenerRound(l)), 0, ms, TimeUnit.MILLISECONDS);
        }
        scheduler = s;
        LOG.info("outbox dispatcher started: {} lane(s), poll interval {}", lanesCount, settings.pollInterval());
    }

    /** Stops at once, without draining: claimed items stay DELIVERING until their lease ends. Idempotent. */
    @Override
    public synchronized void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        rounds.shutdownNow();
        lanes.values().forEach(ExecutorService::shutdownNow);
    }

    private void guarded(Callable<DispatchReport> round) {
        try {
            round.call();
        } catch (Exception | LinkageError e) {
            if (!closed.get()) {
                LOG.warn("outbox round failed ({}); it runs again after the poll interval", e.getClass().getName());
            }
        }
    }

    // ---- messages ----------------------------------------------------------------------------

    private DispatchReport channelRound(ManagedChannel channel) {
        ComponentSettings s = channel.info().settings();
        Instant now = clock.instant();
        List<MessageDeliveryRepository.Claimed> claimed = tx.inTransaction(
                () -> messages.claim(channel.name(), now, now.plus(lease(s)), settings.batchSize()));
        if (claimed.isEmpty()) {
            return DispatchReport.EMPTY;
        }
        List<CustomerId> needAddress = claimed.stream().filter(c -> c.recipient().isEmpty())
                .map(c -> c.message().customerId()).filter(id -> id != null).distinct().collect(Collectors.toList());
        Map<CustomerId, Customer> holders = needAddress.isEmpty() ? Map.of() : customers.findByIds(needAddress);
        ExecutorService lane = lane("channel-" + channel.name(), s.maxConcurrency());
        List<Future<OutboundMessageStatus>> results = new ArrayList<>();
        for (MessageDeliveryRepository.Claimed c : claimed) {
            results.add(lane.submit(() -> deliver(channel, c, holders)));
        }
        int delivered = 0;
        int retrying = 0;
        int dead = 0;
        for (Future<OutboundMessageStatus> f : results) {
            OutboundMessageStatus st = await(f, null);
            if (st == OutboundMessageStatus.DELIVERED) {
                delivered++;
            } else if (st == OutboundMessageStatus.FAILED) {
                retrying++;
            } else if (st == OutboundMessageStatus.DEAD) {
                dead++;
            }
        }
        return new DispatchReport(claimed.size(), delivered, retrying, dead, 0, 0, 0);
    }

    private OutboundMessageStatus deliver(ManagedChannel channel, MessageDeliveryRepository.Claimed claimed,
            Map<CustomerId, Customer> holders) {
        OutboundMessage m = claimed.message();
        Optional<ContactPoint> to = claimed.recipient().isPresent() ? claimed.recipient()
                : DeliveryRecorder.contactOf(channel, holders.get(m.customerId()));
        if (to.isEmpty()) {
            return failed(channel, m, null, new Failure<>(FailureKind.NOT_SUPPORTED, false, "no-recipient",
                    "the customer has no address of a kind the channel supports", Duration.ZERO));
        }
        io.insurcrm.spi.OutboundMessage spi = new io.insurcrm.spi.OutboundMessage(m.id().toString(),
                m.idempotencyKey(), m.channel(), to.get(), m.subject() == null ? "" : m.subject(), m.body(),
                Optional.of(m.template()), Map.of(), m.createdAt());
        CallOutcome<DeliveryReceipt> outcome = channel.send(spi);
        if (closed.get()) {
            return null; // stopped without draining: the lease brings the message back
        }
        if (outcome instanceof CallOutcome.Success) {
            DeliveryReceipt receipt = ((CallOutcome.Success<DeliveryReceipt>) outcome).result();
            if (receipt.status() == DeliveryStatus.FAILED) {
                return failed(channel, m, to.get(), new Failure<>(FailureKind.INVALID_RESULT, false, "failed-receipt",
                        receipt.detail(), Duration.ZERO));
            }
            tx.run(() -> recorder.delivered(m, true, receipt, to.get().kind()));
            notifyMessage(m, OutboundMessageStatus.DELIVERED);
            return OutboundMessageStatus.DELIVERED;
        }
        return failed(channel, m, to.get(), (Failure<DeliveryReceipt>) outcome);
    }

    private OutboundMessageStatus failed(ManagedChannel channel, OutboundMessage m, ContactPoint to, Failure<?> f) {
        Instant now = clock.instant();
        Optional<Duration> wait = f.retryable() ? channel.info().settings().backoffAfter(Math.max(1, m.attempts()))
                : Optional.empty();
        OutboundMessageStatus status = wait.isPresent() ? OutboundMessageStatus.FAILED : OutboundMessageStatus.DEAD;
        String error = errorText(f, to);
        boolean kept = tx.inTransaction(() -> messages.finish(m, status, wait.map(now::plus).orElse(null), error));
        if (!kept) {
            return null;
        }
        if (status == OutboundMessageStatus.DEAD) {
            LOG.warn("message {} via {} dead after {} attempt(s): {} {}", m.id(), m.channel(), m.attempts(), f.kind(),
                    f.errorType());
        }
        notifyMessage(m, status);
        return status;
    }

    // ---- events ------------------------------------------------------------------------------

    private DispatchReport listenerRound(ManagedEventListener listener) {
        ComponentSettings s = listener.info().settings();
        Instant now = clock.instant();
        List<DomainEventRepository.Claimed> claimed = tx.inTransaction(
                () -> events.claim(listener.name(), now, now.plus(lease(s)), settings.batchSize()));
        if (claimed.isEmpty()) {
            return DispatchReport.EMPTY;
        }
        Map<CustomerId, List<DomainEventRepository.Claimed>> byCustomer = new LinkedHashMap<>();
        claimed.forEach(c -> byCustomer.computeIfAbsent(c.event().customerId(), k -> new ArrayList<>()).add(c));
        ExecutorService lane = lane("listener-" + listener.name(), s.maxConcurrency());
        List<Future<int[]>> results = new ArrayList<>();
        for (List<DomainEventRepository.Claimed> queue : byCustomer.values()) {
            results.add(lane.submit(() -> deliverInOrder(listener, queue)));
        }
        int[] sum = new int[3];
        for (Future<int[]> f : results) {
            int[] r = await(f, new int[3]);
            for (int i = 0; i < 3; i++) {
                sum[i] += r[i];
            }
        }
        return new DispatchReport(0, 0, 0, 0, sum[0], sum[1], sum[2]);
    }

    /** One customer's claimed events, in order; after a failure the rest go back untried. */
    private int[] deliverInOrder(ManagedEventListener listener, List<DomainEventRepository.Claimed> queue) {
        int[] counts = new int[3];
        for (int i = 0; i < queue.size(); i++) {
            DomainEventRepository.Claimed c = queue.get(i);
            CrmEvent event = c.event().toCrmEvent();
            CallOutcome<CrmEvent> outcome = listener.deliver(event);
            if (closed.get()) {
                return counts;
            }
            Instant now = clock.instant();
            OutboundMessageStatus status;
            if (outcome.succeeded()) {
                status = OutboundMessageStatus.DELIVERED;
                tx.inTransaction(() -> events.finish(c, OutboundMessageStatus.DELIVERED, now, null, now));
                counts[0]++;
            } else {
                Failure<CrmEvent> f = (Failure<CrmEvent>) outcome;
                Optional<Duration> wait = listener.info().settings().backoffAfter(Math.max(1, c.attempts()));
                status = wait.isPresent() ? OutboundMessageStatus.FAILED : OutboundMessageStatus.DEAD;
                tx.inTransaction(() -> events.finish(c, status, wait.map(now::plus).orElse(now), errorText(f, null),
                        null));
                counts[status == OutboundMessageStatus.FAILED ? 1 : 2]++;
                if (status == OutboundMessageStatus.FAILED) {
                    List<DomainEventRepository.Claimed> rest = queue.subList(i + 1, queue.size());
                    if (!rest.isEmpty()) {
                        tx.run(() -> events.release(rest, now));
                    }
                    notifyEvent(c, status);
                    return counts;
                }
                LOG.warn("event {} to listener {} dead after {} attempt(s): {} {}", c.event().id(), listener.name(),
                        c.attempts(), f.kind(), f.errorType());
            }
            notifyEvent(c, status);
        }
        return counts;
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** The lease of a claim: the configured lease plus the longest a batch of this lane can take. */
    private Duration lease(ComponentSettings s) {
        long waves = (settings.batchSize() + s.maxConcurrency() - 1) / s.maxConcurrency();
        return settings.lease().plus(s.callTimeout().multipliedBy(waves));
    }

    private ExecutorService lane(String name, int threads) {
        return lanes.computeIfAbsent(name, n -> {
            ThreadPoolExecutor e = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), threads("insurcrm-outbox-" + n.replaceAll("[^A-Za-z0-9_-]", "-") + "-"));
            e.allowCoreThreadTimeOut(true);
            return e;
        });
    }

    /** The failure as one line for {@code last_error}, with the recipient's address masked should the plugin echo it. */
    static String errorText(Failure<?> f, ContactPoint to) {
        String text = f.describe();
        if (to != null && !to.address().isBlank()) {
            text = text.replace(to.address(), to.masked());
        }
        return text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }

    private void notifyMessage(OutboundMessage m, OutboundMessageStatus status) {
        try {
            observer.messageFinished(m.id(), m.channel(), status);
        } catch (RuntimeException e) {
            LOG.warn("delivery observer threw {}", e.getClass().getName());
        }
    }

    private void notifyEvent(DomainEventRepository.Claimed c, OutboundMessageStatus status) {
        try {
            observer.eventFinished(c.event().id(), c.listener(), status);
        } catch (RuntimeException e) {
            LOG.warn("delivery observer threw {}", e.getClass().getName());
        }
    }

    private <T> T await(Future<T> f, T fallback) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } catch (ExecutionException e) {
            if (!closed.get()) {
                LOG.warn("outbox delivery failed in the host ({})", e.getCause().getClass().getName(), e.getCause());
            }
            return fallback;
        } catch (java.util.concurrent.CancellationException e) {
            return fallback;
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the outbox dispatcher is closed");
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
