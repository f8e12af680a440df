package io.insurcrm.core.renewal;

import java.math.BigDecimal;

/**
 * The renewal rate of one group for a period: of the policies ending in the period ({@code due}),
 * how many were renewed. {@code rate = renewed / due}, 4 decimals, half-up.
 *
 * @param key     the group: a branch id, a manager id (or {@code none}), or a product line name
 * @param lapsed  ended without renewal, as of today
 */
public record RenewalRate(RenewalDimension dimension, String key, long due, long renewed, long lapsed,
        BigDecimal rate) {
}
