package io.insurcrm.core.importing;

import io.insurcrm.core.access.Actor;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Idempotent bulk import from core-system exports (underwriting, claims, customer service).
 * Rows are streamed and applied in batches, each batch in one transaction, keyed by natural keys
 * ({@link ImportKind#naturalKey()}): a new key is inserted, a changed row updated, an identical row
 * left alone, so re-running a file changes nothing and says so. A bad row is rejected with its line,
 * field and rule, the good rows land, and no row is ever half-written.
 */
public interface ImportService {

    /** Imports a file; the format comes from its extension. */
    ImportReport importFile(Actor actor, ImportKind kind, Path file, ImportOptions options);

    /**
     * Imports from a reader in the given format. The reader is not closed. With
     * {@link ImportOptions#readAhead()} it is read on a second thread, never by two at once, and not
     * after this method has returned or thrown.
     */
    ImportReport importFrom(Actor actor, ImportKind kind, ImportFormat format, Reader reader, ImportOptions options);
}
