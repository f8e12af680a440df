package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.interaction.NewInteraction;
import java.util.List;

/** Log contacts with customers on every channel and read a customer's history. */
public interface InteractionService {

    /** @throws io.insurcrm.core.common.ValidationException if the customer does not exist */
    Interaction log(Actor actor, NewInteraction interaction);

    /** The newest {@code limit} interactions of a customer, newest first. */
    List<Interaction> recent(Actor actor, CustomerId customerId, int limit);
}
