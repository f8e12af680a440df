package io.insurcrm.core.importing.internal;

import io.insurcrm.core.common.ValidationException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
        LocalDate fast = raw.length() == 10 ? plainDate(raw, 0) : null;
        if (fast != null) {
            return fast;
        }
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
            Instant fast = plainInstant(raw, zone);
            if (fast != null) {
                return fast;
            }
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

    /*
     * Fast paths for the shapes bulk files use (the formatters cost more than the rest of a row's
     * parsing): they accept only plain digits in the ISO layout and a valid date, and answer null
     * for anything else, which then goes through the formatter with its own checks and messages.
     */

    /** {@code yyyy-MM-dd} at {@code from} (the caller checked the length), or null. */
    private static LocalDate plainDate(String s, int from) {
        if (s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return null;
        }
        int y = digits(s, from, 4);
        int m = digits(s, from + 5, 2);
        int d = digits(s, from + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 28 && d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss} (or a space for the T) in {@code zone}, or with {@code Z} in UTC; else null. */
    private static Instant plainInstant(String s, ZoneId zone) {
        boolean utc = s.length() == 20 && (s.charAt(19) == 'Z' || s.charAt(19) == 'z');
        if (s.length() != 19 && !utc || s.charAt(10) != 'T' && s.charAt(10) != ' '
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        LocalDate date = plainDate(s, 0);
        int h = digits(s, 11, 2);
        int min = digits(s, 14, 2);
        int sec = digits(s, 17, 2);
        if (date == null || h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 59) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(h, min, sec));
        return utc ? local.toInstant(ZoneOffset.UTC) : local.atZone(zone).toInstant();
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
