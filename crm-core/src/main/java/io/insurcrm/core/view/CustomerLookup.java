package io.insurcrm.core.view;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.policy.NewPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A way to find a customer: by any of the identifiers a front-line user may have at hand.
 * {@link #candidates(String)} reads a raw string and lists what it could be, most specific first.
 */
public sealed interface CustomerLookup {

    /** By customer id. */
    record ById(CustomerId id) implements CustomerLookup {
        public ById {
            Objects.requireNonNull(id, "id");
        }
    }

    /** By national ID number (18 or legacy 15 digits, normalised). */
    record ByNationalId(NationalIdNumber nationalId) implements CustomerLookup {
        public ByNationalId {
            Objects.requireNonNull(nationalId, "nationalId");
        }
    }

    /** By mobile number. */
    record ByMobile(MobileNumber mobile) implements CustomerLookup {
        public ByMobile {
            Objects.requireNonNull(mobile, "mobile");
        }
    }

    /** By licence plate: the holder of the most recent policy on that vehicle. */
    record ByLicencePlate(LicencePlate plate) implements CustomerLookup {
        public ByLicencePlate {
            Objects.requireNonNull(plate, "plate");
        }
    }

    /** By policy number: the holder of that policy. */
    record ByPolicyNumber(String policyNumber) implements CustomerLookup {
        public ByPolicyNumber {
            Objects.requireNonNull(policyNumber, "policyNumber");
            policyNumber = NewPolicy.canonicalNumber(policyNumber);
        }

        @Override
        public String toString() {
            return "ByPolicyNumber[" + policyNumber + "]";
        }
    }

    Pattern UUID_SHAPE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * Every reading of {@code raw} that is well-formed, most specific first: a customer id, a
     * national ID number, a mobile, a licence plate, and always last a policy number (policy
     * numbers have no fixed shape). A caller tries them in order and takes the first hit, so a
     * 15-digit policy number that also parses as a legacy ID number is still found.
     */
    static List<CustomerLookup> candidates(String raw) {
        List<CustomerLookup> out = new ArrayList<>(3);
        if (raw == null || raw.isBlank()) {
            return out;
        }
        String s = raw.strip();
        if (UUID_SHAPE.matcher(s).matches()) {
            out.add(new ById(new CustomerId(UUID.fromString(s))));
            return out;
        }
        NationalIdNumber.tryParse(s).ifPresent(id -> out.add(new ByNationalId(id)));
        MobileNumber.tryParse(s).ifPresent(m -> out.add(new ByMobile(m)));
        LicencePlate.tryParse(s).ifPresent(p -> out.add(new ByLicencePlate(p)));
        out.add(new ByPolicyNumber(s));
        return out;
    }

    /** The single best reading of {@code raw}, if any. */
    static Optional<CustomerLookup> parse(String raw) {
        List<CustomerLookup> c = candidates(raw);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }
}
