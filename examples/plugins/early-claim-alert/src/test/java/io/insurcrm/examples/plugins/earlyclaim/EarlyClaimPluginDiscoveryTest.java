package io.insurcrm.examples.plugins.earlyclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.plugin.ManagedAlertRule;
import io.insurcrm.core.plugin.PluginConfig;
import io.insurcrm.core.plugin.PluginHost;
import io.insurcrm.core.plugin.PluginRegistry;
import io.insurcrm.spi.AlertFinding;
import io.insurcrm.spi.ClaimFact;
import io.insurcrm.spi.CustomerFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rule as a host runs it: discovered, configured twice with different windows, findings named per configuration. */
class EarlyClaimPluginDiscoveryTest {

    @Test
    void twoConfigurationsOfOneFactoryRaiseSeparatelyNamedFindings() {
        PluginRegistry registry = PluginRegistry.builder().discover(getClass().getClassLoader()).build();
        assertEquals(List.of("insurcrm-early-claim-alert"), registry.plugins().stream().map(p -> p.name()).toList());
        try (PluginHost host = PluginHost.builder(registry).configure(PluginConfig.parse(Map.of(
                "alert-rule.early-claim.factory", "early-claim",
                "alert-rule.very-early-claim.factory", "early-claim",
                "alert-rule.very-early-claim.days", "7",
                "alert-rule.very-early-claim.severity", "HIGH"))).build()) {
            LocalDate start = LocalDate.of(2026, 1, 1);
            CustomerFacts facts = CustomerFacts.empty("c-1", LocalDate.of(2026, 6, 30), "CNY").withClaims(1, 1,
                    BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(), OptionalInt.of(0), List.of(new ClaimFact("CL-1",
                            "P-1", start, start.plusDays(10), start.plusDays(12), BigDecimal.ZERO)));
            Map<String, List<AlertFinding>> byRule = new TreeMap<>();
            for (ManagedAlertRule r : host.alertRules()) {
                byRule.put(r.name(), r.evaluate(facts).value().orElseThrow());
            }
            assertEquals(1, byRule.get("early-claim").size());
            assertEquals("early-claim", byRule.get("early-claim").get(0).ruleId());
            assertEquals(List.of(), byRule.get("very-early-claim"));
        }
    }
}
