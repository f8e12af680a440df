package io.insurcrm.core.importing.internal;

import java.io.IOException;

/** Yields an import's input one {@link ReadBatch} at a time, in file order. */
interface BatchSource {

    /** The next batch, or {@code null} at the end of the input. */
    ReadBatch next() throws IOException;
}
