package io.insurcrm.core.identifier;

import io.insurcrm.core.common.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A mainland China mobile number in canonical form: 11 digits starting with 1 and a second digit
 * 3–9. Parsing strips spaces, hyphens, full-width digits and a {@code +86} / {@code 0086} prefix.
 * {@link #toString()} is masked (first 3 and last 4 digits kept).
 */
public record MobileNumber(String value) {
    private static final String FIELD = "mobile";

    public MobileNumber {
        Objects.requireNonNull(value, "value");
        if (!isCanonical(value)) {
            throw new ValidationException(FIELD, "format", "must be an 11-digit mainland mobile number starting 13-19");
        }
    }

    public static MobileNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException(FIELD, "required", "is required");
        }
        return new MobileNumber(withoutCountryCode(Normalisation.compact(raw)));
    }

    /** Like {@link #parse} but empty instead of an exception, decided without throwing. */
    public static Optional<MobileNumber> tryParse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = withoutCountryCode(Normalisation.compact(raw));
        return isCanonical(s) ? Optional.of(new MobileNumber(s)) : Optional.empty();
    }

    private static String withoutCountryCode(String s) {
        if (s.startsWith("+86")) {
            return s.substring(3);
        } else if (s.startsWith("0086")) {
            return s.substring(4);
        } else if (s.startsWith("86") && s.length() == 13) {
            return s.substring(2);
        }
        return s;
    }

    public String masked() {
        return Normalisation.mask(value, 3, 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static boolean isCanonical(String s) {
        return s.length() == 11 && Normalisation.allDigits(s, 0, 11) && s.charAt(0) == '1' && s.charAt(1) >= '3';
    }
}
