package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.CLAIM;

import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimId;
import io.insurcrm.core.claim.ClaimRepository;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.internal.jooq.tables.records.ClaimRecord;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

final class JooqClaimRepository implements ClaimRepository {
    private final DSLContext dsl;
    private final TransactionRunner tx;

    @Inject
    JooqClaimRepository(DSLContext dsl, TransactionRunner tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public void insert(Claim claim) {
        dsl.executeInsert(toRecord(claim));
    }

    @Override
    public void insertAll(List<Claim> claims) {
        tx.run(() -> Batches.insert(dsl, CLAIM, records(claims)));
    }

    @Override
    public void update(Claim next) {
        updateAll(List.of(next));
    }

    @Override
    public void updateAll(List<Claim> next) {
        tx.run(() -> Batches.updateVersioned(dsl, CLAIM, CLAIM.ID, CLAIM.VERSION, records(next)));
    }

    @Override
    public Optional<Claim> findById(ClaimId id) {
        return dsl.selectFrom(CLAIM).where(CLAIM.ID.eq(id.value())).fetchOptional(JooqClaimRepository::toClaim);
    }

    @Override
    public Map<String, Claim> findByNumbers(Collection<String> claimNumbers) {
        return Batches.inChunks(claimNumbers, chunk -> dsl.selectFrom(CLAIM).where(CLAIM.CLAIM_NUMBER.in(chunk))
                .fetch(JooqClaimRepository::toClaim))
                .stream().collect(Collectors.toMap(Claim::claimNumber, Function.identity()));
    }

    @Override
    public List<Claim> findByCustomer(CustomerId customerId) {
        return dsl.selectFrom(CLAIM).where(CLAIM.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(CLAIM.LOSS_DATE.desc(), CLAIM.ID.desc())
                .fetch(JooqClaimRepository::toClaim);
    }

    @Override
    public long count() {
        return dsl.fetchCount(CLAIM);
    }

    @Override
    public Set<String> findExistingNumbers(Collection<String> claimNumbers) {
        return Batches.existing(dsl, CLAIM, CLAIM.CLAIM_NUMBER, claimNumbers);
    }

    private static List<ClaimRecord> records(List<Claim> claims) {
        return claims.stream().map(JooqClaimRepository::toRecord).collect(Collectors.toList());
    }

    /** Claimed and paid amounts share one currency (a rule of {@code NewClaim}), stored once. */
    static ClaimRecord toRecord(Claim c) {
        ClaimRecord r = Batches.valuesOnly(new ClaimRecord());
        r.setId(c.id().value());
        r.setVersion(c.version());
        r.setClaimNumber(c.claimNumber());
        r.setPolicyId(c.policyId().value());
        r.setCustomerId(c.customerId().value());
        r.setLossDate(c.lossDate());
        r.setReportedDate(c.reportedDate());
        r.setSettledDate(c.settledDate());
        r.setClaimedAmount(c.claimedAmount().amount());
        r.setPaidAmount(Columns.amount(c.paidAmount()));
        r.setCurrency(Columns.currency(c.claimedAmount()));
        r.setStatus(c.status().name());
        r.setLitigation(c.litigation());
        r.setCause(c.cause());
        r.setCreatedAt(Columns.timestamp(c.createdAt()));
        r.setUpdatedAt(Columns.timestamp(c.updatedAt()));
        return r;
    }

    static Claim toClaim(ClaimRecord r) {
        return new Claim(new ClaimId(r.getId()), r.getVersion(), r.getClaimNumber(), new PolicyId(r.getPolicyId()),
                new CustomerId(r.getCustomerId()), r.getLossDate(), r.getReportedDate(), r.getSettledDate(),
                Columns.money(r.getClaimedAmount(), r.getCurrency()), Columns.money(r.getPaidAmount(), r.getCurrency()),
                ClaimStatus.valueOf(r.getStatus()), r.getLitigation(), r.getCause(), Columns.instant(r.getCreatedAt()),
                Columns.instant(r.getUpdatedAt()));
    }
}
