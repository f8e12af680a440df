package io.insurcrm.core.view;

import io.insurcrm.core.customer.Address;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.customer.Education;
import io.insurcrm.core.customer.Gender;
import io.insurcrm.core.customer.MaritalStatus;
import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer as one actor may see him: what the services hand out instead of the raw
 * {@link io.insurcrm.core.customer.Customer}. Each personal field is a string that is the stored value
 * (clear), a partial value (masked: an ID number keeps its first 6 and last 4 characters, a mobile
 * its first 3 and last 4, a name its surname followed by {@code *}, a phone its last 4 digits, an
 * e-mail its first letter and domain, a birth date its year) or {@code null} (hidden, or not on
 * file). A masked address keeps only province and city. {@link #toString()} shows no personal data.
 *
 * @param version the optimistic-lock version, for a following update
 */
public record CustomerCard(CustomerId id, long version, CustomerKind kind, BranchId branchId, String name,
        Gender gender, String dateOfBirth, String nativePlace, MaritalStatus maritalStatus, Education education,
        String nationalId, String organisationCode, String mobile, String email, String employer,
        String department, String position, String occupation, Integer occupationClass, String industry,
        Address workAddress, Address homeAddress, String workPhone, String homePhone, String fax,
        String lifeSituation, Instant createdAt, Instant updatedAt) {
    public CustomerCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(branchId, "branchId");
    }

    @Override
    public String toString() {
        return "CustomerCard[" + id + " v" + version + " " + kind + "]";
    }
}
