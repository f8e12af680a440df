package io.insurcrm.archfixture.core.customer;

/** Breaks "model packages are free of Guice" and "no field injection". */
public class GuiceInModel {
    @jakarta.inject.Inject
    private Object dependency;

    public Object dependency() {
        return dependency;
    }
}
