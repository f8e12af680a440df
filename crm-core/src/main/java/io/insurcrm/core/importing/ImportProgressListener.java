package io.insurcrm.core.importing;

/** Told after each committed batch how far an import has got. Called on the importing thread. */
@FunctionalInterface
public interface ImportProgressListener {
    ImportProgressListener NONE = (rowsRead, report) -> { };

    /**
     * @param rowsRead rows read so far
     * @param soFar    the running counts
     */
    void onBatch(long rowsRead, ImportReport soFar);
}
