package io.insurcrm.analytics.model;

import io.insurcrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How customers moved between value tiers from one snapshot to another (customers in both only).
 *
 * @param matrix counts by tier in {@code from} and then tier in {@code to}
 * @param movers up to the requested number of customers who changed tier, up first
 */
public record TierMigration(LocalDate from, LocalDate to, Map<ValueTier, Map<ValueTier, Long>> matrix, long up,
        long down, long same, List<Move> movers) {
    public TierMigration {
        matrix = Map.copyOf(matrix);
        movers = List.copyOf(movers);
    }

    /** One customer's move. */
    public record Move(CustomerId customerId, ValueTier from, ValueTier to) {
        /** A → B is down, C → B is up. */
        public boolean up() {
            return to.ordinal() < from.ordinal();
        }
    }
}
