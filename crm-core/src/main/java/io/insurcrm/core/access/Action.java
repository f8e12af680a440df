package io.insurcrm.core.access;

/** What an actor may do with customer data; decided by {@link AccessPolicy#allows}. */
public enum Action {
    /** Read customers in scope (lists, searches, the 360° view). */
    READ,
    /** Create customers. */
    CREATE,
    /** Change customers and their households, issue and change policies, file and settle claims. */
    UPDATE,
    /** Log interactions (calls, visits, ...). */
    LOG_INTERACTION,
    /** Bulk-import from core systems. */
    IMPORT,
    /** Data-subject export: everything held about one customer, in clear. */
    EXPORT,
    /** Data-subject erasure. */
    ERASE,
    /** Staff and assignment administration (account managers, book transfers). */
    MANAGE_STAFF,
    /** Work complaints and follow-ups of customers in scope. */
    SERVICE,
    /** Maintain the blacklist and read its entries. */
    MANAGE_BLACKLIST,
    /** Read and verify the audit trail. */
    AUDIT,
    /** Company-wide aggregates (rates, analyses, reports) that name no customer. */
    AGGREGATES
}
