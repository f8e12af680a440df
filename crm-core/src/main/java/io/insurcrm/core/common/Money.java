package io.insurcrm.core.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money with its currency. Never a double. Stored as NUMERIC(18,2); amounts are kept
 * at the currency's scale (two decimals for CNY), so equal amounts compare equal.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    public static final Currency CNY = Currency.getInstance("CNY");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new ValidationException("amount", "scale",
                    "must have at most " + scale + " decimals for " + currency.getCurrencyCode());
        }
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money cny(String amount) {
        return new Money(new BigDecimal(amount), CNY);
    }

    public static Money cny(BigDecimal amount) {
        return new Money(amount, CNY);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
