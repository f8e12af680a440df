package io.insurcrm.core;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import io.insurcrm.core.access.AccessPolicy;
import io.insurcrm.core.application.AccountManagerService;
import io.insurcrm.core.application.AuditService;
import io.insurcrm.core.application.DataSubjectService;
import io.insurcrm.core.application.BlacklistService;
import io.insurcrm.core.application.ComplaintService;
import io.insurcrm.core.application.CoreModule;
import io.insurcrm.core.application.EntitlementService;
import io.insurcrm.core.application.FollowUpService;
import io.insurcrm.core.application.RenewalService;
import io.insurcrm.core.application.CoreSettings;
import io.insurcrm.core.application.ClaimService;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.extension.CrmExtension;
import io.insurcrm.core.application.CustomerService;
import io.insurcrm.core.importing.ImportService;
import io.insurcrm.core.application.InteractionService;
import io.insurcrm.core.application.BranchService;
import io.insurcrm.core.application.PolicyService;
import io.insurcrm.core.store.Store;
import io.insurcrm.core.store.StoreLocation;
import io.insurcrm.core.store.StoreOptions;
import io.insurcrm.core.store.StoreProvider;
import io.insurcrm.core.application.Customer360Service;
import io.insurcrm.core.application.OutboxService;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.common.MicrosecondClock;
import io.insurcrm.core.delivery.DeliveryModule;
import io.insurcrm.core.delivery.HostInboundSink;
import io.insurcrm.core.delivery.InProcessListeners;
import io.insurcrm.core.delivery.LateBoundPorts;
import io.insurcrm.core.delivery.OutboxDispatcher;
import io.insurcrm.core.delivery.OutboxSettings;
import io.insurcrm.core.outbox.DeliveryObserver;
import io.insurcrm.core.plugin.ComponentKind;
import io.insurcrm.core.plugin.PluginConfig;
import io.insurcrm.core.plugin.PluginHost;
import io.insurcrm.core.plugin.PluginRegistry;
import io.insurcrm.core.plugin.ViewCustomerDirectory;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.EventListener;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding entry point. Opens a store, runs its migrations and hands out the services:
 *
 * <pre>{@code
 * try (InsurCrm crm = InsurCrm.builder().embedded(Path.of("crm-data")).build()) {
 *     Actor me = Actor.system("nightly-import");
 *     crm.imports().importFile(me, ImportKind.CUSTOMERS, Path.of("customers.csv"), ImportOptions.DEFAULTS);
 *     crm.views().find(me, "粤B12345").ifPresent(view -> ...);
 * }
 * }</pre>
 *
 * <p>The store implementation is found with {@link ServiceLoader} ({@link StoreProvider}); add
 * {@code io.insurcrm:crm-storage} to the class path. Those who compose their own Guice injector use
 * {@link CoreModule} and the storage module directly. Thread-safe; close it to release the pool.
 *
 * <p>Plugins (channels, rules, event listeners, importers) are added with {@link Builder#plugin},
 * {@link Builder#discoverPlugins()} and configured with {@link Builder#pluginProperties}; they are
 * checked before the store opens, so an incompatible plugin fails {@link Builder#build()}. Messages and
 * domain events leave through the transactional outbox ({@link #outbox()}, docs/outbox.md).
 */
public final class InsurCrm implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InsurCrm.class);

    private final Store store;
    private final Injector injector;
    private final PluginHost plugins;
    private final OutboxDispatcher dispatcher;
    private final AtomicBoolean closed = new AtomicBoolean();

    private InsurCrm(Store store, Injector injector, PluginHost plugins) {
        this.store = store;
        this.injector = injector;
        this.plugins = plugins;
        this.dispatcher = injector.getInstance(OutboxDispatcher.class);
    }

    public static Builder builder() {
        return new Builder();
    }

    public BranchService branches() {
        return service(BranchService.class);
    }

    public CustomerService customers() {
        return service(CustomerService.class);
    }

    public PolicyService policies() {
        return service(PolicyService.class);
    }

    public ClaimService claims() {
        return service(ClaimService.class);
    }

    public InteractionService interactions() {
        return service(InteractionService.class);
    }

    /** The 360° view. */
    public Customer360Service views() {
        return service(Customer360Service.class);
    }

    public ImportService imports() {
        return service(ImportService.class);
    }

    /** Account managers, grades and customer assignment. */
    public AccountManagerService accountManagers() {
        return service(AccountManagerService.class);
    }

    /** Follow-up tasks, "my day", care regimes and visit reports. */
    public FollowUpService followUps() {
        return service(FollowUpService.class);
    }

    /** The renewal pipeline. */
    public RenewalService renewals() {
        return service(RenewalService.class);
    }

    /** The complaint workflow, escalation and analysis. */
    public ComplaintService complaints() {
        return service(ComplaintService.class);
    }

    public BlacklistService blacklist() {
        return service(BlacklistService.class);
    }

    /** Service entitlements by segment. */
    public EntitlementService entitlements() {
        return service(EntitlementService.class);
    }

    /** The transactional outbox: queue messages, run the dispatcher, dead letters, domain events. */
    public OutboxService outbox() {
        return service(OutboxService.class);
    }

    /** The running plugin components (channels, rules, listeners, importers) and their settings. */
    public PluginHost plugins() {
        return plugins;
    }

    /**
     * Runs {@code work} in one transaction: the services it calls join it, so a change and the
     * messages and events it causes commit together or not at all.
     *
     * @param work the unit of work
     * @param <T>  its result
     * @return what {@code work} returned
     */
    public <T> T inTransaction(Supplier<T> work) {
        return service(TransactionRunner.class).inTransaction(work);
    }

    /** The audit trail: queries by customer and by actor, and chain verification. */
    public AuditService audit() {
        return service(AuditService.class);
    }

    /** Data-subject requests: export and erasure. */
    public DataSubjectService dataSubjects() {
        return service(DataSubjectService.class);
    }

    /** A short description of the store, without credentials. */
    public String describeStore() {
        return store.describe();
    }

    /**
     * A service bound by the core or by an extension ({@link CrmExtension}), e.g.
     * {@code crm.service(AnalyticsService.class)} with crm-analytics on the class path. Only public
     * interfaces of {@code io.insurcrm} packages are handed out, so this stays a door to the library's
     * services and never becomes a general locator into the injector.
     *
     * @throws IllegalArgumentException if {@code type} is not an interface of an {@code io.insurcrm} package
     * @throws com.google.inject.ConfigurationException if nothing binds it (its extension is missing)
     */
    public <T> T service(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (!type.isInterface() || !type.getPackageName().startsWith("io.insurcrm.")
                || !java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
            throw new IllegalArgumentException("only public io.insurcrm service interfaces are handed out, not "
                    + type.getName());
        }
        if (closed.get()) {
            throw new IllegalStateException("this InsurCrm is closed");
        }
        return injector.getInstance(type);
    }

    /**
     * Stops the outbox dispatcher without draining (what it had claimed is delivered after the claim's
     * lease, by this or another instance), closes the plugins, and releases the connection pool. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            dispatcher.close();
            plugins.close();
            store.close();
            LOG.info("InsurCRM closed ({})", store.describe());
        }
    }

    /** Configures and opens an {@link InsurCrm}. */
    public static final class Builder {
        private StoreLocation location;
        private StoreOptions storeOptions = StoreOptions.DEFAULTS;
        private CoreSettings settings = CoreSettings.DEFAULTS;
        private Clock clock;
        private IdGenerator idGenerator;
        private AccessPolicy accessPolicy;
        private final List<Module> extraModules = new ArrayList<>();
        private final List<CrmPlugin> pluginInstances = new ArrayList<>();
        private final List<ClassLoader> pluginLoaders = new ArrayList<>();
        private final Map<String, String> pluginProperties = new LinkedHashMap<>();
        private final Map<String, EventListener> listeners = new LinkedHashMap<>();
        private OutboxSettings outboxSettings = OutboxSettings.DEFAULTS;
        private DeliveryObserver deliveryObserver = DeliveryObserver.NONE;
        private boolean startDispatcher;

        private Builder() {
        }

        /** The embedded default: an H2 database in {@code folder}, created if missing. */
        public Builder embedded(Path folder) {
            this.location = new StoreLocation.EmbeddedFolder(folder);
            return this;
        }

        /** A database by JDBC URL, e.g. {@code jdbc:postgresql://db:5432/crm}. */
        public Builder jdbc(String url, String user, String password) {
            this.location = new StoreLocation.Jdbc(url, user, password);
            return this;
        }

        /** A data source the host owns; {@code dialect} is {@code "h2"}, {@code "postgres"} or null to detect. */
        public Builder dataSource(DataSource dataSource, String dialect) {
            this.location = new StoreLocation.External(dataSource, dialect);
            return this;
        }

        public Builder location(StoreLocation location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        public Builder storeOptions(StoreOptions options) {
            this.storeOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        public Builder settings(CoreSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The clock every timestamp and "today" comes from (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder idGenerator(IdGenerator idGenerator) {
            this.idGenerator = Objects.requireNonNull(idGenerator, "idGenerator");
            return this;
        }

        /** Adds a plugin instance (in addition to any discovered). */
        public Builder plugin(CrmPlugin plugin) {
            this.pluginInstances.add(Objects.requireNonNull(plugin, "plugin"));
            return this;
        }

        /** Discovers plugins ({@code META-INF/services/io.insurcrm.spi.CrmPlugin}) on the class path of InsurCRM. */
        public Builder discoverPlugins() {
            return discoverPlugins(InsurCrm.class.getClassLoader());
        }

        /** Discovers plugins visible to a class loader, e.g. one over a plugin folder. */
        public Builder discoverPlugins(ClassLoader loader) {
            this.pluginLoaders.add(Objects.requireNonNull(loader, "loader"));
            return this;
        }

        /**
         * Plugin configuration, {@code <kind>.<name>.<key>=value}: {@code channel.sms.url=…},
         * {@code channel.sms.max-attempts=5}, {@code event-listener.audit.call-timeout=10s} (see docs/PLUGINS.md).
         */
        public Builder pluginProperties(Map<String, String> properties) {
            this.pluginProperties.putAll(properties);
            return this;
        }

        /** Plugin configuration from a {@link Properties} file's contents. */
        public Builder pluginProperties(Properties properties) {
            properties.stringPropertyNames().forEach(n -> pluginProperties.put(n, properties.getProperty(n)));
            return this;
        }

        /**
         * An in-process event listener: delivered after commit through the event outbox, with the same
         * timeouts, retries and dead letters as plugin listeners (settings under {@code event-listener.<name>.*}).
         */
        public Builder eventListener(String name, EventListener listener) {
            if (listeners.putIfAbsent(Objects.requireNonNull(name, "name"), Objects.requireNonNull(listener, "listener")) != null) {
                throw new IllegalArgumentException("event listener '" + name + "' is registered twice");
            }
            return this;
        }

        /** Outbox dispatcher settings (batch size, lease, poll interval). */
        public Builder outbox(OutboxSettings settings) {
            this.outboxSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Told about every delivery outcome once committed, e.g. for metrics. */
        public Builder deliveryObserver(DeliveryObserver observer) {
            this.deliveryObserver = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * Runs the outbox dispatcher in the background (every channel and listener each
         * {@link OutboxSettings#pollInterval()}), stopped by {@link InsurCrm#close()}. Without it, call
         * {@code crm.outbox().dispatchOnce()} from your own scheduler.
         */
        public Builder startDispatcher() {
            this.startDispatcher = true;
            return this;
        }

        /** Replaces the default confidentiality rules ({@link io.insurcrm.core.access.DefaultAccessPolicy}). */
        public Builder accessPolicy(AccessPolicy policy) {
            this.accessPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Extra Guice modules, e.g. from crm-analytics; most users need none. */
        public Builder module(Module module) {
            this.extraModules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /**
         * Opens the store (running migrations unless disabled) and wires the services.
         *
         * @throws IllegalStateException if no store implementation is on the class path
         */
        public InsurCrm build() {
            if (location == null) {
                throw new IllegalStateException("no store location: call embedded(folder), jdbc(...) or dataSource(...)");
            }
            StoreProvider provider = findProvider(location);
            // plugins first: an incompatible or misconfigured plugin fails start-up before the store opens
            PluginRegistry.Builder registry = PluginRegistry.builder();
            pluginLoaders.forEach(registry::discover);
            pluginInstances.forEach(registry::add);
            if (!listeners.isEmpty()) {
                registry.add(new InProcessListeners(listeners));
            }
            PluginConfig pluginConfig = PluginConfig.parse(pluginProperties);
            LateBoundPorts ports = new LateBoundPorts();
            PluginHost.Builder hostBuilder = PluginHost.builder(registry.build())
                    .clock(clock != null ? clock : new MicrosecondClock(Clock.systemUTC()))
                    .customers(ports).inbound(ports).configure(pluginConfig);
            listeners.keySet().stream().filter(n -> !pluginConfig.of(ComponentKind.EVENT_LISTENER).containsKey(n))
                    .forEach(n -> hostBuilder.configure(ComponentKind.EVENT_LISTENER, n, Map.of()));
            PluginHost host = hostBuilder.build();
            Store store;
            try {
                store = provider.open(location, storeOptions);
            } catch (RuntimeException e) {
                host.close();
                throw e;
            }
            try {
                List<Module> modules = new ArrayList<>();
                modules.add(new CoreModule(settings));
                modules.add(store.module());
                modules.add(new AbstractModule() {
                    @Override
                    protected void configure() {
                        if (clock != null) {
                            OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(clock);
                        }
                        if (idGenerator != null) {
                            OptionalBinder.newOptionalBinder(binder(), IdGenerator.class).setBinding()
                                    .toInstance(idGenerator);
                        }
                        if (accessPolicy != null) {
                            OptionalBinder.newOptionalBinder(binder(), AccessPolicy.class).setBinding()
                                    .toInstance(accessPolicy);
                        }
                    }
                });
                modules.add(new DeliveryModule(host, outboxSettings, deliveryObserver));
                for (CrmExtension extension : ServiceLoader.load(CrmExtension.class,
                        InsurCrm.class.getClassLoader())) {
                    LOG.debug("installing extension {}", extension.name());
                    modules.add(extension.module());
                }
                modules.addAll(extraModules);
                Injector injector = Guice.createInjector(Stage.PRODUCTION, hardened(modules));
                ports.bind(new ViewCustomerDirectory(injector.getInstance(Customer360Service.class),
                        Actor.system("plugins"), false), injector.getInstance(HostInboundSink.class));
                InsurCrm crm = new InsurCrm(store, injector, host);
                if (startDispatcher) {
                    crm.dispatcher.start();
                }
                LOG.info("InsurCRM opened ({})", store.describe());
                return crm;
            } catch (RuntimeException e) {
                host.close();
                store.close();
                throw e;
            }
        }

        private static Module hardened(List<Module> modules) {
            return new AbstractModule() {
                @Override
                protected void configure() {
                    binder().requireExplicitBindings();
                    binder().disableCircularProxies();
                    binder().requireExactBindingAnnotations();
                    modules.forEach(this::install);
                }
            };
        }

        private static StoreProvider findProvider(StoreLocation location) {
            List<String> seen = new ArrayList<>();
            for (StoreProvider p : ServiceLoader.load(StoreProvider.class, InsurCrm.class.getClassLoader())) {
                seen.add(p.name());
                if (p.supports(location)) {
                    return p;
                }
            }
            throw new IllegalStateException(seen.isEmpty()
                    ? "no InsurCRM store on the class path: add the dependency io.insurcrm:crm-storage"
                    : "no InsurCRM store supports " + location + " (found: " + seen + ")");
        }
    }
}
