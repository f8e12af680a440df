package io.insurcrm.core.plugin;

import io.insurcrm.core.plugin.CallOutcome.Failure;
import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ConfigProperty;
import io.insurcrm.spi.ContactKind;
import io.insurcrm.spi.CrmEvent;
import io.insurcrm.spi.CustomerDirectory;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.EventListener;
import io.insurcrm.spi.EventType;
import io.insurcrm.spi.InboundInteraction;
import io.insurcrm.spi.InboundSink;
import io.insurcrm.spi.PluginConfigException;
import io.insurcrm.spi.PluginFactory;
import io.insurcrm.spi.ChannelFactory;
import io.insurcrm.spi.AlertRuleFactory;
import io.insurcrm.spi.SegmentRuleFactory;
import io.insurcrm.spi.EventListenerFactory;
import io.insurcrm.spi.ImporterFactory;
import io.insurcrm.spi.Importer;
import io.insurcrm.spi.RowKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running plugin components of one InsurCRM instance, created from configuration: channels,
 * alert and segment rules, event listeners and importers, each wrapped so that calling it can
 * neither throw into the core nor stall it (see {@link SafeInvoker}).
 *
 * <pre>{@code
 * PluginHost host = PluginHost.builder(registry)
 *         .clock(clock)
 *         .customers(directory)
 *         .inbound(sink)
 *         .configure(PluginConfig.parse(properties))   // channel.email.host=..., alert-rule.early-claim.days=30
 *         .build();
 * CallOutcome<DeliveryReceipt> r = host.channel("email").orElseThrow().send(message);
 * }</pre>
 *
 * <p>{@link Builder#build()} validates the whole configuration first and reports every problem at
 * once ({@link InvalidPluginConfigException}): an unknown factory or key with a "did you mean"
 * hint, a missing required key, a malformed reserved key. It then logs each component's effective
 * configuration with secrets masked, and creates the components; a value a plugin refuses
 * ({@link PluginConfigException}) is reported the same way. Thread-safe once built.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    private static final Duration CREATE_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, ManagedChannel> channels;
    private final List<ManagedAlertRule> alertRules;
    private final List<ManagedSegmentRule> segmentRules;
    private final List<ManagedEventListener> eventListeners;
    private final Map<String, ManagedImporter> importers;

    private PluginHost(Created c) {
        this.channels = Collections.unmodifiableMap(c.channels);
        this.alertRules = List.copyOf(c.alertRules);
        this.segmentRules = List.copyOf(c.segmentRules);
        this.eventListeners = List.copyOf(c.eventListeners);
        this.importers = Collections.unmodifiableMap(c.importers);
    }

    /**
     * Starts configuring the components of a registry's plugins.
     *
     * @param registry the loaded plugins
     * @return a builder
     */
    public static Builder builder(PluginRegistry registry) {
        return new Builder(registry);
    }

    /**
     * @param name a channel's configured name
     * @return the channel, if one is configured under that name
     */
    public Optional<ManagedChannel> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }

    /**
     * @return every configured channel, by name
     */
    public List<ManagedChannel> channels() {
        return List.copyOf(channels.values());
    }

    /**
     * @return every configured alert rule, by name
     */
    public List<ManagedAlertRule> alertRules() {
        return alertRules;
    }

    /**
     * @return every configured segment rule, by name
     */
    public List<ManagedSegmentRule> segmentRules() {
        return segmentRules;
    }

    /**
     * @return every configured event listener, by name
     */
    public List<ManagedEventListener> eventListeners() {
        return eventListeners;
    }

    /**
     * @param type an event type
     * @return the listeners that asked for events of that type
     */
    public List<ManagedEventListener> listenersFor(EventType type) {
        return eventListeners.stream().filter(l -> l.wants(type)).collect(Collectors.toList());
    }

    /**
     * @param name an importer's configured name
     * @return the importer, if one is configured under that name
     */
    public Optional<ManagedImporter> importer(String name) {
        return Optional.ofNullable(importers.get(name));
    }

    /**
     * @return every configured importer, by name
     */
    public List<ManagedImporter> importers() {
        return List.copyOf(importers.values());
    }

    /**
     * @return every component's description: name, factory, plugin, settings, masked configuration
     */
    public List<ComponentInfo> components() {
        List<ComponentInfo> out = new ArrayList<>();
        channels.values().forEach(c -> out.add(c.info()));
        alertRules.forEach(c -> out.add(c.info()));
        segmentRules.forEach(c -> out.add(c.info()));
        eventListeners.forEach(c -> out.add(c.info()));
        importers.values().forEach(c -> out.add(c.info()));
        return out;
    }

    /** Closes every channel (through its own timeout) and stops every component's threads. Idempotent. */
    @Override
    public void close() {
        channels.values().forEach(ManagedChannel::close);
        alertRules.forEach(ManagedAlertRule::close);
        segmentRules.forEach(ManagedSegmentRule::close);
        eventListeners.forEach(ManagedEventListener::close);
        importers.values().forEach(ManagedImporter::close);
    }

    /** Collects services and configuration, then validates and creates the components. Use once. */
    public static final class Builder {
        private final PluginRegistry registry;
        private Clock clock = Clock.systemUTC();
        private CustomerDirectory customers = CustomerDirectory.empty();
        private InboundSink inbound = InboundSink.refusing();
        private final Map<ComponentKind, Map<String, Map<String, String>>> config = new EnumMap<>(ComponentKind.class);

        private Builder(PluginRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /**
         * @param clock the clock components read "now" from (default: system UTC)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param customers the policy-restricted customer view plugins get (default: knows no one)
         * @return this builder
         */
        public Builder customers(CustomerDirectory customers) {
            this.customers = Objects.requireNonNull(customers, "customers");
            return this;
        }

        /**
         * @param inbound where channels report inbound interactions and receipts (default: refuses every report)
         * @return this builder
         */
        public Builder inbound(InboundSink inbound) {
            this.inbound = Objects.requireNonNull(inbound, "inbound");
            return this;
        }

        /**
         * Adds the components of a configuration.
         *
         * @param pluginConfig components by kind and name
         * @return this builder
         * @throws DuplicatePluginException if a component of the same kind and name was already configured
         */
        public Builder configure(PluginConfig pluginConfig) {
            pluginConfig.components().forEach((kind, byName) -> byName.forEach((name, cfg) -> configure(kind, name, cfg)));
            return this;
        }

        /**
         * Adds one component.
         *
         * @param kind          what it is
         * @param name          its name, e.g. {@code email}
         * @param componentConfig its keys: the plugin's, and the host's reserved ones ({@code factory}, {@code call-timeout}…)
         * @return this builder
         * @throws DuplicatePluginException if a component of the same kind and name was already configured
         */
        public Builder configure(ComponentKind kind, String name, Map<String, String> componentConfig) {
            Map<String, Map<String, String>> byName = config.computeIfAbsent(kind, k -> new TreeMap<>());
            if (byName.containsKey(name)) {
                throw new DuplicatePluginException(kind.prefix() + " '" + name
                        + "' is configured twice; a component name must be unique among its kind");
            }
            byName.put(name, Map.copyOf(componentConfig));
            return this;
        }

        /**
         * Validates the whole configuration, logs it with secrets masked, and creates the components.
         *
         * @return the running components
         * @throws InvalidPluginConfigException listing every problem found
         */
        public PluginHost build() {
            List<String> problems = new ArrayList<>();
            List<Plan> plans = new ArrayList<>();
            for (ComponentKind kind : ComponentKind.values()) {
                config.getOrDefault(kind, Map.of()).forEach((name, cfg) -> plan(kind, name, cfg, problems)
                        .ifPresent(plans::add));
            }
            if (!problems.isEmpty()) {
                throw new InvalidPluginConfigException(problems);
            }
            Created created = new Created();
            for (Plan plan : plans) {
                LOG.info("{} ({} '{}' of {}): {}; host settings {}", plan.info.label(), plan.info.kind().factoryNoun(),
                        plan.info.factory().name(), plan.info.factory().plugin(), plan.info.maskedConfig(), plan.info.settings());
                create(plan, created, problems);
            }
            if (!problems.isEmpty()) {
                new PluginHost(created).close();
                throw new InvalidPluginConfigException(problems);
            }
            return new PluginHost(created);
        }

        private Optional<Plan> plan(ComponentKind kind, String name, Map<String, String> cfg, List<String> problems) {
            String label = kind.prefix() + " '" + name + "'";
            if (!PluginRegistry.NAME.matcher(name).matches()) {
                problems.add(label + ": a name must be 1 to 64 lower-case letters, digits, '-' or '_'");
                return Optional.empty();
            }
            ComponentSettings settings;
            try {
                settings = ComponentSettings.read(kind, name, cfg);
            } catch (PluginConfigException e) {
                problems.add(label + ": " + e.getMessage());
                return Optional.empty();
            }
            Optional<PluginRegistry.Registered> registered = registry.registered(kind, settings.factory());
            if (registered.isEmpty()) {
                Set<String> names = registry.factoryNames(kind);
                problems.add(label + ": no " + kind.factoryNoun() + " named '" + settings.factory() + "'"
                        + ConfigText.hint(settings.factory(), names) + "; available: " + names
                        + (cfg.containsKey(ComponentSettings.FACTORY) ? "" : " (name one with '" + ComponentSettings.FACTORY + "')"));
                return Optional.empty();
            }
            FactoryInfo factory = registered.get().info();
            List<ConfigProperty> hostKeys = ComponentSettings.hostProperties(kind);
            Map<String, ConfigProperty> known = new LinkedHashMap<>();
            factory.properties().forEach(p -> known.put(p.key(), p));
            hostKeys.forEach(p -> known.put(p.key(), p));
            int before = problems.size();
            for (String key : new TreeMap<>(cfg).keySet()) {
                if (!known.containsKey(key)) {
                    problems.add(label + ": unknown key '" + key + "'" + ConfigText.hint(key, known.keySet()));
                }
            }
            Map<String, String> pluginConfig = new TreeMap<>();
            for (ConfigProperty p : factory.properties()) {
                String value = cfg.get(p.key());
                if (value != null && !value.isBlank()) {
                    pluginConfig.put(p.key(), value.strip());
                } else if (p.required()) {
                    problems.add(label + ": config key '" + p.key() + "' is required (" + p.description() + ")");
                } else {
                    p.defaultValue().ifPresent(d -> pluginConfig.put(p.key(), d));
                }
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            Set<String> secrets = factory.properties().stream().filter(ConfigProperty::secret).map(ConfigProperty::key)
                    .collect(Collectors.toSet());
            ComponentInfo info = new ComponentInfo(kind, name, factory, settings, ConfigText.masked(pluginConfig, secrets));
            return Optional.of(new Plan(info, registered.get().factory(), Map.copyOf(pluginConfig)));
        }

        private void create(Plan plan, Created created, List<String> problems) {
            ComponentInfo info = plan.info;
            ComponentSettings s = info.settings();
            ClassLoader loader = plan.factory.getClass().getClassLoader();
            SafeInvoker invoker = new SafeInvoker(info.label(), s.maxConcurrency(), s.callTimeout(), loader);
            HostContext context = new HostContext(info.name(), clock,
                    new Slf4jSystemLogger("insurcrm.plugin." + info.factory().plugin().name() + "." + info.name()),
                    registry.hostSpiVersion(), customers, checkedSink(info.name()));
            // Creation is not bounded by call-timeout (a cold start may take longer than a warm call), only guarded against hangs.
            Duration createTimeout = CREATE_TIMEOUT;
            boolean ok;
            switch (info.kind()) {
                case CHANNEL: {
                    Channel c = make(() -> ((ChannelFactory) plan.factory).create(plan.config, context), invoker, createTimeout, info, problems);
                    Set<ContactKind> kinds = c == null ? null : make(c::supportedKinds, invoker, createTimeout, info, problems);
                    ok = kinds != null;
                    if (ok) {
                        created.channels.put(info.name(), new ManagedChannel(info, c, kinds, invoker));
                    }
                    break;
                }
                case ALERT_RULE: {
                    var rule = make(() -> ((AlertRuleFactory) plan.factory).create(plan.config, context), invoker, createTimeout, info, problems);
                    ok = rule != null;
                    if (ok) {
                        created.alertRules.add(new ManagedAlertRule(info, rule, invoker));
                    }
                    break;
                }
                case SEGMENT_RULE: {
                    var rule = make(() -> ((SegmentRuleFactory) plan.factory).create(plan.config, context), invoker, createTimeout, info, problems);
                    ok = rule != null;
                    if (ok) {
                        created.segmentRules.add(new ManagedSegmentRule(info, rule, invoker));
                    }
                    break;
                }
                case EVENT_LISTENER: {
                    EventListener l = make(() -> ((EventListenerFactory) plan.factory).create(plan.config, context), invoker, createTimeout, info, problems);
                    Set<EventType> types = l == null ? null : make(l::eventTypes, invoker, createTimeout, info, problems);
                    ok = types != null;
                    if (ok) {
                        created.eventListeners.add(new ManagedEventListener(info, l, types, invoker));
                    }
                    break;
                }
                default: {
                    Importer imp = make(() -> ((ImporterFactory) plan.factory).create(plan.config, context), invoker, createTimeout, info, problems);
                    RowKind kind = imp == null ? null : make(imp::kind, invoker, createTimeout, info, problems);
                    ok = kind != null;
                    if (ok) {
                        created.importers.put(info.name(), new ManagedImporter(info, imp, kind, invoker));
                    }
                    break;
                }
            }
            if (!ok) {
                invoker.close();
            }
        }

        private static <T> T make(Callable<T> call, SafeInvoker invoker, Duration timeout, ComponentInfo info,
                List<String> problems) {
            CallOutcome<T> outcome = invoker.call(call, timeout, t -> false);
            if (outcome instanceof CallOutcome.Success<T> ok) {
                return ok.result();
            }
            Failure<T> f = (Failure<T>) outcome;
            if (f.errorType().equals(PluginConfigException.class.getSimpleName())) {
                problems.add(info.label() + ": " + f.message());
            } else {
                // Only the type: a plugin's own message might echo a secret value.
                problems.add(info.label() + ": " + info.factory().plugin().name() + "'s " + info.kind().factoryNoun()
                        + " '" + info.factory().name() + "' failed to create it (" + f.kind() + " " + f.errorType() + ")");
            }
            return null;
        }

        /** Wraps the inbound sink so a channel can report only under its own name. */
        private InboundSink checkedSink(String channelName) {
            InboundSink target = inbound;
            return new InboundSink() {
                @Override
                public void interaction(InboundInteraction interaction) {
                    if (!interaction.channel().equals(channelName)) {
                        throw new IllegalArgumentException("channel '" + channelName
                                + "' reported an interaction for channel '" + interaction.channel() + "'");
                    }
                    target.interaction(interaction);
                }

                @Override
                public void receipt(DeliveryReceipt receipt) {
                    target.receipt(receipt);
                }
            };
        }
    }

    private record Plan(ComponentInfo info, PluginFactory factory, Map<String, String> config) {
    }

    private static final class Created {
        final Map<String, ManagedChannel> channels = new TreeMap<>();
        final List<ManagedAlertRule> alertRules = new ArrayList<>();
        final List<ManagedSegmentRule> segmentRules = new ArrayList<>();
        final List<ManagedEventListener> eventListeners = new ArrayList<>();
        final Map<String, ManagedImporter> importers = new TreeMap<>();
    }
}
