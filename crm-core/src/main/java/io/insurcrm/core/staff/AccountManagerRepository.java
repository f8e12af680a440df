package io.insurcrm.core.staff;

import io.insurcrm.core.organisation.BranchId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: persistence of account managers and their grade decisions. */
public interface AccountManagerRepository {

    /** @throws io.insurcrm.core.common.DuplicateException if the staff id is taken */
    void insert(AccountManager manager);

    /** Versioned write. @throws io.insurcrm.core.common.ConflictException if stale */
    void update(AccountManager next);

    Optional<AccountManager> findById(AccountManagerId id);

    Optional<AccountManager> findByStaffId(String staffId);

    /** Managers of these branches, by staff id. */
    List<AccountManager> findByBranches(Collection<BranchId> branches);

    /** @throws io.insurcrm.core.common.DuplicateException if the manager already has a grading for that year */
    void insertGrading(Grading grading);

    /** Oldest first. */
    List<Grading> findGradings(AccountManagerId managerId);
}
