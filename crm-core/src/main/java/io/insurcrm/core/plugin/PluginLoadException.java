package io.insurcrm.core.plugin;

/**
 * A plugin could not be loaded: its class is missing or has no public no-argument constructor, its
 * constructor threw, or it describes itself badly (a malformed name, a reserved configuration key).
 */
public final class PluginLoadException extends PluginException {
    private static final long serialVersionUID = 1L;

    PluginLoadException(String message) {
        super(message);
    }

    PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
