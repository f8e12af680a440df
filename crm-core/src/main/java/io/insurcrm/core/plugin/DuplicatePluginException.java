package io.insurcrm.core.plugin;

/**
 * Two plugins, two factories of one kind, or two configured components share a name. The host
 * never keeps the first silently: which one would win would depend on the class path order.
 */
public final class DuplicatePluginException extends PluginException {
    private static final long serialVersionUID = 1L;

    DuplicatePluginException(String message) {
        super(message);
    }
}
