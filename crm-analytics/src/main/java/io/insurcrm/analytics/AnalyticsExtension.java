package io.insurcrm.analytics;

import com.google.inject.Module;
import io.insurcrm.core.extension.CrmExtension;

/** Registers crm-analytics with {@code InsurCrm.builder()} (META-INF/services). */
public final class AnalyticsExtension implements CrmExtension {

    @Override
    public String name() {
        return "analytics";
    }

    @Override
    public Module module() {
        return new AnalyticsModule();
    }
}
