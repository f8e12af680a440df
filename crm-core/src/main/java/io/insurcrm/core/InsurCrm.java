package io.insurcrm.core;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import io.insurcrm.core.application.CoreModule;
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
 */
public final class InsurCrm implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InsurCrm.class);

    private final Store store;
    private final Injector injector;
    private final AtomicBoolean closed = new AtomicBoolean();

    private InsurCrm(Store store, Injector injector) {
        this.store = store;
        this.injector = injector;
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

    /** Releases the connection pool. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
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
        private final List<Module> extraModules = new ArrayList<>();

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
            Store store = provider.open(location, storeOptions);
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
                    }
                });
                for (CrmExtension extension : ServiceLoader.load(CrmExtension.class,
                        InsurCrm.class.getClassLoader())) {
                    LOG.debug("installing extension {}", extension.name());
                    modules.add(extension.module());
                }
                modules.addAll(extraModules);
                Injector injector = Guice.createInjector(Stage.PRODUCTION, hardened(modules));
                LOG.info("InsurCRM opened ({})", store.describe());
                return new InsurCrm(store, injector);
            } catch (RuntimeException e) {
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
