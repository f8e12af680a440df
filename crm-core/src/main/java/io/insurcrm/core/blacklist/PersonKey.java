package io.insurcrm.core.blacklist;

import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.Normalisation;
import java.time.LocalDate;

/**
 * The identifiers a person is matched on: national ID number and mobile (already canonical through
 * their types: 15→18 digits, upper-case X, full-width and separators removed, +86 dropped), and name
 * plus date of birth, the name compacted the same way (full-width → ASCII, white space removed,
 * Latin upper-cased). Any may be absent. {@link #toString()} shows no personal data.
 */
public record PersonKey(NationalIdNumber nationalId, MobileNumber mobile, String name, LocalDate dateOfBirth) {
    public PersonKey {
        name = name == null || name.isBlank() ? null : normaliseName(name);
    }

    public static PersonKey of(CustomerProfile profile) {
        return new PersonKey(profile.nationalId(), profile.mobile(), profile.name(), profile.dateOfBirth());
    }

    /** Whether name and date of birth are both known (the pair is an identifier only together). */
    public boolean hasNameAndBirthDate() {
        return name != null && dateOfBirth != null;
    }

    public boolean isEmpty() {
        return nationalId == null && mobile == null && !hasNameAndBirthDate();
    }

    public static String normaliseName(String name) {
        return Normalisation.compact(name);
    }

    @Override
    public String toString() {
        return "PersonKey[" + (nationalId != null ? "nationalId " : "") + (mobile != null ? "mobile " : "")
                + (hasNameAndBirthDate() ? "name+dob" : "") + "]";
    }
}
