package io.insurcrm.examples.plugins.earlyclaim;

import io.insurcrm.spi.AlertRule;
import io.insurcrm.spi.AlertRuleFactory;
import io.insurcrm.spi.ConfigProperty;
import io.insurcrm.spi.ConfigValues;
import io.insurcrm.spi.PluginConfigException;
import io.insurcrm.spi.PluginContext;
import io.insurcrm.spi.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Creates "claims filed within N days of policy start" rules, a classic indicator of a loss that
 * existed before the cover (or of a policy bought for a planned claim). Configuration (prefix
 * {@code alert-rule.<name>.}): {@code days} (30), {@code min-claims} (1), {@code severity} (MEDIUM).
 */
public final class EarlyClaimRuleFactory implements AlertRuleFactory {
    static final ConfigProperty DAYS = ConfigProperty.optional("days", "30",
            "a claim is early if filed at most this many days after its policy's start, 1..366");
    static final ConfigProperty MIN_CLAIMS = ConfigProperty.optional("min-claims", "1",
            "early claims (in the facts' 36 months) needed to raise the alert, 1..100");
    static final ConfigProperty SEVERITY = ConfigProperty.optional("severity", "MEDIUM",
            "severity of the alert: LOW, MEDIUM, HIGH or CRITICAL");

    @Override
    public String name() {
        return "early-claim";
    }

    @Override
    public String description() {
        return "Alerts on claims filed within N days of their policy's start";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(DAYS, MIN_CLAIMS, SEVERITY);
    }

    @Override
    public AlertRule create(Map<String, String> config, PluginContext context) {
        ConfigValues v = ConfigValues.of(config);
        Severity severity;
        try {
            severity = Severity.valueOf(v.string(SEVERITY).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PluginConfigException(SEVERITY.key(), "must be LOW, MEDIUM, HIGH or CRITICAL");
        }
        return new EarlyClaimRule(context.componentName(), v.integer(DAYS, 1, 366), v.integer(MIN_CLAIMS, 1, 100),
                severity);
    }
}
