package io.insurcrm.core.delivery;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.insurcrm.core.application.OutboxService;
import io.insurcrm.core.event.EventSubscriptions;
import io.insurcrm.core.outbox.DeliveryObserver;
import io.insurcrm.core.plugin.PluginHost;
import java.util.Objects;

/**
 * The Guice module of outbox delivery: binds the {@link PluginHost} it is given, the
 * {@link OutboxService}, the {@link OutboxDispatcher}, the {@link HostInboundSink}, and the event
 * subscriptions of the host's listeners. Install it next to {@code CoreModule} and a store's
 * module; {@link io.insurcrm.core.InsurCrm#builder()} does.
 */
public final class DeliveryModule extends AbstractModule {
    private final PluginHost host;
    private final OutboxSettings settings;
    private final DeliveryObserver observer;

    /**
     * @param host     the running plugin components
     * @param settings how the dispatcher works
     * @param observer told about every delivery outcome
     */
    public DeliveryModule(PluginHost host, OutboxSettings settings, DeliveryObserver observer) {
        this.host = Objects.requireNonNull(host, "host");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    protected void configure() {
        bind(PluginHost.class).toInstance(host);
        bind(OutboxSettings.class).toInstance(settings);
        bind(DeliveryObserver.class).toInstance(observer);
        OptionalBinder.newOptionalBinder(binder(), EventSubscriptions.class).setBinding()
                .to(PluginEventSubscriptions.class);
        bind(PluginEventSubscriptions.class).in(Singleton.class);
        bind(DeliveryRecorder.class).in(Singleton.class);
        bind(OutboxDispatcher.class).in(Singleton.class);
        bind(HostInboundSink.class).in(Singleton.class);
        bind(OutboxService.class).to(DefaultOutboxService.class);
        bind(DefaultOutboxService.class).in(Singleton.class);
    }
}
