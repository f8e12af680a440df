package io.insurcrm.core.identifier;

import io.insurcrm.core.common.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A PRC resident identity card number (GB 11643-1999), always held in its canonical 18-character
 * form: 6-digit region code, 8-digit birth date, 3-digit sequence (odd for men, even for women) and
 * an ISO 7064 MOD 11-2 check character ({@code 0-9} or upper-case {@code X}).
 *
 * <p>{@link #parse(String)} accepts what core systems really export: lower-case {@code x},
 * spaces, full-width digits, and the legacy 15-digit form (two-digit year, no check character),
 * which is converted to 18 characters so one person has one key.
 *
 * <p>{@link #toString()} is masked: an ID number never reaches a log by accident.
 */
public record NationalIdNumber(String value) {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final String FIELD = "nationalId";

    public NationalIdNumber {
        Objects.requireNonNull(value, "value");
        String problem = problemWithCanonical(value);
        if (problem != null) {
            throw new ValidationException(FIELD, problem, messageFor(problem));
        }
    }

    /** Normalises and validates a raw ID number, 18 or 15 characters. */
    public static NationalIdNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException(FIELD, "required", "is required");
        }
        String s = canonicalForm(Normalisation.compact(raw));
        if (s == null) {
            throw new ValidationException(FIELD, "format", messageFor("format"));
        }
        return new NationalIdNumber(s);
    }

    /**
     * Like {@link #parse} but empty instead of an exception; decides without throwing, so trying
     * every reading of a search term (see the 360° view) costs no stack traces.
     */
    public static Optional<NationalIdNumber> tryParse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = canonicalForm(Normalisation.compact(raw));
        return s == null || problemWithCanonical(s) != null ? Optional.empty() : Optional.of(new NationalIdNumber(s));
    }

    /** The 18-character form of a compacted 18- or 15-character number; null if 15 but not all digits. */
    private static String canonicalForm(String s) {
        if (s.length() != 15) {
            return s;
        }
        if (!Normalisation.allDigits(s, 0, 15)) {
            return null;
        }
        String body = s.substring(0, 6) + "19" + s.substring(6, 15);
        return body + checkCharacter(body);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The date of birth encoded in positions 7–14. */
    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** True if the sequence digit (17th character) is odd, which GB 11643 assigns to men. */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** The first six digits: the administrative region where the number was issued. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** First 6 and last 4 characters kept, the rest masked. */
    public String masked() {
        return Normalisation.mask(value, 6, 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String problemWithCanonical(String s) {
        if (s.length() != 18 || !Normalisation.allDigits(s, 0, 17)) {
            return "format";
        }
        char last = s.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return "format";
        }
        if (s.charAt(0) == '0') {
            return "region";
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
            if (birth.getYear() < 1880) {
                return "birth-date";
            }
        } catch (DateTimeException e) {
            return "birth-date";
        }
        if (checkCharacter(s) != last) {
            return "checksum";
        }
        return null;
    }

    private static String messageFor(String rule) {
        return switch (rule) {
            case "format" -> "must be 18 characters (17 digits and a check digit or X) or 15 digits";
            case "region" -> "must start with a valid region code";
            case "birth-date" -> "must contain a valid birth date";
            case "checksum" -> "check digit does not match (GB 11643)";
            default -> "is invalid";
        };
    }
}
