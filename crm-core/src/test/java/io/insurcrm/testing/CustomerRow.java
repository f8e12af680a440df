package io.insurcrm.testing;

import io.insurcrm.core.customer.Address;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.customer.Education;
import io.insurcrm.core.customer.Gender;
import io.insurcrm.core.customer.MaritalStatus;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.identifier.NationalIdNumber;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One row of {@code customers.csv} ({@link io.insurcrm.core.importing.ImportKind#CUSTOMERS}), with the
 * values exactly as written: {@code nationalId} may be in the legacy 15-digit form or end in a
 * lower-case {@code x}; {@link #key()} gives the normalised natural key.
 */
public record CustomerRow(CustomerKind kind, String name, String nationalId, String organisationCode, Gender gender,
        LocalDate dateOfBirth, String nativePlace, MaritalStatus maritalStatus, Education education, String mobile,
        String email, String employer, String department, String position, String occupation,
        Integer occupationClass, String industry, Address work, Address home, String workPhone, String homePhone,
        String fax, String lifeSituation, String branchCode, String householdCode,
        Relationship householdRelationship) {

    /** The natural key after normalisation: the canonical 18-character ID number, or the organisation code. */
    public String key() {
        return nationalId != null ? NationalIdNumber.parse(nationalId).value() : organisationCode;
    }

    /** The values in the order of {@code ImportKind.CUSTOMERS.columns()}. */
    public List<String> cells() {
        return Arrays.asList(Csv.text(kind), name, nationalId, organisationCode, Csv.text(gender),
                Csv.text(dateOfBirth), nativePlace, Csv.text(maritalStatus), Csv.text(education), mobile, email,
                employer, department, position, occupation, Csv.text(occupationClass), industry,
                work == null ? null : work.province(), work == null ? null : work.city(),
                work == null ? null : work.district(), work == null ? null : work.line(),
                work == null ? null : work.postcode(),
                home == null ? null : home.province(), home == null ? null : home.city(),
                home == null ? null : home.district(), home == null ? null : home.line(),
                home == null ? null : home.postcode(),
                workPhone, homePhone, fax, lifeSituation, branchCode, householdCode, Csv.text(householdRelationship));
    }

    @Override
    public String toString() {
        return "CustomerRow[" + kind + " " + branchCode + "]";
    }
}
