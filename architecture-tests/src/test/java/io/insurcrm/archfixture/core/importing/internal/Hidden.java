package io.insurcrm.archfixture.core.importing.internal;

/** Internal to core. */
public class Hidden {
}
