package io.insurcrm.core.plugin;

import io.insurcrm.spi.AlertRule;
import io.insurcrm.spi.AlertRuleFactory;
import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelFactory;
import io.insurcrm.spi.ConfigProperty;
import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.EventListener;
import io.insurcrm.spi.EventListenerFactory;
import io.insurcrm.spi.Importer;
import io.insurcrm.spi.ImporterFactory;
import io.insurcrm.spi.PluginContext;
import io.insurcrm.spi.SegmentRule;
import io.insurcrm.spi.SegmentRuleFactory;
import io.insurcrm.spi.SpiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Plugins and factories for the host's tests, assembled per test. */
final class TestPlugins {
    private TestPlugins() {
    }

    /** A plugin with a name, a declared SPI version and whatever factories a test gives it. */
    static class Plugin implements CrmPlugin {
        private final String name;
        private final SpiVersion spi;
        final List<ChannelFactory> channels = new ArrayList<>();
        final List<AlertRuleFactory> alertRules = new ArrayList<>();
        final List<SegmentRuleFactory> segmentRules = new ArrayList<>();
        final List<EventListenerFactory> listeners = new ArrayList<>();
        final List<ImporterFactory> importers = new ArrayList<>();

        Plugin(String name, SpiVersion spi) {
            this.name = name;
            this.spi = spi;
        }

        Plugin(String name) {
            this(name, new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR));
        }

        Plugin with(ChannelFactory f) {
            channels.add(f);
            return this;
        }

        Plugin with(AlertRuleFactory f) {
            alertRules.add(f);
            return this;
        }

        Plugin with(SegmentRuleFactory f) {
            segmentRules.add(f);
            return this;
        }

        Plugin with(EventListenerFactory f) {
            listeners.add(f);
            return this;
        }

        Plugin with(ImporterFactory f) {
            importers.add(f);
            return this;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String version() {
            return "9.9.9";
        }

        @Override
        public SpiVersion spiVersion() {
            return spi;
        }

        @Override
        public List<ChannelFactory> getChannelFactories() {
            return channels;
        }

        @Override
        public List<AlertRuleFactory> getAlertRuleFactories() {
            return alertRules;
        }

        @Override
        public List<SegmentRuleFactory> getSegmentRuleFactories() {
            return segmentRules;
        }

        @Override
        public List<EventListenerFactory> getEventListenerFactories() {
            return listeners;
        }

        @Override
        public List<ImporterFactory> getImporterFactories() {
            return importers;
        }
    }

    static ChannelFactory channelFactory(String name, List<ConfigProperty> props,
            BiFunction<Map<String, String>, ChannelContext, Channel> create) {
        return new ChannelFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<ConfigProperty> configProperties() {
                return props;
            }

            @Override
            public Channel create(Map<String, String> config, ChannelContext context) {
                return create.apply(config, context);
            }
        };
    }

    static AlertRuleFactory alertRuleFactory(String name, List<ConfigProperty> props,
            BiFunction<Map<String, String>, PluginContext, AlertRule> create) {
        return new AlertRuleFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<ConfigProperty> configProperties() {
                return props;
            }

            @Override
            public AlertRule create(Map<String, String> config, PluginContext context) {
                return create.apply(config, context);
            }
        };
    }

    static SegmentRuleFactory segmentRuleFactory(String name, SegmentRule rule) {
        return new SegmentRuleFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public SegmentRule create(Map<String, String> config, PluginContext context) {
                return rule;
            }
        };
    }

    static EventListenerFactory listenerFactory(String name, EventListener listener) {
        return new EventListenerFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public EventListener create(Map<String, String> config, PluginContext context) {
                return listener;
            }
        };
    }

    static ImporterFactory importerFactory(String name, Importer importer) {
        return new ImporterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Importer create(Map<String, String> config, PluginContext context) {
                return importer;
            }
        };
    }
}
