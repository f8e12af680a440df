package io.insurcrm.analytics.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An account manager's month, from the contacts recorded under their staff id.
 *
 * @param customersMaintained      distinct customers contacted in the month
 * @param careActions              CARE_CALL and CARE_VISIT contacts
 * @param visits                   contacts on the VISIT channel or of type CARE_VISIT
 * @param averageDaysBetweenVisits mean days since the same manager's previous visit to the same customer, over the
 *                                 month's visits that have one; null if none has
 * @param renewalFollowUps         RENEWAL_FOLLOW_UP contacts
 * @param renewalsWon              renewal policies (naming a previous policy) of the customers followed up in the
 *                                 month, starting from the month's first day to 60 days after its last
 * @param complaints               COMPLAINT contacts recorded by the manager
 * @param customerRating           no source yet: always null
 */
public record AccountManagerKpi(String staffId, YearMonth month, long customersMaintained, long careActions,
        long visits, BigDecimal averageDaysBetweenVisits, long renewalFollowUps, long renewalsWon, long complaints,
        BigDecimal customerRating) {
}
