package io.insurcrm.core.plugin;

import static io.insurcrm.core.plugin.TestPlugins.channelFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.spi.ConfigProperty;
import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.SpiVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {

    @TempDir
    Path dir;

    /** A real plugin jar holding only a services file; the plugin class comes from the parent loader. */
    private URLClassLoader jarListing(String... classNames) throws IOException {
        Path jar = dir.resolve("plugin-" + System.nanoTime() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("META-INF/services/" + CrmPlugin.class.getName()));
            j.write(("# test plugins\n" + String.join("\n", classNames) + "\n").getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void discoversAPluginThroughItsMetaInfServicesFile() throws IOException {
        try (URLClassLoader loader = jarListing(DiscoverablePlugin.class.getName())) {
            PluginRegistry registry = PluginRegistry.builder().discover(loader).build();
            assertEquals(List.of("discoverable"), registry.plugins().stream().map(PluginDescriptor::name).toList());
            PluginDescriptor d = registry.plugins().get(0);
            assertEquals("1.0.0", d.version());
            assertEquals(SpiVersion.CURRENT, d.spiVersion());
            assertTrue(d.source().startsWith(DiscoverablePlugin.class.getName()), d.source());
            assertTrue(d.source().endsWith("discovered"), d.source());
            assertEquals("discoverable", registry.factory(ComponentKind.CHANNEL, "loopback").orElseThrow().plugin().name());
        }
    }

    @Test
    void aPluginBuiltForSpi2IsRefusedWithAMessageNamingBothVersions() {
        CrmPlugin future = new TestPlugins.Plugin("acme-sms", new SpiVersion(2, 0));
        IncompatiblePluginException e = assertThrows(IncompatiblePluginException.class,
                () -> PluginRegistry.builder().add(future).build());
        assertEquals("plugin 'acme-sms' (" + TestPlugins.Plugin.class.getName() + " in test-classes, instance)"
                + " was built for InsurCRM SPI 2.0 but this host implements SPI 1.0; it needs a plugin built for SPI"
                + " 1.0 to 1.0 (use a matching plugin release, or upgrade InsurCRM)", e.getMessage());
        assertEquals("acme-sms", e.pluginName());
        assertEquals(new SpiVersion(2, 0), e.pluginSpiVersion());
        assertEquals(SpiVersion.CURRENT, e.hostSpiVersion());
    }

    @Test
    void aDiscoveredPluginOfAnotherMajorIsRefusedToo() throws IOException {
        try (URLClassLoader loader = jarListing(DiscoverablePlugin.FromTheFuture.class.getName())) {
            IncompatiblePluginException e = assertThrows(IncompatiblePluginException.class,
                    () -> PluginRegistry.builder().discover(loader).build());
            assertTrue(e.getMessage().startsWith("plugin 'from-the-future' (" + DiscoverablePlugin.FromTheFuture.class.getName()),
                    e.getMessage());
            assertTrue(e.getMessage().contains("built for InsurCRM SPI 2.0 but this host implements SPI 1.0"), e.getMessage());
        }
    }

    @Test
    void aNewerMinorIsRefusedAndAnOlderMinorAccepted() {
        IncompatiblePluginException e = assertThrows(IncompatiblePluginException.class, () -> PluginRegistry.builder()
                .add(new TestPlugins.Plugin("newer", new SpiVersion(1, 1))).build());
        assertTrue(e.getMessage().contains("built for InsurCRM SPI 1.1 but this host implements SPI 1.0"), e.getMessage());
        PluginRegistry r = PluginRegistry.builder().hostSpiVersion(new SpiVersion(1, 3))
                .add(new TestPlugins.Plugin("older", new SpiVersion(1, 0))).build();
        assertEquals(new SpiVersion(1, 3), r.hostSpiVersion());
        assertEquals("older", r.plugins().get(0).name());
    }

    @Test
    void twoPluginsWithOneNameFailStartUpInsteadOfKeepingTheFirst() throws IOException {
        try (URLClassLoader loader = jarListing(DiscoverablePlugin.class.getName())) {
            CrmPlugin impostor = new TestPlugins.Plugin("discoverable");
            DuplicatePluginException e = assertThrows(DuplicatePluginException.class,
                    () -> PluginRegistry.builder().discover(loader).add(impostor).build());
            assertEquals("two plugins are named 'discoverable': " + DiscoverablePlugin.class.getName()
                    + " in test-classes, discovered and " + TestPlugins.Plugin.class.getName()
                    + " in test-classes, instance; remove one of them (the host never picks one silently)", e.getMessage());
        }
    }

    @Test
    void twoChannelFactoriesWithOneNameFailStartUp() {
        CrmPlugin a = new TestPlugins.Plugin("vendor-a").with(channelFactory("sms", List.of(), (c, x) -> null));
        CrmPlugin b = new TestPlugins.Plugin("vendor-b").with(channelFactory("sms", List.of(), (c, x) -> null));
        DuplicatePluginException e = assertThrows(DuplicatePluginException.class,
                () -> PluginRegistry.builder().add(a).add(b).build());
        assertEquals("two channel factories are named 'sms': in plugin 'vendor-a' and in plugin 'vendor-b';"
                + " a factory name must be unique among its kind", e.getMessage());
    }

    @Test
    void oneNameMayServeDifferentKinds() {
        CrmPlugin p = new TestPlugins.Plugin("multi")
                .with(channelFactory("wechat", List.of(), (c, x) -> null))
                .with(TestPlugins.listenerFactory("wechat", event -> { }));
        PluginRegistry r = PluginRegistry.builder().add(p).build();
        assertEquals(1, r.factories(ComponentKind.CHANNEL).size());
        assertEquals(1, r.factories(ComponentKind.EVENT_LISTENER).size());
    }

    @Test
    void aServicesFileNamingAMissingClassIsAClearLoadError() throws IOException {
        try (URLClassLoader loader = jarListing("com.example.NoSuchPlugin")) {
            PluginLoadException e = assertThrows(PluginLoadException.class,
                    () -> PluginRegistry.builder().discover(loader).build());
            assertTrue(e.getMessage().startsWith("cannot load a plugin listed in META-INF/services/io.insurcrm.spi.CrmPlugin"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("com.example.NoSuchPlugin"), e.getMessage());
        }
    }

    @Test
    void aPluginWhoseConstructorThrowsIsAClearLoadError() throws IOException {
        try (URLClassLoader loader = jarListing(DiscoverablePlugin.Broken.class.getName())) {
            PluginLoadException e = assertThrows(PluginLoadException.class,
                    () -> PluginRegistry.builder().discover(loader).build());
            assertTrue(e.getMessage().startsWith("cannot instantiate plugin " + DiscoverablePlugin.Broken.class.getName()
                    + " (it needs a public no-argument constructor that does not throw)"), e.getMessage());
        }
    }

    @Test
    void aPluginThatCannotLinkAgainstThisSpiIsReportedAsIncompatible() {
        CrmPlugin stale = new TestPlugins.Plugin("stale") {
            @Override
            public SpiVersion spiVersion() {
                throw new AbstractMethodError("io.insurcrm.spi.CrmPlugin.spiVersion()");
            }
        };
        IncompatiblePluginException e = assertThrows(IncompatiblePluginException.class,
                () -> PluginRegistry.builder().add(stale).build());
        assertTrue(e.getMessage().contains("cannot be linked against InsurCRM SPI 1.0 (AbstractMethodError);"
                + " it was probably built for another SPI version"), e.getMessage());
    }

    @Test
    void badSelfDescriptionsAreRefused() {
        assertEquals("plugin " + TestPlugins.Plugin.class.getName() + " in test-classes, instance has no valid name:"
                + " use 1 to 64 lower-case letters, digits, '-' or '_'", assertThrows(PluginLoadException.class,
                        () -> PluginRegistry.builder().add(new TestPlugins.Plugin("Acme SMS")).build()).getMessage());
        CrmPlugin reserved = new TestPlugins.Plugin("p").with(channelFactory("sms",
                List.of(ConfigProperty.optional("call-timeout", "5s", "mine")), (c, x) -> null));
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> PluginRegistry.builder().add(reserved).build());
        assertTrue(e.getMessage().startsWith("channel factory of plugin 'p' 'sms' declares the config key 'call-timeout',"
                + " which the host reserves for itself"), e.getMessage());
    }

    @Test
    void noPluginsIsAValidEmptyRegistry() {
        PluginRegistry r = PluginRegistry.builder().build();
        assertEquals(List.of(), r.plugins());
        assertEquals(List.of(), r.factories(ComponentKind.CHANNEL));
    }
}
