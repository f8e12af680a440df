package io.insurcrm.core.privacy;

import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.customer.CustomerId;
import java.util.List;

/**
 * Port: what data-subject requests need beyond the other ports. Runs inside the request's
 * transaction; erasure never touches policies, premiums, claims or the audit trail.
 */
public interface DataSubjectRepository {

    /** The customer's complaints, oldest first. */
    List<Complaint> complaintsOf(CustomerId customerId);

    /** Removes the customer from his household, if any. */
    void removeHouseholdMembership(CustomerId customerId);

    /** Replaces the free-text summaries of his interactions and complaints by {@code token}. */
    void scrubFreeText(CustomerId customerId, String token);
}
