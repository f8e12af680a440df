package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.INTERACTION;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionId;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.internal.jooq.tables.records.InteractionRecord;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

final class JooqInteractionRepository implements InteractionRepository {
    private final DSLContext dsl;
    private final TransactionRunner tx;

    @Inject
    JooqInteractionRepository(DSLContext dsl, TransactionRunner tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public void insert(Interaction interaction) {
        dsl.executeInsert(toRecord(interaction));
    }

    @Override
    public void insertAll(List<Interaction> interactions) {
        tx.run(() -> Batches.insert(dsl, INTERACTION,
                interactions.stream().map(JooqInteractionRepository::toRecord).collect(Collectors.toList())));
    }

    @Override
    public List<Interaction> findRecentByCustomer(CustomerId customerId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return dsl.selectFrom(INTERACTION).where(INTERACTION.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(INTERACTION.OCCURRED_AT.desc(), INTERACTION.ID.desc())
                .limit(limit)
                .fetch(JooqInteractionRepository::toInteraction);
    }

    @Override
    public Set<String> findExistingSourceRefs(Collection<String> sourceRefs) {
        return Batches.existing(dsl, INTERACTION, INTERACTION.SOURCE_REF, sourceRefs);
    }

    /**
     * One statement per 1,000 interactions that inserts the new ones and names them
     * ({@link Batches#insertNew}, on {@code uq_interaction_source_ref}), so the source references
     * are not probed by a separate lookup first.
     */
    @Override
    public Set<String> insertNew(List<Interaction> interactions) {
        List<InteractionRecord> records = new ArrayList<>(interactions.size());
        interactions.forEach(i -> records.add(toRecord(i)));
        return tx.inTransaction(() -> Batches.insertNew(dsl, INTERACTION, "uq_interaction_source_ref",
                INTERACTION.SOURCE_REF, records));
    }

    @Override
    public long count() {
        return dsl.fetchCount(INTERACTION);
    }

    static InteractionRecord toRecord(Interaction i) {
        InteractionRecord r = Batches.valuesOnly(new InteractionRecord());
        r.setId(i.id().value());
        r.setCustomerId(i.customerId().value());
        r.setChannel(i.channel().name());
        r.setInteractionType(i.type().name());
        r.setOccurredAt(Columns.timestamp(i.occurredAt()));
        r.setStaffId(i.staffId());
        r.setSummary(i.summary());
        r.setSourceRef(i.sourceRef());
        r.setRecordedAt(Columns.timestamp(i.recordedAt()));
        return r;
    }

    static Interaction toInteraction(InteractionRecord r) {
        return new Interaction(new InteractionId(r.getId()), new CustomerId(r.getCustomerId()),
                InteractionChannel.valueOf(r.getChannel()), InteractionType.valueOf(r.getInteractionType()),
                Columns.instant(r.getOccurredAt()), r.getStaffId(), r.getSummary(), r.getSourceRef(),
                Columns.instant(r.getRecordedAt()));
    }
}
