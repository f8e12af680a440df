package io.insurcrm.archfixture.storage.y;

/** The other half of a package cycle inside storage. */
public class Y {
    public io.insurcrm.archfixture.storage.x.X x() {
        return null;
    }
}
