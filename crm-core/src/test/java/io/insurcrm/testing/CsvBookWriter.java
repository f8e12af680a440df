package io.insurcrm.testing;

import io.insurcrm.core.importing.ImportKind;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link BookSink} writing the five import files ({@link SyntheticBook#fileName}) into a folder, UTF-8,
 * each with the header of its {@link ImportKind}. Streams: nothing is kept in memory.
 */
public final class CsvBookWriter implements BookSink, Closeable {
    private final Map<ImportKind, Writer> writers = new EnumMap<>(ImportKind.class);

    /** Creates (or truncates) the five files in {@code folder}, which must exist. */
    public CsvBookWriter(Path folder) throws IOException {
        try {
            for (ImportKind kind : ImportKind.values()) {
                Writer w = new BufferedWriter(Files.newBufferedWriter(folder.resolve(SyntheticBook.fileName(kind)),
                        StandardCharsets.UTF_8), 1 << 16);
                writers.put(kind, w);
                Csv.writeRow(w, kind.columns());
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    @Override
    public void branch(BranchRow row) {
        write(ImportKind.BRANCHES, row.cells());
    }

    @Override
    public void customer(CustomerRow row) {
        write(ImportKind.CUSTOMERS, row.cells());
    }

    @Override
    public void policy(PolicyRow row) {
        write(ImportKind.POLICIES, row.cells());
    }

    @Override
    public void claim(ClaimRow row) {
        write(ImportKind.CLAIMS, row.cells());
    }

    @Override
    public void interaction(InteractionRow row) {
        write(ImportKind.INTERACTIONS, row.cells());
    }

    private void write(ImportKind kind, List<String> cells) {
        try {
            Csv.writeRow(writers.get(kind), cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
