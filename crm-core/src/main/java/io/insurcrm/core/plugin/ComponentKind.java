package io.insurcrm.core.plugin;

import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.PluginFactory;
import java.util.List;
import java.util.function.Function;

/**
 * The kinds of component a plugin contributes, each with its configuration prefix: a channel named
 * {@code email} is configured by the properties {@code channel.email.*}.
 */
public enum ComponentKind {
    /** Outbound-message channels; prefix {@code channel}. */
    CHANNEL("channel", "channel factory", CrmPlugin::getChannelFactories),
    /** Alert rules; prefix {@code alert-rule}. */
    ALERT_RULE("alert-rule", "alert rule factory", CrmPlugin::getAlertRuleFactories),
    /** Segment and score rules; prefix {@code segment-rule}. */
    SEGMENT_RULE("segment-rule", "segment rule factory", CrmPlugin::getSegmentRuleFactories),
    /** Event listeners; prefix {@code event-listener}. */
    EVENT_LISTENER("event-listener", "event listener factory", CrmPlugin::getEventListenerFactories),
    /** Importers; prefix {@code importer}. */
    IMPORTER("importer", "importer factory", CrmPlugin::getImporterFactories);

    private final String prefix;
    private final String factoryNoun;
    private final Function<CrmPlugin, List<? extends PluginFactory>> factories;

    ComponentKind(String prefix, String factoryNoun, Function<CrmPlugin, List<? extends PluginFactory>> factories) {
        this.prefix = prefix;
        this.factoryNoun = factoryNoun;
        this.factories = factories;
    }

    /**
     * @return the configuration prefix, e.g. {@code alert-rule}
     */
    public String prefix() {
        return prefix;
    }

    String factoryNoun() {
        return factoryNoun;
    }

    String factoryNounPlural() {
        return factoryNoun.replace("factory", "factories");
    }

    List<? extends PluginFactory> factoriesOf(CrmPlugin plugin) {
        List<? extends PluginFactory> list = factories.apply(plugin);
        return list == null ? List.of() : list;
    }
}
