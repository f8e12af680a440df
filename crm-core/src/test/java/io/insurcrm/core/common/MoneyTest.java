package io.insurcrm.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTheCurrencyScaleSoEqualAmountsAreEqual() {
        assertEquals(Money.cny("12.3"), Money.cny("12.30"));
        assertEquals(new BigDecimal("12.30"), Money.cny("12.3").amount());
        assertEquals("12.30 CNY", Money.cny("12.3").toString());
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        ValidationException e = assertThrows(ValidationException.class, () -> Money.cny("1.005"));
        assertEquals("scale", e.violations().get(0).rule());
    }

    @Test
    void addsAndSubtractsInOneCurrencyOnly() {
        assertEquals(Money.cny("3.50"), Money.cny("1.25").plus(Money.cny("2.25")));
        assertTrue(Money.cny("1").minus(Money.cny("2")).isNegative());
        Money usd = Money.of(BigDecimal.ONE, Currency.getInstance("USD"));
        assertThrows(IllegalArgumentException.class, () -> Money.cny("1").plus(usd));
    }
}
