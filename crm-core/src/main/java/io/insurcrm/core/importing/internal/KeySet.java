package io.insurcrm.core.importing.internal;

/**
 * The natural keys seen so far in one import, held as 64-bit hashes in an open-addressing table:
 * about 16 bytes per distinct key (16 MB per million rows), against ~100 bytes for a set of strings.
 * Two different keys share a hash with probability about n²/2⁶⁵ (3·10⁻⁶ for ten million keys); if
 * it ever happened, the later row would be reported as a {@code duplicate-key}, never silently lost.
 */
final class KeySet {
    private long[] slots = new long[1 << 10];
    private int size;
    private boolean hasZero;

    /** Adds the key; false if it (or, with negligible probability, a key of the same hash) was there. */
    boolean add(String key) {
        long h = hash(key);
        if (h == 0) {
            if (hasZero) {
                return false;
            }
            hasZero = true;
            return true;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (!insert(slots, h)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) {
            if (h != 0) {
                insert(bigger, h);
            }
        }
        slots = bigger;
    }

    /** FNV-1a over the UTF-16 units, then the MurmurHash3 finaliser to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
