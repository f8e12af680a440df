package io.insurcrm.spi;

import java.util.Map;

/** Creates {@link Importer}s. */
public interface ImporterFactory extends PluginFactory {

    /**
     * Creates an importer from its configuration.
     *
     * @param config  the keys of {@link #configProperties()} that were given, with defaults filled in by the host
     * @param context the host's services
     * @return the importer
     * @throws PluginConfigException if a value is missing or malformed
     */
    Importer create(Map<String, String> config, PluginContext context);
}
