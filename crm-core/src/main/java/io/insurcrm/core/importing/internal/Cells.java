package io.insurcrm.core.importing.internal;

import io.insurcrm.core.common.ValidationException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parsers for the text of one cell. Each throws a {@link ValidationException} whose rule and
 * message are kept and whose field is replaced by the column name; messages never quote the value.
 */
final class Cells {
    private Cells() {
    }

    /** Parses the non-blank text of a cell into its typed value. */
    @FunctionalInterface
    interface Parser {
        Object parse(String raw);
    }

    static final Parser TEXT = raw -> raw;

    static final Parser DATE = raw -> {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeException e) {
            throw new ValidationException("", "date", "must be an ISO date yyyy-MM-dd");
        }
    };

    static final Parser DECIMAL = raw -> {
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new ValidationException("", "decimal", "must be a plain decimal number like 1234.50");
        }
    };

    static final Parser INTEGER = raw -> {
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            throw new ValidationException("", "integer", "must be a whole number");
        }
    };

    /** true/false, 1/0, Y/N, yes/no, any case. */
    static final Parser BOOLEAN = raw -> {
        switch (raw.toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
            case "y":
            case "yes":
                return Boolean.TRUE;
            case "false":
            case "0":
            case "n":
            case "no":
                return Boolean.FALSE;
            default:
                throw new ValidationException("", "boolean", "must be true/false, 1/0 or Y/N");
        }
    };

    static final Parser CURRENCY = raw -> {
        try {
            return Currency.getInstance(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("", "currency", "must be an ISO 4217 currency code like CNY");
        }
    };

    /** An enum constant by name, any case; spaces and hyphens count as underscores. */
    static <E extends Enum<E>> Parser enumOf(Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return raw -> {
            String name = raw.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("", "enum", "must be one of " + allowed);
            }
        };
    }

    /** An identifier type's own parse method; its rule and message are kept. */
    static Parser identifier(Function<String, ?> parse) {
        return parse::apply;
    }

    /**
     * An instant: ISO-8601 with {@code Z} or an offset, or a local date-time (with {@code T} or a
     * space between date and time) read in {@code zone}.
     */
    static Parser instant(ZoneId zone) {
        return raw -> {
            try {
                if (raw.endsWith("Z") || raw.endsWith("z")) {
                    return Instant.parse(raw.toUpperCase(Locale.ROOT));
                }
                String s = raw.length() > 10 && raw.charAt(10) == ' ' ? raw.substring(0, 10) + 'T' + raw.substring(11)
                        : raw;
                int t = s.indexOf('T');
                if (t > 0 && (s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0)) {
                    return OffsetDateTime.parse(s).toInstant();
                }
                return LocalDateTime.parse(s).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw new ValidationException("", "date-time",
                        "must be an ISO date-time like 2026-01-31T09:30:00Z or a local 2026-01-31T09:30:00");
            }
        };
    }
}
