package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.POLICY;
import static io.insurcrm.storage.internal.jooq.Tables.PREMIUM_PAYMENT;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.PaymentId;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.PremiumPayment;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.internal.jooq.tables.records.PolicyRecord;
import io.insurcrm.storage.internal.jooq.tables.records.PremiumPaymentRecord;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

final class JooqPolicyRepository implements PolicyRepository {
    private final DSLContext dsl;
    private final TransactionRunner tx;

    @Inject
    JooqPolicyRepository(DSLContext dsl, TransactionRunner tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public void insert(Policy policy) {
        dsl.executeInsert(toRecord(policy));
    }

    @Override
    public void insertAll(List<Policy> policies) {
        tx.run(() -> Batches.insert(dsl, POLICY, records(policies)));
    }

    @Override
    public void update(Policy next) {
        updateAll(List.of(next));
    }

    @Override
    public void updateAll(List<Policy> next) {
        tx.run(() -> Batches.updateVersioned(dsl, POLICY, POLICY.ID, POLICY.VERSION, records(next)));
    }

    @Override
    public Optional<Policy> findById(PolicyId id) {
        return dsl.selectFrom(POLICY).where(POLICY.ID.eq(id.value())).fetchOptional(JooqPolicyRepository::toPolicy);
    }

    @Override
    public Optional<Policy> findByNumber(String policyNumber) {
        return dsl.selectFrom(POLICY).where(POLICY.POLICY_NUMBER.eq(policyNumber))
                .fetchOptional(JooqPolicyRepository::toPolicy);
    }

    @Override
    public Map<String, Policy> findByNumbers(Collection<String> policyNumbers) {
        return Batches.inChunks(policyNumbers, chunk -> dsl.selectFrom(POLICY).where(POLICY.POLICY_NUMBER.in(chunk))
                .fetch(JooqPolicyRepository::toPolicy))
                .stream().collect(Collectors.toMap(Policy::policyNumber, Function.identity()));
    }

    @Override
    public List<Policy> findByHolder(CustomerId holderId) {
        return dsl.selectFrom(POLICY).where(POLICY.HOLDER_ID.eq(holderId.value()))
                .orderBy(POLICY.START_DATE.desc(), POLICY.ID.desc())
                .fetch(JooqPolicyRepository::toPolicy);
    }

    @Override
    public Optional<CustomerId> findHolderByLicencePlate(LicencePlate plate) {
        return dsl.select(POLICY.HOLDER_ID).from(POLICY).where(POLICY.LICENCE_PLATE.eq(plate.value()))
                .orderBy(POLICY.START_DATE.desc(), POLICY.ID.desc())
                .limit(1)
                .fetchOptional(r -> new CustomerId(r.value1()));
    }

    @Override
    public void insertPayment(PremiumPayment payment) {
        dsl.executeInsert(new PremiumPaymentRecord(payment.id().value(), payment.policyId().value(),
                payment.dueDate(), payment.paidDate(), payment.amount().amount(), Columns.currency(payment.amount())));
    }

    @Override
    public List<PremiumPayment> findPayments(PolicyId policyId) {
        return dsl.selectFrom(PREMIUM_PAYMENT).where(PREMIUM_PAYMENT.POLICY_ID.eq(policyId.value()))
                .orderBy(PREMIUM_PAYMENT.DUE_DATE, PREMIUM_PAYMENT.ID)
                .fetch(JooqPolicyRepository::toPayment);
    }

    @Override
    public long count() {
        return dsl.fetchCount(POLICY);
    }

    /**
     * One statement per 1,000 policies that inserts the new ones and names them
     * ({@link Batches#insertNew}, on {@code uq_policy_policy_number}), so the numbers are not probed by
     * a lookup first.
     */
    @Override
    public Set<String> insertNew(List<Policy> policies) {
        List<PolicyRecord> records = new ArrayList<>(policies.size());
        policies.forEach(p -> records.add(toRecord(p)));
        return tx.inTransaction(() -> Batches.insertNew(dsl, POLICY, "uq_policy_policy_number",
                POLICY.POLICY_NUMBER, records));
    }

    @Override
    public Set<String> findExistingNumbers(Collection<String> policyNumbers) {
        return Batches.existing(dsl, POLICY, POLICY.POLICY_NUMBER, policyNumbers);
    }

    @Override
    public Map<String, ClaimTarget> findClaimTargets(Collection<String> policyNumbers) {
        Map<String, ClaimTarget> found = new HashMap<>();
        for (Object[] row : Batches.selectIn(dsl, POLICY, POLICY.POLICY_NUMBER, policyNumbers, POLICY.POLICY_NUMBER,
                POLICY.ID, POLICY.HOLDER_ID, POLICY.CURRENCY)) {
            found.put((String) row[0], new ClaimTarget(new PolicyId((UUID) row[1]), new CustomerId((UUID) row[2]),
                    Currency.getInstance(((String) row[3]).strip())));
        }
        return found;
    }

    private static List<PolicyRecord> records(List<Policy> policies) {
        return policies.stream().map(JooqPolicyRepository::toRecord).collect(Collectors.toList());
    }

    /** Premium and sum insured share one currency (a rule of {@code NewPolicy}), stored once. */
    static PolicyRecord toRecord(Policy p) {
        PolicyRecord r = Batches.valuesOnly(new PolicyRecord());
        r.setId(p.id().value());
        r.setVersion(p.version());
        r.setPolicyNumber(p.policyNumber());
        r.setHolderId(p.holderId().value());
        r.setProductLine(p.productLine().name());
        r.setProductCode(p.productCode());
        r.setSalesChannel(p.salesChannel().name());
        r.setBranchId(p.branchId().value());
        r.setLicencePlate(Columns.map(p.licencePlate(), LicencePlate::value));
        r.setStartDate(p.startDate());
        r.setEndDate(p.endDate());
        r.setPremium(p.premium().amount());
        r.setSumInsured(Columns.amount(p.sumInsured()));
        r.setCurrency(Columns.currency(p.premium()));
        r.setStatus(p.status().name());
        r.setPreviousPolicyNumber(p.previousPolicyNumber());
        r.setCreatedAt(Columns.timestamp(p.createdAt()));
        r.setUpdatedAt(Columns.timestamp(p.updatedAt()));
        return r;
    }

    static Policy toPolicy(PolicyRecord r) {
        return new Policy(new PolicyId(r.getId()), r.getVersion(), r.getPolicyNumber(), new CustomerId(r.getHolderId()),
                ProductLine.valueOf(r.getProductLine()), r.getProductCode(), SalesChannel.valueOf(r.getSalesChannel()),
                new BranchId(r.getBranchId()), Columns.map(r.getLicencePlate(), LicencePlate::new), r.getStartDate(),
                r.getEndDate(), Columns.money(r.getPremium(), r.getCurrency()),
                Columns.money(r.getSumInsured(), r.getCurrency()), PolicyStatus.valueOf(r.getStatus()),
                r.getPreviousPolicyNumber(), Columns.instant(r.getCreatedAt()), Columns.instant(r.getUpdatedAt()));
    }

    static PremiumPayment toPayment(PremiumPaymentRecord r) {
        return new PremiumPayment(new PaymentId(r.getId()), new PolicyId(r.getPolicyId()), r.getDueDate(),
                r.getPaidDate(), Columns.money(r.getAmount(), r.getCurrency()));
    }
}
