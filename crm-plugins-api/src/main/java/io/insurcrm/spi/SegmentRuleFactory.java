package io.insurcrm.spi;

import java.util.Map;

/** Creates {@link SegmentRule}s. */
public interface SegmentRuleFactory extends PluginFactory {

    /**
     * Creates a rule from its configuration.
     *
     * @param config  the keys of {@link #configProperties()} that were given, with defaults filled in by the host
     * @param context the host's services
     * @return the rule
     * @throws PluginConfigException if a value is missing or malformed
     */
    SegmentRule create(Map<String, String> config, PluginContext context);
}
