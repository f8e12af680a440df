package io.insurcrm.core.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: persistence of branches. */
public interface BranchRepository {

    /** @throws io.insurcrm.core.common.DuplicateException if the code is taken */
    void insert(Branch branch);

    Optional<Branch> findById(BranchId id);

    Optional<Branch> findByCode(String code);

    Map<String, Branch> findByCodes(Collection<String> codes);

    /** Head office first, then by level and code. */
    List<Branch> findAll();
}
