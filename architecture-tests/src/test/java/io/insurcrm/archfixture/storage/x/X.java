package io.insurcrm.archfixture.storage.x;

/** Half of a package cycle inside storage. */
public class X {
    public io.insurcrm.archfixture.storage.y.Y y() {
        return null;
    }
}
