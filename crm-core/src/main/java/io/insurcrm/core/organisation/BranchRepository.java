package io.insurcrm.core.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: persistence of branches. */
public interface BranchRepository {

    /** @throws io.insurcrm.core.common.DuplicateException if the code is taken */
    void insert(Branch branch);

    /**
     * Inserts the branches in list order (a parent before its children), as one batch where the
     * store can. The default inserts them one by one.
     *
     * @throws io.insurcrm.core.common.DuplicateException if a code is taken
     */
    default void insertAll(List<Branch> branches) {
        branches.forEach(this::insert);
    }

    Optional<Branch> findById(BranchId id);

    Optional<Branch> findByCode(String code);

    Map<String, Branch> findByCodes(Collection<String> codes);

    /** The ids of the branches with these codes, by code, reading no other column; unknown codes are absent. */
    default Map<String, BranchId> findIdsByCodes(Collection<String> codes) {
        Map<String, BranchId> found = new HashMap<>();
        findByCodes(codes).forEach((code, branch) -> found.put(code, branch.id()));
        return found;
    }

    /** Head office first, then by level and code. */
    List<Branch> findAll();
}
