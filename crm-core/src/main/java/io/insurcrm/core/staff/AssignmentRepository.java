package io.insurcrm.core.staff;

import io.insurcrm.core.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the current responsible manager of each customer (at most one: a storage rule) and the
 * append-only history of who had whom when.
 */
public interface AssignmentRepository {

    Optional<Assignment> findCurrent(CustomerId customerId);

    /**
     * Writes {@code change} as the customer's assignment version {@code change.version()} and appends
     * it to the history. Version 1 inserts; a later version replaces version − 1.
     *
     * @throws io.insurcrm.core.common.ConflictException if the stored version is not
     *         {@code change.version() - 1} (for version 1: the customer already has a manager)
     */
    void write(AssignmentChange change);

    /**
     * First assignments of many customers (every change has version 1), as batches of inserts plus
     * their history.
     *
     * @throws io.insurcrm.core.common.ConflictException if any of them already has a manager; nothing is written
     */
    void insertAll(List<AssignmentChange> firstAssignments);

    /**
     * Moves every customer of {@code from} to {@code to} with one set-based UPDATE and one
     * INSERT ... SELECT into the history (no per-customer statement).
     *
     * @return how many customers moved
     */
    int transferBook(AccountManagerId from, AccountManagerId to, Instant at, String changedBy, UUID changeId);

    /** Oldest first. */
    List<AssignmentChange> history(CustomerId customerId);

    long countByManager(AccountManagerId managerId);
}
