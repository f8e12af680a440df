package io.insurcrm.core.interaction;

import io.insurcrm.core.common.InsertNew;
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

    /**
     * Inserts those of {@code interactions} whose source reference is not stored yet, and returns the
     * source references that were already stored (nothing is written for them). Every interaction
     * must carry a source reference, each a different one. The default asks
     * {@link #findExistingSourceRefs} first and inserts the rest with {@link #insertAll}; a store may
     * do both in one statement per batch (the jOOQ store does, on PostgreSQL with {@code INSERT … ON
     * CONFLICT DO NOTHING RETURNING}, which also saves the separate index probe of every key, on H2
     * with an insert of the rows not stored read back from {@code FINAL TABLE}).
     */
    default Set<String> insertNew(List<Interaction> interactions) {
        return InsertNew.byLookup(interactions, Interaction::sourceRef, this::findExistingSourceRefs, this::insertAll);
    }

    long count();
}
