package io.insurcrm.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The portable way for a repository to insert only the rows whose unique key is not stored yet:
 * look the keys up, insert the others, return the keys that were stored. The default of the
 * repositories' {@code insertNew}; a store may do both in one statement instead.
 */
public final class InsertNew {
    private InsertNew() {
    }

    /**
     * Inserts those of {@code rows} whose key ({@code key}, never null, a different one per row) is
     * not among {@code findStored} of all keys, with {@code insertAll}; returns the stored keys.
     */
    public static <T> Set<String> byLookup(List<T> rows, Function<T, String> key,
            Function<List<String>, Set<String>> findStored, Consumer<List<T>> insertAll) {
        List<String> keys = new ArrayList<>(rows.size());
        for (T row : rows) {
            keys.add(Objects.requireNonNull(key.apply(row), "key"));
        }
        Set<String> stored = findStored.apply(keys);
        List<T> fresh = new ArrayList<>(rows.size());
        for (T row : rows) {
            if (!stored.contains(key.apply(row))) {
                fresh.add(row);
            }
        }
        if (!fresh.isEmpty()) {
            insertAll.accept(fresh);
        }
        return stored;
    }
}
