package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.BRANCH;
import static io.insurcrm.storage.internal.jooq.Tables.COMPLAINT;
import static io.insurcrm.storage.internal.jooq.Tables.COMPLAINT_HISTORY;

import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.complaint.ComplaintAnalysis;
import io.insurcrm.core.complaint.ComplaintCategory;
import io.insurcrm.core.complaint.ComplaintEvent;
import io.insurcrm.core.complaint.ComplaintId;
import io.insurcrm.core.complaint.ComplaintRepository;
import io.insurcrm.core.complaint.ComplaintState;
import io.insurcrm.core.complaint.EscalationCandidate;
import io.insurcrm.core.complaint.RootCause;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.internal.jooq.tables.records.ComplaintHistoryRecord;
import io.insurcrm.storage.internal.jooq.tables.records.ComplaintRecord;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.impl.DSL;

final class JooqComplaintRepository implements ComplaintRepository {
    private final DSLContext dsl;
    private final TransactionRunner tx;

    @Inject
    JooqComplaintRepository(DSLContext dsl, TransactionRunner tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public void insert(Complaint complaint) {
        dsl.executeInsert(toRecord(complaint));
    }

    @Override
    public void updateAll(List<Complaint> next) {
        tx.run(() -> Batches.updateVersioned(dsl, COMPLAINT, COMPLAINT.ID, COMPLAINT.VERSION,
                next.stream().map(JooqComplaintRepository::toRecord).collect(Collectors.toList())));
    }

    @Override
    public void insertEvents(List<ComplaintEvent> events) {
        tx.run(() -> Batches.insert(dsl, COMPLAINT_HISTORY, events.stream().map(e -> new ComplaintHistoryRecord(
                e.id(), e.complaintId().value(), e.seq(), e.kind().name(), Columns.name(e.fromState()),
                e.toState().name(), Columns.map(e.fromBranchId(), BranchId::value), e.toBranchId().value(),
                Columns.timestamp(e.occurredAt()), Columns.timestamp(e.deadlineAt()), e.actorId(), e.note()))
                .collect(Collectors.toList())));
    }

    @Override
    public Optional<Complaint> findById(ComplaintId id) {
        return dsl.selectFrom(COMPLAINT).where(COMPLAINT.ID.eq(id.value()))
                .fetchOptional(JooqComplaintRepository::toComplaint);
    }

    @Override
    public List<ComplaintEvent> history(ComplaintId id) {
        return dsl.selectFrom(COMPLAINT_HISTORY).where(COMPLAINT_HISTORY.COMPLAINT_ID.eq(id.value()))
                .orderBy(COMPLAINT_HISTORY.SEQ)
                .fetch(r -> new ComplaintEvent(r.getId(), new ComplaintId(r.getComplaintId()), r.getSeq(),
                        ComplaintEvent.Kind.valueOf(r.getEvent()), Columns.enumOf(ComplaintState.class,
                        r.getFromState()), ComplaintState.valueOf(r.getToState()),
                        Columns.map(r.getFromBranchId(), BranchId::new), new BranchId(r.getToBranchId()),
                        Columns.instant(r.getOccurredAt()), Columns.instant(r.getDeadlineAt()), r.getActorId(),
                        r.getNote()));
    }

    @Override
    public List<EscalationCandidate> findEscalationCandidates(Instant now, int limit) {
        Field<Integer> events = DSL.field(dsl.selectCount().from(COMPLAINT_HISTORY)
                .where(COMPLAINT_HISTORY.COMPLAINT_ID.eq(COMPLAINT.ID))).as("events");
        return dsl.select(COMPLAINT.fields()).select(BRANCH.PARENT_ID, events)
                .from(COMPLAINT)
                .join(BRANCH).on(BRANCH.ID.eq(COMPLAINT.RESPONSIBLE_BRANCH_ID))
                // deadlines are stored to the microsecond: floor now, so that a nanosecond early is not yet due
                .where(COMPLAINT.DEADLINE_AT.le(Columns.timestamp(now.truncatedTo(ChronoUnit.MICROS))))
                .and(BRANCH.PARENT_ID.isNotNull())
                .orderBy(COMPLAINT.DEADLINE_AT, COMPLAINT.ID)
                .limit(limit)
                .fetch(r -> new EscalationCandidate(toComplaint(r.into(COMPLAINT)), new BranchId(r.get(BRANCH.PARENT_ID)),
                        r.get(events)));
    }

    @Override
    public ComplaintAnalysis analyse(YearMonth month, Instant from, Instant to) {
        Condition inMonth = COMPLAINT.RECEIVED_AT.ge(Columns.timestamp(from))
                .and(COMPLAINT.RECEIVED_AT.lt(Columns.timestamp(to)));
        Field<Long> handledSum = DSL.sum(COMPLAINT.HANDLING_SECONDS).cast(Long.class);
        Record5<Integer, Integer, Integer, Long, Long> totals = dsl.select(DSL.count(),
                        DSL.sum(DSL.when(COMPLAINT.SLA_BREACHED.isTrue(), 1).otherwise(0)).cast(Integer.class),
                        DSL.count(COMPLAINT.HANDLING_SECONDS), handledSum, DSL.max(COMPLAINT.HANDLING_SECONDS))
                .from(COMPLAINT).where(inMonth).fetchOne();
        long total = totals.value1();
        long breached = totals.value2() == null ? 0 : totals.value2();
        long handled = totals.value3();
        Duration average = handled == 0 ? null : Duration.ofSeconds(totals.value4() / handled);
        Duration worst = handled == 0 ? null : Duration.ofSeconds(totals.value5());
        BigDecimal rate = total == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(breached).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        return new ComplaintAnalysis(month, total,
                countBy(COMPLAINT.CATEGORY, inMonth, ComplaintCategory::valueOf),
                countBy(COMPLAINT.PRODUCT_LINE, inMonth, ProductLine::valueOf),
                countBy(COMPLAINT.ORIGIN_BRANCH_ID, inMonth, BranchId::new),
                countBy(COMPLAINT.ROOT_CAUSE, inMonth, RootCause::valueOf),
                handled, average, worst, breached, rate);
    }

    /** SELECT column, COUNT(*) ... GROUP BY column, leaving out NULLs. */
    private <T, K> Map<K, Long> countBy(Field<T> column, Condition where, Function<T, K> key) {
        Map<K, Long> counts = new HashMap<>();
        dsl.select(column, DSL.count()).from(COMPLAINT).where(where).and(column.isNotNull()).groupBy(column)
                .fetch().forEach(r -> counts.put(key.apply(r.value1()), r.value2().longValue()));
        return counts;
    }

    static ComplaintRecord toRecord(Complaint c) {
        return new ComplaintRecord(c.id().value(), c.version(), c.customerId().value(),
                Columns.map(c.policyId(), PolicyId::value), c.category().name(), Columns.name(c.productLine()),
                Columns.name(c.rootCause()), c.summary(), c.state().name(), c.originBranchId().value(),
                c.responsibleBranchId().value(), Columns.timestamp(c.receivedAt()),
                Columns.timestamp(c.stateEnteredAt()), Columns.timestamp(c.deadlineAt()),
                Columns.timestamp(c.handledAt()), c.handlingSeconds(), c.escalations(), c.slaBreached(),
                Columns.timestamp(c.updatedAt()));
    }

    static Complaint toComplaint(ComplaintRecord r) {
        return new Complaint(new ComplaintId(r.getId()), r.getVersion(), new CustomerId(r.getCustomerId()),
                Columns.map(r.getPolicyId(), PolicyId::new), ComplaintCategory.valueOf(r.getCategory()),
                Columns.enumOf(ProductLine.class, r.getProductLine()), Columns.enumOf(RootCause.class, r.getRootCause()),
                r.getSummary(), ComplaintState.valueOf(r.getState()), new BranchId(r.getOriginBranchId()),
                new BranchId(r.getResponsibleBranchId()), Columns.instant(r.getReceivedAt()),
                Columns.instant(r.getStateEnteredAt()), Columns.instant(r.getDeadlineAt()),
                Columns.instant(r.getHandledAt()), r.getHandlingSeconds(), r.getEscalations(), r.getSlaBreached(),
                Columns.instant(r.getUpdatedAt()));
    }
}
