package io.insurcrm.core.followup;

import io.insurcrm.core.staff.AccountManagerId;
import java.time.YearMonth;

/**
 * One account manager's month: interactions he logged (by his staff id) on channel VISIT and
 * CALL_CENTRE, distinct customers he touched on any channel, and major events (interactions of type
 * COMPLAINT, CLAIM_SERVICE or EVENT).
 */
public record VisitReport(AccountManagerId managerId, YearMonth month, long visits, long calls,
        long customersTouched, long majorEvents) {
}
