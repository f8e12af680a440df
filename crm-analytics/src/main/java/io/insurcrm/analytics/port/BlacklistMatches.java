package io.insurcrm.analytics.port;

import io.insurcrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.Set;

/**
 * Port: customers matching an active blacklist entry on a date. The blacklist is not built yet: the
 * default binding is {@link #NONE}, so the blacklist-match rule raises nothing until a store binds a
 * real implementation (with {@code OptionalBinder.newOptionalBinder(binder(), BlacklistMatches.class).setBinding()}).
 */
public interface BlacklistMatches {
    BlacklistMatches NONE = asOf -> Set.of();

    /** One query for the whole book; the set is small (blacklisted customers are few). */
    Set<CustomerId> matches(LocalDate asOf);
}
