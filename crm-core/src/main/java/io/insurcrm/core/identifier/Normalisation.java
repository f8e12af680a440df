package io.insurcrm.core.identifier;

/** Text clean-up shared by the identifier types: full-width forms to ASCII, separators removed. */
public final class Normalisation {
    private Normalisation() {
    }

    /**
     * Maps full-width ASCII variants (U+FF01..U+FF5E) to ASCII, drops white space (including the
     * ideographic space U+3000), hyphens and middle dots, and upper-cases Latin letters.
     */
    public static String compact(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || c == '\u3000' || c == '-' || c == '\u00B7' || c == '\u30FB'
                    || c == '.') {
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Keeps the first {@code head} and last {@code tail} characters, masking the rest with '*'. */
    public static String mask(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
