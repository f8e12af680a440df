package io.insurcrm.examples.plugins.earlyclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.insurcrm.spi.AlertFinding;
import io.insurcrm.spi.AlertRule;
import io.insurcrm.spi.ClaimFact;
import io.insurcrm.spi.CustomerFacts;
import io.insurcrm.spi.PluginConfigException;
import io.insurcrm.spi.PluginContext;
import io.insurcrm.spi.Severity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EarlyClaimRuleTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final PluginContext CONTEXT = PluginContext.standalone("early-claim", Clock.systemUTC());

    private static AlertRule rule(Map<String, String> config) {
        return new EarlyClaimRuleFactory().create(config, CONTEXT);
    }

    private static ClaimFact claim(String ref, String policy, LocalDate start, LocalDate reported) {
        return new ClaimFact(ref, policy, start, reported.minusDays(2), reported, new BigDecimal("8000.00"));
    }

    private static CustomerFacts facts(ClaimFact... claims) {
        return CustomerFacts.empty("c-1", AS_OF, "CNY").withClaims(claims.length, claims.length, BigDecimal.ZERO,
                BigDecimal.ZERO, Optional.empty(), OptionalInt.of(0), List.of(claims));
    }

    @Test
    void aClaimFiledOnTheThirtiethDayFiresAndTheThirtyFirstDoesNot() {
        AlertRule r = rule(Map.of());
        List<AlertFinding> on30 = r.evaluate(facts(claim("CL-1", "P-1", START, START.plusDays(30))));
        assertEquals(List.of(new AlertFinding("early-claim", Severity.MEDIUM,
                "1 claim was filed within 30 days of the policy's start (soonest after 30 days)",
                Map.of("days", "30", "earlyClaims", "1", "claimRefs", "CL-1", "policyRefs", "P-1",
                        "soonestDaysAfterStart", "30"))), on30);
        assertEquals(List.of(), r.evaluate(facts(claim("CL-2", "P-1", START, START.plusDays(31)))));
    }

    @Test
    void countsOnlyEarlyClaimsAndNamesThemInOrder() {
        AlertRule r = rule(Map.of("min-claims", "2", "severity", "high"));
        LocalDate start2 = LocalDate.of(2026, 3, 1);
        CustomerFacts f = facts(
                claim("CL-9", "P-2", start2, start2.plusDays(1)),
                claim("CL-3", "P-1", START, START.plusDays(12)),
                claim("CL-5", "P-1", START, START.plusDays(200)));
        AlertFinding finding = r.evaluate(f).get(0);
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals("2 claims were filed within 30 days of the policy's start (soonest after 1 day)", finding.reason());
        assertEquals("CL-3,CL-9", finding.facts().get("claimRefs"));
        assertEquals("P-1,P-2", finding.facts().get("policyRefs"));
        assertEquals(List.of(), r.evaluate(facts(claim("CL-3", "P-1", START, START.plusDays(12)))),
                "one early claim is below min-claims=2");
    }

    @Test
    void theWindowIsConfigurableAndClaimsBeforeTheStartOrAfterAsOfAreIgnored() {
        AlertRule within7 = rule(Map.of("days", "7"));
        assertEquals(List.of(), within7.evaluate(facts(claim("CL-1", "P-1", START, START.plusDays(8)))));
        assertEquals(1, within7.evaluate(facts(claim("CL-1", "P-1", START, START.plusDays(7)))).size());
        assertEquals(List.of(), within7.evaluate(facts(claim("CL-0", "P-0", START, START.minusDays(3)))),
                "a claim filed before its policy started is another problem, not this rule's");
        LocalDate late = AS_OF.minusDays(3);
        assertEquals(List.of(), within7.evaluate(facts(claim("CL-F", "P-F", late, AS_OF.plusDays(1)))),
                "a claim reported after the as-of date is unknown at that date");
        assertEquals(List.of(), within7.evaluate(CustomerFacts.empty("c-2", AS_OF, "CNY")));
    }

    @Test
    void badConfigurationIsRefusedByKey() {
        assertEquals("config key 'days' must be an integer 1..366",
                assertThrows(PluginConfigException.class, () -> rule(Map.of("days", "0"))).getMessage());
        assertEquals("config key 'severity' must be LOW, MEDIUM, HIGH or CRITICAL",
                assertThrows(PluginConfigException.class, () -> rule(Map.of("severity", "urgent"))).getMessage());
        assertEquals("min-claims", assertThrows(PluginConfigException.class,
                () -> rule(Map.of("min-claims", "many"))).key());
    }
}
