package io.insurcrm.core.importing.internal;

import io.insurcrm.core.importing.RowError;
import io.insurcrm.core.importing.internal.BatchOutcome.RowProblems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 1 of an import, which needs nothing stored: reads up to a batch of rows, parses each, and
 * rejects the rows that are bad as read, the rows without a valid natural key, and the later rows of
 * a key already seen in this file (the first row wins). Used by one thread at a time.
 */
final class BatchReader implements BatchSource {
    private final KindHandler handler;
    private final RowReader rows;
    private final int batchSize;
    private final KeySet seen = new KeySet();
    private long rowsRead;

    BatchReader(KindHandler handler, RowReader rows, int batchSize) {
        this.handler = handler;
        this.rows = rows;
        this.batchSize = batchSize;
    }

    @Override
    public ReadBatch next() throws IOException {
        List<ParsedRow> batch = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        long rejected = 0;
        int read = 0;
        SourceRow row;
        while (read < batchSize && (row = rows.next()) != null) {
            read++;
            if (row.isBad()) {
                rejected++;
                errors.addAll(row.errors());
                continue;
            }
            RowProblems problems = new RowProblems(row.line());
            ParsedRow parsed = handler.parse(row, problems);
            if (parsed == null) {
                rejected++;
                errors.addAll(problems.errors());
            } else if (parsed.validateOnly()) {
                batch.add(parsed); // checked further for a complete report, never written, key not taken
            } else if (!seen.add(parsed.key())) {
                rejected++;
                errors.add(new RowError(row.line(), handler.keyColumn(parsed), "duplicate-key",
                        "repeats the key of an earlier row of this file; the first row wins"));
            } else {
                batch.add(parsed);
            }
        }
        if (read == 0) {
            return null;
        }
        rowsRead += read;
        return new ReadBatch(batch, errors, rejected, rowsRead);
    }
}
