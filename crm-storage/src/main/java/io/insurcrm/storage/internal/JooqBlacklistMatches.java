package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.BLACKLIST_ENTRY;
import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER;

import io.insurcrm.analytics.port.BlacklistMatches;
import io.insurcrm.analytics.rules.AnalyticsSettings;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.customer.CustomerId;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The customers matching a blacklist entry active at the end of the as-of day (in the analytics zone):
 * started before the next day began, not expired and not revoked by then. One statement for the whole
 * book: equality joins on the canonical national ID and mobile, and a join on the date of birth whose few
 * rows are kept when the customer's compacted name equals the entry's (names are stored as typed, the
 * compaction is {@link PersonKey#normaliseName}, not portable SQL). The entry's branch scope is not
 * applied: an alert asks for a review wherever the customer is served.
 */
final class JooqBlacklistMatches implements BlacklistMatches {
    private final DSLContext dsl;
    private final ZoneId zone;

    @Inject
    JooqBlacklistMatches(DSLContext dsl, Optional<AnalyticsSettings> settings) {
        this.dsl = dsl;
        this.zone = settings.orElse(AnalyticsSettings.DEFAULTS).zone();
    }

    @Override
    public Set<CustomerId> matches(LocalDate asOf) {
        OffsetDateTime end = Columns.timestamp(asOf.plusDays(1).atStartOfDay(zone).toInstant());
        Condition active = BLACKLIST_ENTRY.STARTS_AT.lt(end)
                .and(BLACKLIST_ENTRY.EXPIRES_AT.isNull().or(BLACKLIST_ENTRY.EXPIRES_AT.ge(end)))
                .and(BLACKLIST_ENTRY.REVOKED_AT.isNull().or(BLACKLIST_ENTRY.REVOKED_AT.ge(end)));
        var byIdentifier = dsl.select(CUSTOMER.ID, DSL.inline((String) null), DSL.inline((String) null))
                .from(CUSTOMER).join(BLACKLIST_ENTRY).on(BLACKLIST_ENTRY.NATIONAL_ID.eq(CUSTOMER.NATIONAL_ID)
                        .or(BLACKLIST_ENTRY.MOBILE.eq(CUSTOMER.MOBILE)))
                .where(active);
        var byBirthDate = dsl.select(CUSTOMER.ID, CUSTOMER.NAME, BLACKLIST_ENTRY.PERSON_NAME)
                .from(CUSTOMER).join(BLACKLIST_ENTRY).on(BLACKLIST_ENTRY.DATE_OF_BIRTH.eq(CUSTOMER.DATE_OF_BIRTH))
                .where(active.and(BLACKLIST_ENTRY.PERSON_NAME.isNotNull()));
        Set<CustomerId> found = new HashSet<>();
        for (var r : byIdentifier.unionAll(byBirthDate).fetch()) {
            String listedName = r.value3();
            if (listedName == null || listedName.equals(PersonKey.normaliseName(r.value2()))) {
                found.add(new CustomerId(r.value1()));
            }
        }
        return found;
    }
}
