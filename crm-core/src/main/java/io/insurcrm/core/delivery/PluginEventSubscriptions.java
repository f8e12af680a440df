package io.insurcrm.core.delivery;

import io.insurcrm.core.event.EventSubscriptions;
import io.insurcrm.core.plugin.ManagedEventListener;
import io.insurcrm.core.plugin.PluginHost;
import io.insurcrm.spi.EventType;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The listeners of the plugin host (plugins' and in-process ones) and the types each asked for. */
final class PluginEventSubscriptions implements EventSubscriptions {
    private final Map<EventType, Set<String>> byType = new EnumMap<>(EventType.class);

    @Inject
    PluginEventSubscriptions(PluginHost host) {
        for (EventType type : EventType.values()) {
            Set<String> names = new TreeSet<>();
            for (ManagedEventListener l : host.listenersFor(type)) {
                names.add(l.name());
            }
            byType.put(type, Set.copyOf(names));
        }
    }

    @Override
    public Set<String> subscribersOf(EventType type) {
        return byType.get(type);
    }
}
