package io.insurcrm.analytics.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The parameters of one facts pass.
 *
 * @param asOf                    the date the book is seen from; every window ends on it inclusive
 * @param zone                    the zone in which contact instants are read as dates
 * @param costPerInteraction      the service cost of one contact (there is no cost source yet)
 * @param renewalDueDays          a policy ending within this many days after the as-of date is due for renewal
 * @param followUpLookbackDays    renewal follow-ups are counted over this many days up to the as-of date
 */
public record FactsQuery(LocalDate asOf, ZoneId zone, BigDecimal costPerInteraction, int renewalDueDays,
        int followUpLookbackDays) {
    public FactsQuery {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(costPerInteraction, "costPerInteraction");
    }
}
