package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER_ASSIGNMENT;
import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER_ASSIGNMENT_HISTORY;

import io.insurcrm.core.common.ConflictException;
import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.staff.AccountManagerId;
import io.insurcrm.core.staff.Assignment;
import io.insurcrm.core.staff.AssignmentChange;
import io.insurcrm.core.staff.AssignmentReason;
import io.insurcrm.core.staff.AssignmentRepository;
import io.insurcrm.storage.internal.jooq.tables.records.CustomerAssignmentHistoryRecord;
import io.insurcrm.storage.internal.jooq.tables.records.CustomerAssignmentRecord;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The current assignment (customer id is the primary key: at most one manager per customer, however
 * many writers race) and its append-only history keyed by (customer, version). A book transfer is
 * one UPDATE that tags the moved rows with the operation's change id, then one INSERT ... SELECT of
 * the tagged rows into the history.
 */
final class JooqAssignmentRepository implements AssignmentRepository {
    /** The history columns in the order the INSERT ... SELECT fills them. */
    private static final List<Field<?>> HISTORY_COLUMNS = List.of(CUSTOMER_ASSIGNMENT_HISTORY.CUSTOMER_ID,
            CUSTOMER_ASSIGNMENT_HISTORY.VERSION, CUSTOMER_ASSIGNMENT_HISTORY.ACCOUNT_MANAGER_ID,
            CUSTOMER_ASSIGNMENT_HISTORY.PREVIOUS_MANAGER_ID, CUSTOMER_ASSIGNMENT_HISTORY.ASSIGNED_AT,
            CUSTOMER_ASSIGNMENT_HISTORY.REASON, CUSTOMER_ASSIGNMENT_HISTORY.CHANGED_BY,
            CUSTOMER_ASSIGNMENT_HISTORY.CHANGE_ID);

    private final DSLContext dsl;
    private final TransactionRunner tx;

    @Inject
    JooqAssignmentRepository(DSLContext dsl, TransactionRunner tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public Optional<Assignment> findCurrent(CustomerId customerId) {
        return dsl.selectFrom(CUSTOMER_ASSIGNMENT).where(CUSTOMER_ASSIGNMENT.CUSTOMER_ID.eq(customerId.value()))
                .fetchOptional(r -> new Assignment(new CustomerId(r.getCustomerId()),
                        new AccountManagerId(r.getAccountManagerId()), r.getVersion(),
                        Columns.instant(r.getAssignedAt())));
    }

    @Override
    public void write(AssignmentChange c) {
        if (c.version() == 1) {
            try {
                dsl.executeInsert(new CustomerAssignmentRecord(c.customerId().value(), c.managerId().value(), 1L,
                        Columns.timestamp(c.assignedAt()), c.changeId()));
            } catch (DuplicateException e) {
                // someone else assigned the customer first: the primary key kept it to one manager
                throw new ConflictException("customerAssignment", c.customerId(), 0);
            }
        } else {
            int updated = dsl.update(CUSTOMER_ASSIGNMENT)
                    .set(CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID, c.managerId().value())
                    .set(CUSTOMER_ASSIGNMENT.VERSION, c.version())
                    .set(CUSTOMER_ASSIGNMENT.ASSIGNED_AT, Columns.timestamp(c.assignedAt()))
                    .set(CUSTOMER_ASSIGNMENT.CHANGE_ID, c.changeId())
                    .where(CUSTOMER_ASSIGNMENT.CUSTOMER_ID.eq(c.customerId().value()))
                    .and(CUSTOMER_ASSIGNMENT.VERSION.eq(c.version() - 1))
                    .execute();
            if (updated == 0) {
                throw new ConflictException("customerAssignment", c.customerId(), c.version() - 1);
            }
        }
        dsl.executeInsert(history(c));
    }

    @Override
    public void insertAll(List<AssignmentChange> changes) {
        tx.run(() -> {
            try {
                Batches.insert(dsl, CUSTOMER_ASSIGNMENT, changes.stream().map(c -> new CustomerAssignmentRecord(
                        c.customerId().value(), c.managerId().value(), 1L, Columns.timestamp(c.assignedAt()),
                        c.changeId())).collect(Collectors.toList()));
            } catch (DuplicateException e) {
                throw new ConflictException("customerAssignment", "(batch)", 0);
            }
            Batches.insert(dsl, CUSTOMER_ASSIGNMENT_HISTORY, changes.stream().map(JooqAssignmentRepository::history)
                    .collect(Collectors.toList()));
        });
    }

    private static CustomerAssignmentHistoryRecord history(AssignmentChange c) {
        return new CustomerAssignmentHistoryRecord(c.customerId().value(), c.version(), c.managerId().value(),
                Columns.map(c.previousManagerId(), AccountManagerId::value), Columns.timestamp(c.assignedAt()),
                c.reason().name(), c.changedBy(), c.changeId());
    }

    @Override
    public int transferBook(AccountManagerId from, AccountManagerId to, Instant at, String changedBy,
            UUID changeId) {
        int moved = dsl.update(CUSTOMER_ASSIGNMENT)
                .set(CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID, to.value())
                .set(CUSTOMER_ASSIGNMENT.VERSION, CUSTOMER_ASSIGNMENT.VERSION.plus(1L))
                .set(CUSTOMER_ASSIGNMENT.ASSIGNED_AT, Columns.timestamp(at))
                .set(CUSTOMER_ASSIGNMENT.CHANGE_ID, changeId)
                .where(CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID.eq(from.value()))
                .execute();
        if (moved > 0) {
            dsl.insertInto(CUSTOMER_ASSIGNMENT_HISTORY, HISTORY_COLUMNS)
                    .select(dsl.select(CUSTOMER_ASSIGNMENT.CUSTOMER_ID, CUSTOMER_ASSIGNMENT.VERSION,
                            CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID, DSL.val(from.value()),
                            CUSTOMER_ASSIGNMENT.ASSIGNED_AT, DSL.val(AssignmentReason.BOOK_TRANSFER.name()),
                            DSL.val(changedBy), CUSTOMER_ASSIGNMENT.CHANGE_ID)
                            .from(CUSTOMER_ASSIGNMENT)
                            .where(CUSTOMER_ASSIGNMENT.CHANGE_ID.eq(changeId)))
                    .execute();
        }
        return moved;
    }

    @Override
    public List<AssignmentChange> history(CustomerId customerId) {
        return dsl.selectFrom(CUSTOMER_ASSIGNMENT_HISTORY)
                .where(CUSTOMER_ASSIGNMENT_HISTORY.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(CUSTOMER_ASSIGNMENT_HISTORY.VERSION)
                .fetch(r -> new AssignmentChange(new CustomerId(r.getCustomerId()), r.getVersion(),
                        new AccountManagerId(r.getAccountManagerId()),
                        Columns.map(r.getPreviousManagerId(), AccountManagerId::new), Columns.instant(r.getAssignedAt()),
                        AssignmentReason.valueOf(r.getReason()), r.getChangedBy(), r.getChangeId()));
    }

    @Override
    public long countByManager(AccountManagerId managerId) {
        return dsl.fetchCount(CUSTOMER_ASSIGNMENT, CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID.eq(managerId.value()));
    }
}
