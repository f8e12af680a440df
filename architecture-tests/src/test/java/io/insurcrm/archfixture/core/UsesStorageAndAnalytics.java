package io.insurcrm.archfixture.core;

import io.insurcrm.archfixture.analytics.Report;
import io.insurcrm.archfixture.storage.StorageThing;
import io.insurcrm.archfixture.storage.internal.Secret;

/** Breaks "core depends on neither storage nor analytics", reaches into storage internals, closes a module cycle. */
public class UsesStorageAndAnalytics {
    public Object all() {
        return new Object[] {new StorageThing(), new Report(), new Secret()};
    }
}
