package io.insurcrm.analytics;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.insurcrm.analytics.port.BlacklistMatches;
import io.insurcrm.analytics.port.ComplaintSlaBreaches;
import io.insurcrm.analytics.rules.AlertRule;
import io.insurcrm.analytics.rules.AnalyticsSettings;
import io.insurcrm.analytics.rules.BuiltInAlertRules;

/**
 * The Guice module of crm-analytics: binds {@link AnalyticsService} and the built-in alert rules. The
 * ports (facts source, snapshot and alert repositories, cube source) come from the store (crm-storage).
 * Installed automatically by {@code InsurCrm.builder()} through {@link AnalyticsExtension}.
 *
 * <p>Overridable: {@link AnalyticsSettings} ({@code OptionalBinder.newOptionalBinder(binder(),
 * AnalyticsSettings.class).setBinding().toInstance(...)}), {@link BlacklistMatches} and
 * {@link ComplaintSlaBreaches} (empty by default); more alert rules with a {@link Multibinder} of {@link AlertRule}.
 */
public final class AnalyticsModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), AnalyticsSettings.class).setDefault()
                .toInstance(AnalyticsSettings.DEFAULTS);
        OptionalBinder.newOptionalBinder(binder(), BlacklistMatches.class).setDefault()
                .toInstance(BlacklistMatches.NONE);
        OptionalBinder.newOptionalBinder(binder(), ComplaintSlaBreaches.class).setDefault()
                .toInstance(ComplaintSlaBreaches.NONE);
        Multibinder<AlertRule> rules = Multibinder.newSetBinder(binder(), AlertRule.class);
        BuiltInAlertRules.all().forEach(r -> rules.addBinding().toInstance(r));
        bind(AnalyticsService.class).to(DefaultAnalyticsService.class);
        bind(DefaultAnalyticsService.class).in(Singleton.class);
        bind(AnalyticsAccess.class);
    }
}
