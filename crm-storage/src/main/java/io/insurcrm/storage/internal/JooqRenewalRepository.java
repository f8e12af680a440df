package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER_ASSIGNMENT;
import static io.insurcrm.storage.internal.jooq.Tables.POLICY;
import static io.insurcrm.storage.internal.jooq.Tables.RENEWAL_FOLLOW_UP;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.renewal.RenewalDimension;
import io.insurcrm.core.renewal.RenewalItem;
import io.insurcrm.core.renewal.RenewalRate;
import io.insurcrm.core.renewal.RenewalRepository;
import io.insurcrm.core.renewal.RenewalStatus;
import io.insurcrm.core.staff.AccountManagerId;
import io.insurcrm.storage.internal.jooq.tables.Policy;
import io.insurcrm.storage.internal.jooq.tables.records.RenewalFollowUpRecord;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The pipeline and the rates in SQL. A policy is up for renewal if it is IN_FORCE or EXPIRED (not
 * cancelled or lapsed for non-payment) and ends in the period; it is renewed if any policy names it
 * as previous policy (a derived table of distinct previous policy numbers, joined once); lapsed if
 * not renewed and its end date is before today. The manager is the holder's current assignment.
 */
final class JooqRenewalRepository implements RenewalRepository {
    private static final List<String> RENEWABLE = List.of(PolicyStatus.IN_FORCE.name(), PolicyStatus.EXPIRED.name());
    private static final Policy SUCCESSOR = POLICY.as("successor");

    private final DSLContext dsl;

    @Inject
    JooqRenewalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One row per previous policy number that some policy renews. */
    private Table<?> renewedNumbers() {
        return dsl.selectDistinct(SUCCESSOR.PREVIOUS_POLICY_NUMBER).from(SUCCESSOR)
                .where(SUCCESSOR.PREVIOUS_POLICY_NUMBER.isNotNull()).asTable("renewed");
    }

    private static Condition due(LocalDate from, LocalDate to) {
        return POLICY.END_DATE.between(from, to).and(POLICY.STATUS.in(RENEWABLE));
    }

    @Override
    public List<RenewalItem> pipeline(LocalDate from, LocalDate to, Collection<BranchId> branches,
            AccountManagerId manager, ProductLine line, LocalDate today) {
        if (branches != null && branches.isEmpty()) {
            return List.of();
        }
        Table<?> renewed = renewedNumbers();
        Field<String> renewedNumber = renewed.field(SUCCESSOR.PREVIOUS_POLICY_NUMBER);
        Condition where = due(from, to);
        if (branches != null) {
            where = where.and(POLICY.BRANCH_ID.in(branches.stream().map(BranchId::value).collect(Collectors.toList())));
        }
        if (manager != null) {
            where = where.and(CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID.eq(manager.value()));
        }
        if (line != null) {
            where = where.and(POLICY.PRODUCT_LINE.eq(line.name()));
        }
        return dsl.select(POLICY.ID, POLICY.POLICY_NUMBER, POLICY.HOLDER_ID, POLICY.PRODUCT_LINE, POLICY.BRANCH_ID,
                        CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID, POLICY.END_DATE, POLICY.PREMIUM, POLICY.CURRENCY,
                        renewedNumber, RENEWAL_FOLLOW_UP.STATUS)
                .from(POLICY)
                .leftJoin(CUSTOMER_ASSIGNMENT).on(CUSTOMER_ASSIGNMENT.CUSTOMER_ID.eq(POLICY.HOLDER_ID))
                .leftJoin(renewed).on(renewedNumber.eq(POLICY.POLICY_NUMBER))
                .leftJoin(RENEWAL_FOLLOW_UP).on(RENEWAL_FOLLOW_UP.POLICY_ID.eq(POLICY.ID))
                .where(where)
                .orderBy(POLICY.END_DATE, POLICY.POLICY_NUMBER)
                .fetch(r -> new RenewalItem(new PolicyId(r.get(POLICY.ID)), r.get(POLICY.POLICY_NUMBER),
                        new CustomerId(r.get(POLICY.HOLDER_ID)), ProductLine.valueOf(r.get(POLICY.PRODUCT_LINE)),
                        new BranchId(r.get(POLICY.BRANCH_ID)),
                        Columns.map(r.get(CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID), AccountManagerId::new),
                        r.get(POLICY.END_DATE), Columns.money(r.get(POLICY.PREMIUM), r.get(POLICY.CURRENCY)),
                        status(r.get(renewedNumber) != null, r.get(POLICY.END_DATE), today,
                                r.get(RENEWAL_FOLLOW_UP.STATUS))));
    }

    private static RenewalStatus status(boolean renewed, LocalDate endDate, LocalDate today, String recorded) {
        if (renewed) {
            return RenewalStatus.RENEWED;
        }
        if (endDate.isBefore(today)) {
            return RenewalStatus.LAPSED;
        }
        return recorded == null ? RenewalStatus.UNDECIDED : RenewalStatus.valueOf(recorded);
    }

    @Override
    public void recordFollowUp(PolicyId policyId, RenewalStatus status, String note, String actorId, Instant at) {
        // delete + insert: portable upsert of one row inside the caller's transaction
        dsl.deleteFrom(RENEWAL_FOLLOW_UP).where(RENEWAL_FOLLOW_UP.POLICY_ID.eq(policyId.value())).execute();
        dsl.executeInsert(new RenewalFollowUpRecord(policyId.value(), 1L, status.name(), note, actorId,
                Columns.timestamp(at)));
    }

    @Override
    public List<RenewalRate> rates(LocalDate from, LocalDate to, RenewalDimension dimension, LocalDate today) {
        Table<?> renewed = renewedNumbers();
        Field<String> renewedNumber = renewed.field(SUCCESSOR.PREVIOUS_POLICY_NUMBER);
        Field<String> key;
        switch (dimension) {
            case BRANCH:
                key = POLICY.BRANCH_ID.cast(String.class);
                break;
            case MANAGER:
                key = DSL.coalesce(CUSTOMER_ASSIGNMENT.ACCOUNT_MANAGER_ID.cast(String.class), DSL.inline("none"));
                break;
            default:
                key = POLICY.PRODUCT_LINE;
                break;
        }
        Field<String> groupKey = key.as("group_key");
        Field<Integer> due = DSL.count().as("due");
        Field<Integer> renewedCount = DSL.sum(DSL.when(renewedNumber.isNotNull(), 1).otherwise(0))
                .cast(Integer.class).as("renewed_count");
        Field<Integer> lapsed = DSL.sum(DSL.when(renewedNumber.isNull().and(POLICY.END_DATE.lt(today)), 1)
                .otherwise(0)).cast(Integer.class).as("lapsed_count");
        return dsl.select(groupKey, due, renewedCount, lapsed)
                .from(POLICY)
                .leftJoin(CUSTOMER_ASSIGNMENT).on(CUSTOMER_ASSIGNMENT.CUSTOMER_ID.eq(POLICY.HOLDER_ID))
                .leftJoin(renewed).on(renewedNumber.eq(POLICY.POLICY_NUMBER))
                .where(due(from, to))
                .groupBy(key)
                .orderBy(key)
                .fetch(r -> {
                    long d = r.get(due);
                    long n = r.get(renewedCount);
                    return new RenewalRate(dimension, r.get(groupKey), d, n, r.get(lapsed),
                            BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 4, RoundingMode.HALF_UP));
                });
    }
}
