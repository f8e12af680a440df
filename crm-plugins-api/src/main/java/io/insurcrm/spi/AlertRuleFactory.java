package io.insurcrm.spi;

import java.util.Map;

/** Creates {@link AlertRule}s; one factory may back several configured rules with different thresholds. */
public interface AlertRuleFactory extends PluginFactory {

    /**
     * Creates a rule from its configuration.
     *
     * @param config  the keys of {@link #configProperties()} that were given, with defaults filled in by the host
     * @param context the host's services; {@link PluginContext#componentName()} is the rule id
     * @return the rule
     * @throws PluginConfigException if a value is missing or malformed
     */
    AlertRule create(Map<String, String> config, PluginContext context);
}
