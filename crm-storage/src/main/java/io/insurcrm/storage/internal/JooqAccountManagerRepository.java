package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.ACCOUNT_MANAGER;
import static io.insurcrm.storage.internal.jooq.Tables.ACCOUNT_MANAGER_GRADING;

import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.staff.AccountManager;
import io.insurcrm.core.staff.AccountManagerId;
import io.insurcrm.core.staff.AccountManagerRepository;
import io.insurcrm.core.staff.Evaluation;
import io.insurcrm.core.staff.Grade;
import io.insurcrm.core.staff.Grading;
import io.insurcrm.core.staff.GradingOutcome;
import io.insurcrm.storage.internal.jooq.tables.records.AccountManagerGradingRecord;
import io.insurcrm.storage.internal.jooq.tables.records.AccountManagerRecord;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

final class JooqAccountManagerRepository implements AccountManagerRepository {
    private final DSLContext dsl;

    @Inject
    JooqAccountManagerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(AccountManager manager) {
        dsl.executeInsert(toRecord(manager));
    }

    @Override
    public void update(AccountManager next) {
        Batches.updateVersioned(dsl, ACCOUNT_MANAGER, ACCOUNT_MANAGER.ID, ACCOUNT_MANAGER.VERSION,
                List.of(toRecord(next)));
    }

    @Override
    public Optional<AccountManager> findById(AccountManagerId id) {
        return dsl.selectFrom(ACCOUNT_MANAGER).where(ACCOUNT_MANAGER.ID.eq(id.value()))
                .fetchOptional(JooqAccountManagerRepository::toManager);
    }

    @Override
    public Optional<AccountManager> findByStaffId(String staffId) {
        return dsl.selectFrom(ACCOUNT_MANAGER).where(ACCOUNT_MANAGER.STAFF_ID.eq(staffId))
                .fetchOptional(JooqAccountManagerRepository::toManager);
    }

    @Override
    public List<AccountManager> findByBranches(Collection<BranchId> branches) {
        return Batches.inChunks(branches.stream().map(BranchId::value).collect(Collectors.toList()),
                chunk -> dsl.selectFrom(ACCOUNT_MANAGER).where(ACCOUNT_MANAGER.BRANCH_ID.in(chunk))
                        .fetch(JooqAccountManagerRepository::toManager))
                .stream().sorted((a, b) -> a.staffId().compareTo(b.staffId())).collect(Collectors.toList());
    }

    @Override
    public void insertGrading(Grading g) {
        dsl.executeInsert(new AccountManagerGradingRecord(g.id(), g.managerId().value(), g.certificationYear(),
                Columns.name(g.evaluation()), Columns.name(g.previousGrade()), g.grade().name(), g.outcome().name(),
                g.approvingLevel().name(), g.approvedBy(), Columns.timestamp(g.recordedAt())));
    }

    @Override
    public List<Grading> findGradings(AccountManagerId managerId) {
        return dsl.selectFrom(ACCOUNT_MANAGER_GRADING)
                .where(ACCOUNT_MANAGER_GRADING.ACCOUNT_MANAGER_ID.eq(managerId.value()))
                .orderBy(ACCOUNT_MANAGER_GRADING.CERTIFICATION_YEAR, ACCOUNT_MANAGER_GRADING.RECORDED_AT)
                .fetch(r -> new Grading(r.getId(), new AccountManagerId(r.getAccountManagerId()),
                        r.getCertificationYear(), Columns.enumOf(Evaluation.class, r.getEvaluation()),
                        Columns.enumOf(Grade.class, r.getPreviousGrade()), Grade.valueOf(r.getGrade()),
                        GradingOutcome.valueOf(r.getOutcome()), BranchLevel.valueOf(r.getApprovingLevel()),
                        r.getApprovedBy(), Columns.instant(r.getRecordedAt())));
    }

    static AccountManagerRecord toRecord(AccountManager m) {
        return new AccountManagerRecord(m.id().value(), m.version(), m.staffId(), m.name(), m.branchId().value(),
                m.grade().name(), m.active(), Columns.timestamp(m.createdAt()), Columns.timestamp(m.updatedAt()));
    }

    static AccountManager toManager(AccountManagerRecord r) {
        return new AccountManager(new AccountManagerId(r.getId()), r.getVersion(), r.getStaffId(), r.getName(),
                new BranchId(r.getBranchId()), Grade.valueOf(r.getGrade()), r.getActive(),
                Columns.instant(r.getCreatedAt()), Columns.instant(r.getUpdatedAt()));
    }
}
