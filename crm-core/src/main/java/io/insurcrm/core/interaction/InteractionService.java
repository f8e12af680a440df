package io.insurcrm.core.interaction;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.customer.CustomerId;
import java.util.List;

/** Log contacts with customers on every channel and read a customer's history. */
public interface InteractionService {

    /** @throws io.insurcrm.core.common.ValidationException if the customer does not exist */
    Interaction log(Actor actor, NewInteraction interaction);

    /** The newest {@code limit} interactions of a customer, newest first. */
    List<Interaction> recent(Actor actor, CustomerId customerId, int limit);
}
