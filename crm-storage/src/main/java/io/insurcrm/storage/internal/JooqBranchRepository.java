package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.BRANCH;

import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.storage.internal.jooq.tables.records.BranchRecord;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

final class JooqBranchRepository implements BranchRepository {
    private static final Comparator<Branch> HIERARCHY_ORDER = Comparator
            .comparing((Branch b) -> b.level().ordinal()).thenComparing(Branch::code);

    private final DSLContext dsl;

    @Inject
    JooqBranchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(Branch branch) {
        dsl.executeInsert(toRecord(branch));
    }

    @Override
    public void insertAll(List<Branch> branches) {
        // one JDBC batch: PostgreSQL checks the parent of a row inserted in the same statement at its end
        Batches.insert(dsl, BRANCH, branches.stream().map(b -> Batches.valuesOnly(toRecord(b)))
                .collect(Collectors.toList()));
    }

    @Override
    public Optional<Branch> findById(BranchId id) {
        return dsl.selectFrom(BRANCH).where(BRANCH.ID.eq(id.value())).fetchOptional(JooqBranchRepository::toBranch);
    }

    @Override
    public Optional<Branch> findByCode(String code) {
        return dsl.selectFrom(BRANCH).where(BRANCH.CODE.eq(code)).fetchOptional(JooqBranchRepository::toBranch);
    }

    @Override
    public Map<String, Branch> findByCodes(Collection<String> codes) {
        return Batches.inChunks(codes, chunk -> dsl.selectFrom(BRANCH).where(BRANCH.CODE.in(chunk))
                .fetch(JooqBranchRepository::toBranch))
                .stream().collect(Collectors.toMap(Branch::code, Function.identity()));
    }

    @Override
    public Map<String, BranchId> findIdsByCodes(Collection<String> codes) {
        Map<String, BranchId> found = new HashMap<>();
        Batches.idsByKey(dsl, BRANCH, BRANCH.ID, BRANCH.CODE, codes)
                .forEach((code, id) -> found.put(code, new BranchId(id)));
        return found;
    }

    @Override
    public List<Branch> findAll() {
        // level is stored by name, so its order is applied here; a branch table is small
        return dsl.selectFrom(BRANCH).fetch(JooqBranchRepository::toBranch).stream().sorted(HIERARCHY_ORDER)
                .collect(Collectors.toList());
    }

    static BranchRecord toRecord(Branch b) {
        return new BranchRecord(b.id().value(), b.code(), b.name(), b.level().name(),
                Columns.map(b.parentId(), BranchId::value), b.region());
    }

    static Branch toBranch(BranchRecord r) {
        return new Branch(new BranchId(r.getId()), r.getCode(), r.getName(), BranchLevel.valueOf(r.getBranchLevel()),
                Columns.map(r.getParentId(), BranchId::new), r.getRegion());
    }
}
