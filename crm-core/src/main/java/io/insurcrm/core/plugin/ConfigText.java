package io.insurcrm.core.plugin;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Text helpers of the plugin configuration: "did you mean" hints and masking of secrets. */
final class ConfigText {
    static final String MASK = "******";
    /** Keys that hold secrets even when a plugin forgot to flag them. */
    private static final Pattern SECRET_LOOKING = Pattern.compile(
            ".*(password|passwd|secret|token|credential|api[-_.]?key|private[-_.]?key).*");

    private ConfigText() {
    }

    /**
     * The closest candidate to a misspelt word, if one is close enough to be a plausible typo:
     * an edit distance of at most a third of the word's length (and at least 1), or one word
     * containing the other.
     */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int limit = Math.max(1, Math.max(word.length(), best.length()) / 3);
        if (bestDistance <= limit) {
            return Optional.of(best);
        }
        if (word.length() < 3) {
            return Optional.empty();
        }
        return candidates.stream().filter(c -> c.contains(word) || word.contains(c))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    }

    /** " (did you mean 'x'?)", or "" when nothing is close. */
    static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    static boolean looksSecret(String key) {
        return SECRET_LOOKING.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    /** A sorted copy of {@code config} with the values of secret keys (declared or looking so) masked. */
    static Map<String, String> masked(Map<String, String> config, Set<String> secretKeys) {
        Map<String, String> out = new TreeMap<>();
        config.forEach((k, v) -> out.put(k, secretKeys.contains(k) || looksSecret(k) ? MASK : v));
        return out;
    }
}
