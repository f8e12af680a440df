package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.ACCOUNT_MANAGER;
import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER;
import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER_ASSIGNMENT;
import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER_SEGMENT;
import static io.insurcrm.storage.internal.jooq.Tables.FOLLOW_UP_TASK;
import static io.insurcrm.storage.internal.jooq.Tables.INTERACTION;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.followup.CareRegime;
import io.insurcrm.core.followup.FollowUpRepository;
import io.insurcrm.core.followup.FollowUpTask;
import io.insurcrm.core.followup.FollowUpTaskId;
import io.insurcrm.core.followup.OverdueCare;
import io.insurcrm.core.followup.TaskStatus;
import io.insurcrm.core.followup.VisitReport;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.staff.AccountManagerId;
import io.insurcrm.storage.internal.jooq.tables.records.FollowUpTaskRecord;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

final class JooqFollowUpRepository implements FollowUpRepository {
    private static final List<String> MAJOR_EVENTS = List.of(InteractionType.COMPLAINT.name(),
            InteractionType.CLAIM_SERVICE.name(), InteractionType.EVENT.name());

    private final DSLContext dsl;

    @Inject
    JooqFollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(FollowUpTask task) {
        dsl.executeInsert(toRecord(task));
    }

    @Override
    public void update(FollowUpTask next) {
        Batches.updateVersioned(dsl, FOLLOW_UP_TASK, FOLLOW_UP_TASK.ID, FOLLOW_UP_TASK.VERSION,
                List.of(toRecord(next)));
    }

    @Override
    public Optional<FollowUpTask> findById(FollowUpTaskId id) {
        return dsl.selectFrom(FOLLOW_UP_TASK).where(FOLLOW_UP_TASK.ID.eq(id.value()))
                .fetchOptional(JooqFollowUpRepository::toTask);
    }

    @Override
    public List<FollowUpTask> findOpenDue(AccountManagerId owner, LocalDate day) {
        return dsl.selectFrom(FOLLOW_UP_TASK)
                .where(FOLLOW_UP_TASK.OWNER_ID.eq(owner.value()))
                .and(FOLLOW_UP_TASK.STATUS.eq(TaskStatus.OPEN.name()))
                .and(FOLLOW_UP_TASK.DUE_DATE.le(day))
                .orderBy(FOLLOW_UP_TASK.DUE_DATE, FOLLOW_UP_TASK.ID)
                .fetch(JooqFollowUpRepository::toTask);
    }

    @Override
    public List<OverdueCare> findOverdueCare(CareRegime regime, Instant since, AccountManagerId manager,
            Collection<BranchId> branches) {
        if (branches != null && branches.isEmpty()) {
            return List.of();
        }
        List<String> channels = regime.action().channels().stream().map(InteractionChannel::name)
                .collect(Collectors.toList());
        Field<OffsetDateTime> lastAt = DSL.max(INTERACTION.OCCURRED_AT).as("last_at");
        Table<?> last = dsl.select(INTERACTION.CUSTOMER_ID, lastAt).from(INTERACTION)
                .where(INTERACTION.CHANNEL.in(channels)).groupBy(INTERACTION.CUSTOMER_ID).asTable("last_contact");
        Field<UUID> lastCustomer = last.field(INTERACTION.CUSTOMER_ID);
        Field<OffsetDateTime> lastAtField = last.field(lastAt);
        Condition where = CUSTOMER_SEGMENT.SEGMENT.eq(regime.segment().code())
                .and(lastAtField.isNull().or(lastAtField.lt(Columns.timestamp(since))));
        if (manager != null) {
            where = where.and(CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID.eq(manager.value()));
        }
        if (branches != null) {
            where = where.and(CUSTOMER.BRANCH_ID.in(branches.stream().map(BranchId::value)
                    .collect(Collectors.toList())));
        }
        return dsl.select(CUSTOMER_SEGMENT.CUSTOMER_ID, CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID, CUSTOMER.BRANCH_ID,
                        lastAtField)
                .from(CUSTOMER_SEGMENT)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_SEGMENT.CUSTOMER_ID))
                .leftJoin(CUSTOMER_ASSIGNMENT).on(CUSTOMER_ASSIGNMENT.CUSTOMER_ID.eq(CUSTOMER_SEGMENT.CUSTOMER_ID))
                .leftJoin(last).on(lastCustomer.eq(CUSTOMER_SEGMENT.CUSTOMER_ID))
                .where(where)
                .orderBy(CUSTOMER_SEGMENT.CUSTOMER_ID)
                .fetch(r -> new OverdueCare(new CustomerId(r.value1()), Columns.map(r.value2(), AccountManagerId::new),
                        new BranchId(r.value3()), regime.segment(), regime.action(), regime.everyDays(),
                        Columns.instant(r.value4())));
    }

    @Override
    public List<VisitReport> visitReports(Collection<AccountManagerId> managers, YearMonth month, Instant from,
            Instant to) {
        Field<Integer> visits = DSL.sum(DSL.when(INTERACTION.CHANNEL.eq(InteractionChannel.VISIT.name()), 1)
                .otherwise(0)).cast(Integer.class);
        Field<Integer> calls = DSL.sum(DSL.when(INTERACTION.CHANNEL.eq(InteractionChannel.CALL_CENTRE.name()), 1)
                .otherwise(0)).cast(Integer.class);
        Field<Integer> touched = DSL.countDistinct(INTERACTION.CUSTOMER_ID);
        Field<Integer> major = DSL.sum(DSL.when(INTERACTION.INTERACTION_TYPE.in(MAJOR_EVENTS), 1).otherwise(0))
                .cast(Integer.class);
        List<UUID> ids = managers.stream().map(AccountManagerId::value).collect(Collectors.toList());
        return Batches.inChunks(ids, chunk -> dsl.select(ACCOUNT_MANAGER.ID, visits, calls, touched, major)
                        .from(ACCOUNT_MANAGER)
                        .leftJoin(INTERACTION).on(INTERACTION.STAFF_ID.eq(ACCOUNT_MANAGER.STAFF_ID)
                                .and(INTERACTION.OCCURRED_AT.ge(Columns.timestamp(from)))
                                .and(INTERACTION.OCCURRED_AT.lt(Columns.timestamp(to))))
                        .where(ACCOUNT_MANAGER.ID.in(chunk))
                        .groupBy(ACCOUNT_MANAGER.ID)
                        .fetch(r -> new VisitReport(new AccountManagerId(r.value1()), month, zeroIfNull(r.value2()),
                                zeroIfNull(r.value3()), zeroIfNull(r.value4()), zeroIfNull(r.value5()))))
                .stream().sorted(Comparator.comparing(v -> ids.indexOf(v.managerId().value())))
                .collect(Collectors.toList());
    }

    private static long zeroIfNull(Integer n) {
        return n == null ? 0 : n;
    }

    static FollowUpTaskRecord toRecord(FollowUpTask t) {
        return new FollowUpTaskRecord(t.id().value(), t.version(), t.customerId().value(), t.ownerId().value(),
                t.dueDate(), t.subject(), t.status().name(), t.outcome(), Columns.timestamp(t.createdAt()),
                Columns.timestamp(t.completedAt()));
    }

    static FollowUpTask toTask(FollowUpTaskRecord r) {
        return new FollowUpTask(new FollowUpTaskId(r.getId()), r.getVersion(), new CustomerId(r.getCustomerId()),
                new AccountManagerId(r.getOwnerId()), r.getDueDate(), r.getSubject(), TaskStatus.valueOf(r.getStatus()),
                r.getOutcome(), Columns.instant(r.getCreatedAt()), Columns.instant(r.getCompletedAt()));
    }
}
