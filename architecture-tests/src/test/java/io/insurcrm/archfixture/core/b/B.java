package io.insurcrm.archfixture.core.b;

/** The other half of a package cycle inside core. */
public class B {
    public io.insurcrm.archfixture.core.a.A a() {
        return null;
    }
}
