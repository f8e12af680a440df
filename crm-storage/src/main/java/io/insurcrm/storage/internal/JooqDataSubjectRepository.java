package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.COMPLAINT;
import static io.insurcrm.storage.internal.jooq.Tables.COMPLAINT_HISTORY;
import static io.insurcrm.storage.internal.jooq.Tables.FOLLOW_UP_TASK;
import static io.insurcrm.storage.internal.jooq.Tables.HOUSEHOLD_MEMBER;
import static io.insurcrm.storage.internal.jooq.Tables.INTERACTION;
import static io.insurcrm.storage.internal.jooq.Tables.POLICY;
import static io.insurcrm.storage.internal.jooq.Tables.RENEWAL_FOLLOW_UP;

import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.privacy.DataSubjectRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** Set-based statements for data-subject requests: one statement per table, whatever the history. */
final class JooqDataSubjectRepository implements DataSubjectRepository {
    private final DSLContext dsl;

    @Inject
    JooqDataSubjectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Complaint> complaintsOf(CustomerId customerId) {
        return dsl.selectFrom(COMPLAINT).where(COMPLAINT.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(COMPLAINT.RECEIVED_AT).fetch(JooqComplaintRepository::toComplaint);
    }

    @Override
    public void removeHouseholdMembership(CustomerId customerId) {
        dsl.deleteFrom(HOUSEHOLD_MEMBER).where(HOUSEHOLD_MEMBER.CUSTOMER_ID.eq(customerId.value())).execute();
    }

    @Override
    public void scrubFreeText(CustomerId customerId, String token) {
        UUID id = customerId.value();
        dsl.update(INTERACTION).set(INTERACTION.SUMMARY, token)
                .where(INTERACTION.CUSTOMER_ID.eq(id)).and(INTERACTION.SUMMARY.isNotNull()).execute();
        dsl.update(COMPLAINT).set(COMPLAINT.SUMMARY, token)
                .where(COMPLAINT.CUSTOMER_ID.eq(id)).and(COMPLAINT.SUMMARY.isNotNull()).execute();
        dsl.update(COMPLAINT_HISTORY).set(COMPLAINT_HISTORY.NOTE, token)
                .where(COMPLAINT_HISTORY.COMPLAINT_ID.in(dsl.select(COMPLAINT.ID).from(COMPLAINT)
                        .where(COMPLAINT.CUSTOMER_ID.eq(id))))
                .and(COMPLAINT_HISTORY.NOTE.isNotNull()).execute();
        dsl.update(FOLLOW_UP_TASK).set(FOLLOW_UP_TASK.SUBJECT, token).set(FOLLOW_UP_TASK.OUTCOME,
                        org.jooq.impl.DSL.when(FOLLOW_UP_TASK.OUTCOME.isNull(), (String) null).otherwise(token))
                .where(FOLLOW_UP_TASK.CUSTOMER_ID.eq(id)).execute();
        dsl.update(RENEWAL_FOLLOW_UP).set(RENEWAL_FOLLOW_UP.NOTE, token)
                .where(RENEWAL_FOLLOW_UP.POLICY_ID.in(dsl.select(POLICY.ID).from(POLICY).where(POLICY.HOLDER_ID.eq(id))))
                .and(RENEWAL_FOLLOW_UP.NOTE.isNotNull()).execute();
    }
}
