package io.insurcrm.core.application;

/**
 * Settings of the core services, with documented defaults.
 *
 * @param interactionsInView how many of the newest interactions a 360° view carries (default 100)
 */
public record CoreSettings(int interactionsInView) {
    public static final CoreSettings DEFAULTS = new CoreSettings(100);

    public CoreSettings {
        if (interactionsInView < 0 || interactionsInView > 10_000) {
            throw new IllegalArgumentException("interactionsInView must be 0..10000");
        }
    }
}
