package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
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

    private final AccessGuard guard;

    @Inject
    DefaultInteractionService(InteractionRepository interactions, CustomerRepository customers, TransactionRunner tx,
            IdGenerator ids, Clock clock, AccessGuard guard) {
        this.interactions = interactions;
        this.customers = customers;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public Interaction log(Actor actor, NewInteraction command) {
        guard.require(actor, Action.LOG_INTERACTION);
        Objects.requireNonNull(command, "interaction");
        return tx.inTransaction(() -> {
            if (!guard.visible(guard.scope(actor), command.customerId())) {
                throw new ValidationException("customerId", "exists", "names no known customer");
            }
            Interaction interaction = Interaction.record(new InteractionId(ids.next()), command, clock.instant());
            interactions.insert(interaction);
            guard.record(actor, "LOG_INTERACTION", interaction.customerId(), List.of("interaction"));
            return interaction;
        });
    }

    @Override
    public List<Interaction> recent(Actor actor, CustomerId customerId, int limit) {
        guard.require(actor, Action.READ);
        if (limit < 0) {
            throw new ValidationException("limit", "non-negative", "must not be negative");
        }
        return tx.inTransaction(() -> guard.visible(guard.scope(actor), customerId)
                ? interactions.findRecentByCustomer(customerId, limit) : List.<Interaction>of());
    }
}
