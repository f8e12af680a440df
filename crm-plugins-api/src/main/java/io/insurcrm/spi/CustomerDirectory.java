package io.insurcrm.spi;

import java.util.Optional;

/**
 * A read-only, policy-restricted view of customers. What a plugin may see (masked names, which
 * contact points) is decided by the host's access policy for plugins, and reads may be audited.
 */
@FunctionalInterface
public interface CustomerDirectory {

    /**
     * Finds a customer by any identifier the host understands: an opaque customer reference, a
     * policy number, a licence plate, a national ID number or a mobile.
     *
     * @param identifier the identifier as text
     * @return the snapshot, or empty if unknown or not visible to plugins
     */
    Optional<CustomerSnapshot> find(String identifier);

    /**
     * A directory that knows no one.
     *
     * @return the empty directory
     */
    static CustomerDirectory empty() {
        return identifier -> Optional.empty();
    }
}
