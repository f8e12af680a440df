package io.insurcrm.storage.internal;

import io.insurcrm.core.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.function.Function;

/** Conversions between column values and model values shared by the mappers; all null-safe. */
final class Columns {
    private Columns() {
    }

    /** Applies {@code f} unless {@code value} is null. */
    static <T, R> R map(T value, Function<T, R> f) {
        return value == null ? null : f.apply(value);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** Instants are written in UTC. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    static String currency(Money money) {
        return money.currency().getCurrencyCode();
    }

    static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, Currency.getInstance(currency.strip()));
    }
}
