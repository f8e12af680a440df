package io.insurcrm.archfixture.spi;

/** Breaks "spi depends on the JDK only": hands out a Guice type. */
public interface LeakySpi {
    com.google.inject.Module module();
}
