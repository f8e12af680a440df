package io.insurcrm.archfixture.analytics;

import io.insurcrm.archfixture.storage.StorageThing;

/** Breaks "analytics does not depend on storage". */
public class Report {
    public StorageThing store() {
        return null;
    }
}
