package io.insurcrm.archfixture.core.a;

/** Half of a package cycle inside core. */
public class A {
    public io.insurcrm.archfixture.core.b.B b() {
        return null;
    }
}
