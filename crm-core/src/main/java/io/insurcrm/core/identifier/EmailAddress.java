package io.insurcrm.core.identifier;

import io.insurcrm.core.common.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, trimmed, with its domain lower-cased. The check is the practical one (local
 * part, one {@code @}, a dotted domain), not full RFC 5322. {@link #toString()} is masked.
 */
public record EmailAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new ValidationException("email", "format", "must be an e-mail address like name@example.com");
        }
    }

    public static EmailAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException("email", "required", "is required");
        }
        String s = raw.strip();
        int at = s.lastIndexOf('@');
        if (at > 0) {
            s = s.substring(0, at) + s.substring(at).toLowerCase(Locale.ROOT);
        }
        return new EmailAddress(s);
    }

    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return masked();
    }
}
