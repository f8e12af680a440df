package io.insurcrm.archfixture.storage.internal;

/** Internal to storage. */
public class Secret {
}
