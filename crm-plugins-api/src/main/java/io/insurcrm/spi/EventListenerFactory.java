package io.insurcrm.spi;

import java.util.Map;

/** Creates {@link EventListener}s. */
public interface EventListenerFactory extends PluginFactory {

    /**
     * Creates a listener from its configuration.
     *
     * @param config  the keys of {@link #configProperties()} that were given, with defaults filled in by the host
     * @param context the host's services
     * @return the listener
     * @throws PluginConfigException if a value is missing or malformed
     */
    EventListener create(Map<String, String> config, PluginContext context);
}
