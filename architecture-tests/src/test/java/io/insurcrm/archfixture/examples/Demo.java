package io.insurcrm.archfixture.examples;

import io.insurcrm.archfixture.core.importing.internal.Hidden;
import io.insurcrm.archfixture.storage.StorageThing;

/** Breaks "examples use only the public API" and "core internals are used only inside core". */
public class Demo {
    public Object[] parts() {
        return new Object[] {new Hidden(), new StorageThing()};
    }
}
