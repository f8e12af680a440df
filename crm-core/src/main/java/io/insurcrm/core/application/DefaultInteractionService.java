package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.interaction.InteractionId;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.interaction.NewInteraction;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

final class DefaultInteractionService implements InteractionService {
    private final InteractionRepository interactions;
    private final CustomerRepository customers;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;

    @Inject
    DefaultInteractionService(InteractionRepository interactions, CustomerRepository customers, TransactionRunner tx,
            IdGenerator ids, Clock clock) {
        this.interactions = interactions;
        this.customers = customers;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Interaction log(Actor actor, NewInteraction command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "interaction");
        return tx.inTransaction(() -> {
            if (customers.findById(command.customerId()).isEmpty()) {
                throw new ValidationException("customerId", "exists", "names no known customer");
            }
            Interaction interaction = Interaction.record(new InteractionId(ids.next()), command, clock.instant());
            interactions.insert(interaction);
            return interaction;
        });
    }

    @Override
    public List<Interaction> recent(Actor actor, CustomerId customerId, int limit) {
        Objects.requireNonNull(actor, "actor");
        if (limit < 0) {
            throw new ValidationException("limit", "non-negative", "must not be negative");
        }
        return interactions.findRecentByCustomer(customerId, limit);
    }
}
