package io.insurcrm.analytics.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A slice of the cube: the policies that started in [{@code from}, {@code to}] (and not after the
 * as-of date), grouped by {@code dimensions} in order with subtotals: {@code ROLLUP(d1, d2, …)} gives
 * the cells of (d1, d2, …), (d1, …), …, (d1) and the grand total.
 */
public record CubeQuery(LocalDate asOf, LocalDate from, LocalDate to, List<Dimension> dimensions) {
    public CubeQuery {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty() || dimensions.size() > 4 || dimensions.stream().distinct().count() != dimensions.size()) {
            throw new IllegalArgumentException("dimensions: 1 to 4 distinct dimensions");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }
}
