package io.insurcrm.testing;

/**
 * A Bloom filter used to draw unique identifiers in a few bits per value instead of a set of strings,
 * so that generating a million customers keeps memory flat. {@link #add} says "new" only if the value
 * was certainly never added: a false "seen" merely makes the caller draw again, so uniqueness is exact.
 */
final class UniqueFilter {
    private static final int HASHES = 7;
    private final long[] words;
    private final long mask;

    UniqueFilter(long expected) {
        long bits = Long.highestOneBit(Math.max(1L << 12, expected * 10) - 1) << 1;
        this.words = new long[(int) (bits >>> 6)];
        this.mask = bits - 1;
    }

    /** Adds {@code value}; true if it was certainly not there before. */
    boolean add(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x100000001b3L;
        }
        long h1 = mix(h);
        long h2 = mix(h1 ^ 0x9e3779b97f4a7c15L) | 1;
        boolean fresh = false;
        for (int i = 0; i < HASHES; i++) {
            long bit = (h1 + i * h2) & mask;
            int w = (int) (bit >>> 6);
            long m = 1L << (bit & 63);
            if ((words[w] & m) == 0) {
                fresh = true;
                words[w] |= m;
            }
        }
        return fresh;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
