package io.insurcrm.testing;

import io.insurcrm.core.customer.CustomerKind;

/**
 * A generated customer worth looking up, with the identifiers a test or a demo can use.
 *
 * @param key                 the natural key after normalisation (18-character ID number or organisation code)
 * @param nationalIdAsWritten the ID number as written in customers.csv: differs from {@code key} when
 *                            written in the legacy 15-digit form or with a lower-case x; null for corporates
 * @param mobile              may be null
 * @param licencePlate        a vehicle this customer insures, or null
 * @param policyNumber        the customer's first policy
 * @param householdCode       null if in no household
 */
public record SampleCustomer(CustomerKind kind, String key, String nationalIdAsWritten, String mobile,
        String licencePlate, String policyNumber, int policies, int claims, String householdCode) {

    /** True if the ID number is written in a form that the importer must normalise. */
    public boolean writtenInNonCanonicalForm() {
        return nationalIdAsWritten != null && !nationalIdAsWritten.equals(key);
    }

    @Override
    public String toString() {
        return "SampleCustomer[" + kind + ", " + policies + " policies, " + claims + " claims]";
    }
}
