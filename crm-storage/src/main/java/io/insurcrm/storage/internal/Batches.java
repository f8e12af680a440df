package io.insurcrm.storage.internal;

import io.insurcrm.core.common.ConflictException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * The write and bulk-read patterns every repository shares: JDBC batches of one prepared statement
 * (multi-row inserts on PostgreSQL through {@code reWriteBatchedInserts}), optimistic-lock updates,
 * and IN lists cut into chunks.
 */
final class Batches {
    /** Rows per JDBC batch and keys per IN list. */
    static final int CHUNK = 1_000;

    private Batches() {
    }

    /** Inserts every column of {@code rows} as JDBC batches of one prepared statement. */
    static <R extends TableRecord<R>> void insert(DSLContext dsl, Table<R> table, List<R> rows) {
        Field<?>[] fields = table.fields();
        for (List<R> chunk : chunks(rows)) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(table).columns(fields).values(new Object[fields.length]));
            for (R row : chunk) {
                batch.bind(row.intoArray());
            }
            batch.execute();
        }
    }

    /**
     * Writes each row (the next version of an aggregate) where its id has the previous version:
     * {@code UPDATE t SET … WHERE id = ? AND version = row.version - 1}, batched.
     *
     * @throws ConflictException for the first row that updated nothing: stale, or deleted
     */
    static <R extends TableRecord<R>> void updateVersioned(DSLContext dsl, Table<R> table, TableField<R, UUID> id,
            TableField<R, Long> version, List<R> rows) {
        List<Field<?>> setFields = new ArrayList<>(Arrays.asList(table.fields()));
        setFields.remove(id);
        Map<Field<?>, Field<?>> assignments = new LinkedHashMap<>();
        for (Field<?> f : setFields) {
            assignments.put(f, DSL.val(null, f));
        }
        String entity = SqlErrors.camel(table.getName());
        for (List<R> chunk : chunks(rows)) {
            BatchBindStep batch = dsl.batch(dsl.update(table).set(assignments)
                    .where(id.eq(DSL.val(null, id))).and(version.eq(DSL.val(null, version))));
            for (R row : chunk) {
                Object[] binds = new Object[setFields.size() + 2];
                for (int i = 0; i < setFields.size(); i++) {
                    binds[i] = row.get(setFields.get(i));
                }
                binds[binds.length - 2] = row.get(id);
                binds[binds.length - 1] = row.get(version) - 1;
                batch.bind(binds);
            }
            int[] counts = batch.execute();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    R row = chunk.get(i);
                    throw new ConflictException(entity, row.get(id), row.get(version) - 1);
                }
            }
        }
    }

    /**
     * Runs {@code query} once per chunk of the distinct {@code keys} and concatenates the results:
     * one query for up to {@link #CHUNK} keys.
     */
    static <K, T> List<T> inChunks(Collection<K> keys, Function<List<K>, List<T>> query) {
        List<T> result = new ArrayList<>();
        for (List<K> chunk : chunks(new ArrayList<>(new LinkedHashSet<>(keys)))) {
            result.addAll(query.apply(chunk));
        }
        return result;
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>((items.size() + CHUNK - 1) / CHUNK);
        for (int from = 0; from < items.size(); from += CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
        }
        return chunks;
    }
}
