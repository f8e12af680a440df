package io.insurcrm.core.identifier;

import io.insurcrm.core.common.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland China vehicle licence plate (GA 36), canonical form without separators: a province
 * abbreviation, an issuing-authority letter, then 5 characters (6 for new-energy vehicles), or 4
 * characters and a special character (挂 trailer, 学 learner, 警 police, 港/澳 cross-border).
 * Parsing upper-cases and strips spaces, middle dots and hyphens: {@code 粤b·12345} is {@code 粤B12345}.
 */
public record LicencePlate(String value) {
    private static final Pattern SHAPE = Pattern.compile(
            "^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z](?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳])$");

    public LicencePlate {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new ValidationException("licencePlate", "format",
                    "must be a province character, a letter and 5 or 6 letters or digits");
        }
    }

    public static LicencePlate parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException("licencePlate", "required", "is required");
        }
        return new LicencePlate(Normalisation.compact(raw));
    }

    /** Like {@link #parse} but empty instead of an exception, decided without throwing. */
    public static Optional<LicencePlate> tryParse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = Normalisation.compact(raw);
        return SHAPE.matcher(s).matches() ? Optional.of(new LicencePlate(s)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
