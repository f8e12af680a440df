package io.insurcrm.core.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: complaints, their history and the aggregates of the monthly analysis. */
public interface ComplaintRepository {

    void insert(Complaint complaint);

    /** Versioned batch write. @throws io.insurcrm.core.common.ConflictException for the first stale one */
    void updateAll(List<Complaint> next);

    void insertEvents(List<ComplaintEvent> events);

    Optional<Complaint> findById(ComplaintId id);

    /** Oldest first. */
    List<ComplaintEvent> history(ComplaintId id);

    /**
     * Complaints past their deadline at {@code now} (deadline &lt;= now) whose responsible branch has a
     * parent, with that parent and their history count: one query.
     */
    List<EscalationCandidate> findEscalationCandidates(Instant now, int limit);

    /** The analysis of complaints received in [from, to): aggregate queries, no rows fetched. */
    ComplaintAnalysis analyse(java.time.YearMonth month, Instant from, Instant to);
}
