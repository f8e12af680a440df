package io.insurcrm.core.importing.internal;

import io.insurcrm.core.importing.RowError;
import java.util.List;

/**
 * One batch as read and parsed (phase 1), not yet applied.
 *
 * @param rows     the rows to apply, in file order: valid rows with distinct keys, and rows whose cells
 *                 failed but whose key is valid (checked further, never written)
 * @param errors   the problems of the rows rejected while reading (bad rows, rows without a valid key,
 *                 repeated keys)
 * @param rejected how many rows were rejected while reading
 * @param rowsRead rows read from the start of the input up to the end of this batch
 */
record ReadBatch(List<ParsedRow> rows, List<RowError> errors, long rejected, long rowsRead) {
}
