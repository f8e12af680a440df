package io.insurcrm.core.plugin;

import io.insurcrm.spi.ConfigProperty;
import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.PluginFactory;
import io.insurcrm.spi.SpiVersion;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins known to this host and the factories they contribute. Built once at start-up, from
 * plugins discovered with {@link ServiceLoader} in a class loader and/or handed over as instances,
 * then immutable and thread-safe.
 *
 * <p>Building fails fast, with a message naming the plugin, when a plugin:
 * <ul>
 *   <li>cannot be instantiated ({@link PluginLoadException});</li>
 *   <li>was built for an SPI version this host cannot run, or cannot be linked against it
 *       ({@link IncompatiblePluginException});</li>
 *   <li>has the name of another plugin, or contributes a factory whose name another factory of the
 *       same kind already has ({@link DuplicatePluginException}): the first is never kept silently.</li>
 * </ul>
 *
 * <pre>{@code
 * PluginRegistry registry = PluginRegistry.builder()
 *         .discover(Thread.currentThread().getContextClassLoader())
 *         .add(new MyInHousePlugin())
 *         .build();
 * }</pre>
 * Components are then created from configuration by {@link PluginHost}.
 */
public final class PluginRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final SpiVersion hostSpiVersion;
    private final List<PluginDescriptor> plugins;
    private final Map<ComponentKind, Map<String, Registered>> factories;

    /** A factory and what the host knows about it. */
    record Registered(FactoryInfo info, PluginFactory factory) {
    }

    private PluginRegistry(SpiVersion hostSpiVersion, List<PluginDescriptor> plugins,
            Map<ComponentKind, Map<String, Registered>> factories) {
        this.hostSpiVersion = hostSpiVersion;
        this.plugins = List.copyOf(plugins);
        this.factories = factories;
    }

    /**
     * Starts building a registry.
     *
     * @return a builder for this host's SPI version
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the SPI version this host implements
     */
    public SpiVersion hostSpiVersion() {
        return hostSpiVersion;
    }

    /**
     * @return the loaded plugins, in load order (discovered first, then instances)
     */
    public List<PluginDescriptor> plugins() {
        return plugins;
    }

    /**
     * @param kind a kind of component
     * @return the factories of that kind, sorted by name
     */
    public List<FactoryInfo> factories(ComponentKind kind) {
        return factories.get(kind).values().stream().map(Registered::info).collect(Collectors.toList());
    }

    /**
     * @param kind a kind of component
     * @param name a factory name
     * @return the factory of that kind and name, if a plugin contributes one
     */
    public Optional<FactoryInfo> factory(ComponentKind kind, String name) {
        return registered(kind, name).map(Registered::info);
    }

    Optional<Registered> registered(ComponentKind kind, String name) {
        return Optional.ofNullable(factories.get(kind).get(name));
    }

    Set<String> factoryNames(ComponentKind kind) {
        return factories.get(kind).keySet();
    }

    /** Collects plugins, then checks and freezes them. Not thread-safe; use once. */
    public static final class Builder {
        private SpiVersion hostSpiVersion = SpiVersion.CURRENT;
        private final List<ClassLoader> loaders = new ArrayList<>();
        private final List<CrmPlugin> instances = new ArrayList<>();

        private Builder() {
        }

        /**
         * Overrides the host's SPI version; for tests of the compatibility check only.
         *
         * @param version the version to present
         * @return this builder
         */
        public Builder hostSpiVersion(SpiVersion version) {
            this.hostSpiVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Discovers the plugins listed in {@code META-INF/services/io.insurcrm.spi.CrmPlugin} files visible
         * to a class loader.
         *
         * @param loader the class loader to search, e.g. the application's or a plugin folder's
         * @return this builder
         */
        public Builder discover(ClassLoader loader) {
            loaders.add(Objects.requireNonNull(loader, "loader"));
            return this;
        }

        /**
         * Adds a plugin instance, e.g. one the application builds itself.
         *
         * @param plugin the plugin
         * @return this builder
         */
        public Builder add(CrmPlugin plugin) {
            instances.add(Objects.requireNonNull(plugin, "plugin"));
            return this;
        }

        /**
         * Loads, checks and freezes the plugins.
         *
         * @return the registry
         * @throws PluginLoadException          if a plugin cannot be instantiated or describes itself badly
         * @throws IncompatiblePluginException  if a plugin was built for an SPI version this host cannot run
         * @throws DuplicatePluginException     if two plugins, or two factories of one kind, share a name
         */
        public PluginRegistry build() {
            List<Candidate> candidates = new ArrayList<>();
            for (ClassLoader loader : loaders) {
                candidates.addAll(discoverIn(loader));
            }
            for (CrmPlugin plugin : instances) {
                candidates.add(new Candidate(plugin, source(plugin.getClass(), "instance")));
            }
            Map<String, PluginDescriptor> byName = new LinkedHashMap<>();
            Map<ComponentKind, Map<String, Registered>> factories = new EnumMap<>(ComponentKind.class);
            for (ComponentKind kind : ComponentKind.values()) {
                factories.put(kind, new TreeMap<>());
            }
            for (Candidate c : candidates) {
                PluginDescriptor d = describe(c);
                PluginDescriptor earlier = byName.putIfAbsent(d.name(), d);
                if (earlier != null) {
                    throw new DuplicatePluginException("two plugins are named '" + d.name() + "': " + earlier.source()
                            + " and " + d.source() + "; remove one of them (the host never picks one silently)");
                }
                for (ComponentKind kind : ComponentKind.values()) {
                    for (PluginFactory f : factoriesOf(c, d, kind)) {
                        Registered r = register(kind, f, d);
                        Registered clash = factories.get(kind).putIfAbsent(r.info().name(), r);
                        if (clash != null) {
                            throw new DuplicatePluginException("two " + kind.factoryNounPlural() + " are named '"
                                    + r.info().name() + "': in plugin '" + clash.info().plugin().name() + "' and in plugin '"
                                    + d.name() + "'; a factory name must be unique among its kind");
                        }
                    }
                }
            }
            Map<ComponentKind, Map<String, Registered>> frozen = new EnumMap<>(ComponentKind.class);
            factories.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
            PluginRegistry registry = new PluginRegistry(hostSpiVersion, new ArrayList<>(byName.values()), frozen);
            if (byName.isEmpty()) {
                LOG.info("no InsurCRM plugins found (host SPI {})", hostSpiVersion);
            }
            for (PluginDescriptor d : byName.values()) {
                LOG.info("loaded {}: {}", d, registry.summary(d));
            }
            return registry;
        }

        private List<Candidate> discoverIn(ClassLoader loader) {
            List<Candidate> out = new ArrayList<>();
            Iterator<ServiceLoader.Provider<CrmPlugin>> it = ServiceLoader.load(CrmPlugin.class, loader).stream().iterator();
            while (true) {
                ServiceLoader.Provider<CrmPlugin> provider;
                try {
                    if (!it.hasNext()) {
                        return out;
                    }
                    provider = it.next();
                } catch (ServiceConfigurationError e) {
                    throw new PluginLoadException("cannot load a plugin listed in META-INF/services/"
                            + CrmPlugin.class.getName() + ": " + e.getMessage(), e);
                }
                String source = provider.type().getName();
                try {
                    CrmPlugin plugin = provider.get();
                    out.add(new Candidate(plugin, source(plugin.getClass(), "discovered")));
                } catch (LinkageError e) {
                    throw new IncompatiblePluginException(source, hostSpiVersion, e);
                } catch (ServiceConfigurationError e) {
                    if (e.getCause() instanceof LinkageError) {
                        throw new IncompatiblePluginException(source, hostSpiVersion, (LinkageError) e.getCause());
                    }
                    throw new PluginLoadException("cannot instantiate plugin " + source
                            + " (it needs a public no-argument constructor that does not throw): " + e.getMessage(), e);
                }
            }
        }

        private PluginDescriptor describe(Candidate c) {
            String name;
            String version;
            SpiVersion spi;
            try {
                name = c.plugin().name();
                version = c.plugin().version();
                spi = c.plugin().spiVersion();
            } catch (LinkageError e) {
                throw new IncompatiblePluginException(c.source(), hostSpiVersion, e);
            } catch (RuntimeException e) {
                throw new PluginLoadException("plugin " + c.source() + " failed to describe itself: " + e, e);
            }
            if (name == null || !NAME.matcher(name).matches()) {
                throw new PluginLoadException("plugin " + c.source()
                        + " has no valid name: use 1 to 64 lower-case letters, digits, '-' or '_'");
            }
            if (version == null || version.isBlank()) {
                throw new PluginLoadException("plugin '" + name + "' (" + c.source() + ") has no version");
            }
            if (spi == null) {
                throw new PluginLoadException("plugin '" + name + "' (" + c.source() + ") declares no SPI version");
            }
            if (!hostSpiVersion.canHost(spi)) {
                throw new IncompatiblePluginException(name, c.source(), spi, hostSpiVersion);
            }
            return new PluginDescriptor(name, version, spi, c.source());
        }

        private List<? extends PluginFactory> factoriesOf(Candidate c, PluginDescriptor d, ComponentKind kind) {
            try {
                return kind.factoriesOf(c.plugin());
            } catch (LinkageError e) {
                throw new IncompatiblePluginException(d.toString(), hostSpiVersion, e);
            } catch (RuntimeException e) {
                throw new PluginLoadException(d + " failed to list its " + kind.factoryNounPlural() + ": " + e, e);
            }
        }

        private static Registered register(ComponentKind kind, PluginFactory f, PluginDescriptor d) {
            String where = kind.factoryNoun() + " of plugin '" + d.name() + "'";
            if (f == null) {
                throw new PluginLoadException("a " + where + " is null");
            }
            String name;
            List<ConfigProperty> properties;
            String description;
            try {
                name = f.name();
                properties = f.configProperties();
                description = f.description();
            } catch (RuntimeException e) {
                throw new PluginLoadException("a " + where + " failed to describe itself: " + e, e);
            }
            if (name == null || !NAME.matcher(name).matches()) {
                throw new PluginLoadException("a " + where + " (" + f.getClass().getName()
                        + ") has no valid name: use 1 to 64 lower-case letters, digits, '-' or '_'");
            }
            Set<String> reserved = ComponentSettings.hostProperties(kind).stream().map(ConfigProperty::key)
                    .collect(Collectors.toSet());
            Set<String> seen = new HashSet<>();
            for (ConfigProperty p : properties == null ? List.<ConfigProperty>of() : properties) {
                if (p == null || !seen.add(p.key())) {
                    throw new PluginLoadException(where + " '" + name + "' lists a config key twice or a null key");
                }
                if (reserved.contains(p.key())) {
                    throw new PluginLoadException(where + " '" + name + "' declares the config key '" + p.key()
                            + "', which the host reserves for itself: " + reserved.stream().sorted().collect(Collectors.toList()));
                }
            }
            return new Registered(new FactoryInfo(kind, name, description == null ? "" : description, d,
                    properties == null ? List.of() : properties), f);
        }

        private static String source(Class<?> type, String how) {
            String jar = "";
            try {
                CodeSource cs = type.getProtectionDomain().getCodeSource();
                URL url = cs == null ? null : cs.getLocation();
                if (url != null && "file".equals(url.getProtocol())) {
                    Path p = Path.of(url.toURI());
                    jar = " in " + p.getFileName();
                }
            } catch (Exception e) {
                jar = "";
            }
            return type.getName() + jar + ", " + how;
        }
    }

    private String summary(PluginDescriptor d) {
        List<String> parts = new ArrayList<>();
        for (ComponentKind kind : ComponentKind.values()) {
            List<String> names = factories.get(kind).values().stream().filter(r -> r.info().plugin().equals(d))
                    .map(r -> r.info().name()).collect(Collectors.toList());
            if (!names.isEmpty()) {
                parts.add(kind.factoryNounPlural() + " " + names);
            }
        }
        return parts.isEmpty() ? "no factories" : String.join(", ", parts);
    }

    private record Candidate(CrmPlugin plugin, String source) {
    }
}
