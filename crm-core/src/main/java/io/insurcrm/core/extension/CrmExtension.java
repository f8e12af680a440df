package io.insurcrm.core.extension;

import com.google.inject.Module;

/**
 * A library module that adds services on top of the core (e.g. crm-analytics), discovered with
 * {@link java.util.ServiceLoader} from {@code META-INF/services/io.insurcrm.core.extension.CrmExtension}.
 * {@link io.insurcrm.core.InsurCrm.Builder#build()} installs every extension's module after the store's
 * module, so an extension may inject core services and the ports the store binds; its public services
 * are then reached with {@link io.insurcrm.core.InsurCrm#service(Class)}.
 *
 * <p>This is the library's own composition point, not the plugin SPI: plugins implement
 * {@code crm-plugins-api} and never see Guice.
 */
public interface CrmExtension {

    /** A short name for logs, e.g. {@code "analytics"}. */
    String name();

    /** The Guice module that binds the extension's services. */
    Module module();
}
