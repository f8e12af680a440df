package io.insurcrm.core.plugin;

import io.insurcrm.core.common.CrmException;

/**
 * Root of the errors the plugin host raises at start-up: a plugin that cannot be loaded, is built
 * for another SPI version, clashes with another by name, or is badly configured. Messages name
 * plugins, factories, components and keys, never configuration values.
 */
public abstract class PluginException extends CrmException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, without values
     */
    protected PluginException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, without values
     * @param cause   the underlying error
     */
    protected PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
