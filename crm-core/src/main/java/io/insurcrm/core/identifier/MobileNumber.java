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
        String s = Normalisation.compact(raw);
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        } else if (s.startsWith("86") && s.length() == 13) {
            s = s.substring(2);
        }
        return new MobileNumber(s);
    }

    public static Optional<MobileNumber> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (ValidationException e) {
            return Optional.empty();
        }
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
