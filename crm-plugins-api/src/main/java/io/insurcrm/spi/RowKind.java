package io.insurcrm.spi;

/**
 * What the rows of an {@link Importer} describe. Each kind has the columns of the host's import
 * format for that kind (lower-case snake case, e.g. {@code policy_number}, {@code start_date}),
 * documented with the host's importer; unknown columns are refused. Listed parents first: load
 * branches before customers, customers before policies, policies before claims.
 */
public enum RowKind {
    /** The branch hierarchy; natural key {@code code}. */
    BRANCHES,
    /** Individual and corporate customers; natural key {@code national_id} or {@code organisation_code}. */
    CUSTOMERS,
    /** Policies; natural key {@code policy_number}. */
    POLICIES,
    /** Claims; natural key {@code claim_number}. */
    CLAIMS,
    /** Interactions; natural key {@code source_ref}. */
    INTERACTIONS
}
