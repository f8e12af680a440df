package io.insurcrm.core.delivery;

import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.EventListener;
import io.insurcrm.spi.EventListenerFactory;
import io.insurcrm.spi.PluginContext;
import io.insurcrm.spi.SpiVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Listeners the embedding application registers in code, presented to the plugin host as one
 * plugin ({@value #NAME}) with one factory per listener: they get the same outbox delivery, timeouts,
 * retries and dead letters as plugin listeners, and are configured the same way
 * ({@code event-listener.<name>.max-attempts=…}).
 */
public final class InProcessListeners implements CrmPlugin {
    /** The plugin name the host's own listeners appear under. */
    public static final String NAME = "insurcrm-host";

    private final Map<String, EventListener> listeners;

    /**
     * @param listeners listener name → listener
     */
    public InProcessListeners(Map<String, EventListener> listeners) {
        this.listeners = new LinkedHashMap<>(listeners);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "1";
    }

    /** Built with the host, so the host's own SPI version. */
    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public List<EventListenerFactory> getEventListenerFactories() {
        List<EventListenerFactory> out = new ArrayList<>();
        listeners.forEach((name, listener) -> out.add(new EventListenerFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "in-process listener registered by the application";
            }

            @Override
            public EventListener create(Map<String, String> config, PluginContext context) {
                return listener;
            }
        }));
        return out;
    }
}
