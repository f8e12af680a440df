package io.insurcrm.core.interaction;

import io.insurcrm.core.customer.CustomerId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Port: persistence of interactions (append-only). */
public interface InteractionRepository {

    /** @throws io.insurcrm.core.common.DuplicateException if the source reference is taken */
    void insert(Interaction interaction);

    void insertAll(List<Interaction> interactions);

    /** Newest first, at most {@code limit}, in one query. */
    List<Interaction> findRecentByCustomer(CustomerId customerId, int limit);

    /** Which of these source references are already stored (one query). */
    Set<String> findExistingSourceRefs(Collection<String> sourceRefs);

    long count();
}
