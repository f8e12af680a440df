package io.insurcrm.core.identifier;

import io.insurcrm.core.common.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character natural key of a
 * corporate customer, with its MOD 31 check character validated.
 */
public record OrganisationCode(String value) {
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public OrganisationCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != 18 || !value.chars().allMatch(c -> CHARS.indexOf(c) >= 0)) {
            throw new ValidationException("organisationCode", "format",
                    "must be 18 characters of digits and upper-case letters (no I, O, S, V, Z)");
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new ValidationException("organisationCode", "checksum", "check character does not match (GB 32100)");
        }
    }

    public static OrganisationCode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException("organisationCode", "required", "is required");
        }
        return new OrganisationCode(Normalisation.compact(raw));
    }

    public static Optional<OrganisationCode> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARS.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new ValidationException("organisationCode", "format", "contains a character outside the code set");
            }
            sum += v * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
