package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER;
import static io.insurcrm.storage.internal.jooq.Tables.HOUSEHOLD;
import static io.insurcrm.storage.internal.jooq.Tables.HOUSEHOLD_MEMBER;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.customer.HouseholdId;
import io.insurcrm.core.customer.HouseholdMembership;
import io.insurcrm.core.customer.HouseholdRepository;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.internal.jooq.tables.HouseholdMember;
import io.insurcrm.storage.internal.jooq.tables.records.HouseholdMemberRecord;
import io.insurcrm.storage.internal.jooq.tables.records.HouseholdRecord;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.Result;

final class JooqHouseholdRepository implements HouseholdRepository {
    static final Comparator<Household.Member> MEMBER_ORDER = Comparator
            .comparing((Household.Member m) -> m.relationship().ordinal())
            .thenComparing(m -> m.customerId().value());

    private final DSLContext dsl;
    private final TransactionRunner tx;

    @Inject
    JooqHouseholdRepository(DSLContext dsl, TransactionRunner tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    /** One query: the customer's membership, its household, all members and their names. */
    @Override
    public Optional<Household> findByCustomer(CustomerId customerId) {
        HouseholdMember self = HOUSEHOLD_MEMBER.as("self");
        HouseholdMember member = HOUSEHOLD_MEMBER.as("member");
        Result<Record5<UUID, String, UUID, String, String>> rows = dsl
                .select(HOUSEHOLD.ID, HOUSEHOLD.CODE, member.CUSTOMER_ID, CUSTOMER.NAME, member.RELATIONSHIP)
                .from(self)
                .join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(self.HOUSEHOLD_ID))
                .join(member).on(member.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(member.CUSTOMER_ID))
                .where(self.CUSTOMER_ID.eq(customerId.value()))
                .fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Household.Member> members = rows.stream()
                .map(r -> new Household.Member(new CustomerId(r.value3()), r.value4(),
                        Relationship.valueOf(r.value5())))
                .sorted(MEMBER_ORDER)
                .collect(Collectors.toList());
        return Optional.of(new Household(new HouseholdId(rows.get(0).value1()), rows.get(0).value2(), members));
    }

    @Override
    public Map<String, HouseholdId> ensure(Collection<String> codes, Supplier<HouseholdId> newIds) {
        return tx.inTransaction(() -> {
            // key to id only, one array-bound lookup per chunk (the import's hot path, once per batch)
            Map<String, HouseholdId> ids = new LinkedHashMap<>();
            Batches.idsByKey(dsl, HOUSEHOLD, HOUSEHOLD.ID, HOUSEHOLD.CODE, codes)
                    .forEach((code, id) -> ids.put(code, new HouseholdId(id)));
            List<HouseholdRecord> missing = new ArrayList<>();
            for (String code : new LinkedHashSet<>(codes)) {
                if (!ids.containsKey(code)) {
                    HouseholdId id = newIds.get();
                    ids.put(code, id);
                    HouseholdRecord r = Batches.valuesOnly(new HouseholdRecord());
                    r.setId(id.value());
                    r.setCode(code);
                    missing.add(r);
                }
            }
            Batches.insert(dsl, HOUSEHOLD, missing);
            return ids;
        });
    }

    @Override
    public Map<CustomerId, HouseholdMembership> findMemberships(Collection<CustomerId> customerIds) {
        Set<UUID> ids = customerIds.stream().map(CustomerId::value).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<CustomerId, HouseholdMembership> found = new HashMap<>();
        for (Object[] row : Batches.selectIn(dsl, HOUSEHOLD_MEMBER, HOUSEHOLD_MEMBER.CUSTOMER_ID, ids,
                HOUSEHOLD_MEMBER.HOUSEHOLD_ID, HOUSEHOLD_MEMBER.CUSTOMER_ID, HOUSEHOLD_MEMBER.RELATIONSHIP)) {
            CustomerId customer = new CustomerId((UUID) row[1]);
            found.put(customer, new HouseholdMembership(new HouseholdId((UUID) row[0]), customer,
                    Relationship.valueOf((String) row[2])));
        }
        return found;
    }

    /** Replaces the memberships of these customers: delete theirs, then one batch insert (last one per customer wins). */
    @Override
    public void putAll(List<HouseholdMembership> memberships) {
        Map<CustomerId, HouseholdMembership> latest = new LinkedHashMap<>();
        memberships.forEach(m -> latest.put(m.customerId(), m));
        Set<UUID> customers = latest.keySet().stream().map(CustomerId::value)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        tx.run(() -> {
            Batches.deleteIn(dsl, HOUSEHOLD_MEMBER, HOUSEHOLD_MEMBER.CUSTOMER_ID, customers);
            Batches.insert(dsl, HOUSEHOLD_MEMBER, latest.values().stream()
                    .map(m -> new HouseholdMemberRecord(m.householdId().value(), m.customerId().value(),
                            m.relationship().name()))
                    .collect(Collectors.toList()));
        });
    }

    @Override
    public void addAll(List<HouseholdMembership> memberships) {
        List<HouseholdMemberRecord> rows = new ArrayList<>(memberships.size());
        for (HouseholdMembership m : memberships) {
            HouseholdMemberRecord r = Batches.valuesOnly(new HouseholdMemberRecord());
            r.setHouseholdId(m.householdId().value());
            r.setCustomerId(m.customerId().value());
            r.setRelationship(m.relationship().name());
            rows.add(r);
        }
        Batches.insert(dsl, HOUSEHOLD_MEMBER, rows);
    }
}
