package io.insurcrm.archfixture.storage;

import io.insurcrm.archfixture.core.UsesJooq;

/** Storage depends on core; with core depending on storage that is a module cycle. */
public class StorageThing {
    public UsesJooq core() {
        return new UsesJooq();
    }
}
