package io.insurcrm.core.importing.internal;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.importing.ImportFormat;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.core.importing.ImportService;
import java.io.Reader;
import java.nio.file.Path;

/** PLACEHOLDER: being written in the import work package. */
public final class DefaultImportService implements ImportService {
    @jakarta.inject.Inject
    public DefaultImportService() {
    }

    @Override
    public ImportReport importFile(Actor actor, ImportKind kind, Path file, ImportOptions options) {
        throw new UnsupportedOperationException("import not written yet");
    }

    @Override
    public ImportReport importFrom(Actor actor, ImportKind kind, ImportFormat format, Reader reader,
            ImportOptions options) {
        throw new UnsupportedOperationException("import not written yet");
    }
}
