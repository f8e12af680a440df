package io.insurcrm.archfixture.examples.plugins;

import io.insurcrm.archfixture.core.UsesJooq;

/** Breaks "plugins depend on crm-plugins-api and the JDK only": reaches into core. */
public class CorePeekingPlugin {
    public Object peek() {
        return new UsesJooq();
    }
}
