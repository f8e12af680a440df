package io.insurcrm.analytics.port;

import io.insurcrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.Set;

/**
 * Port: customers matching an active blacklist entry on a date. The default binding is {@link #NONE}
 * (the blacklist-match rule raises nothing); the jOOQ store binds a real implementation, as may a host
 * (with {@code OptionalBinder.newOptionalBinder(binder(), BlacklistMatches.class).setBinding()}).
 */
public interface BlacklistMatches {
    BlacklistMatches NONE = asOf -> Set.of();

    /** One query for the whole book; the set is small (blacklisted customers are few). */
    Set<CustomerId> matches(LocalDate asOf);
}
