package io.insurcrm.core.event;

import io.insurcrm.core.common.IdGenerator;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link DomainEvents} writing to the event outbox ({@link DomainEventRepository}): one event row,
 * plus one delivery row for each listener {@link EventSubscriptions} names for the type.
 */
public final class StoredDomainEvents implements DomainEvents {
    private final DomainEventRepository repository;
    private final EventSubscriptions subscriptions;
    private final IdGenerator ids;
    private final Clock clock;

    /**
     * @param repository    the event outbox
     * @param subscriptions who listens to what
     * @param ids           id source (UUID v7: ids sort in recording order)
     * @param clock         the time of the events
     */
    @Inject
    public StoredDomainEvents(DomainEventRepository repository, EventSubscriptions subscriptions, IdGenerator ids,
            Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void recordAll(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<DomainEvent> events = new ArrayList<>(drafts.size());
        List<DomainEventRepository.NewDelivery> deliveries = new ArrayList<>();
        for (Draft d : drafts) {
            DomainEvent e = new DomainEvent(ids.next(), d.type(), d.customer(),
                    d.subject() == null ? null : d.subject().toString(), d.attributes(), now);
            events.add(e);
            for (String listener : subscriptions.subscribersOf(d.type())) {
                deliveries.add(new DomainEventRepository.NewDelivery(e.id(), listener, e.customerId()));
            }
        }
        repository.insertAll(events, deliveries, now);
    }
}
