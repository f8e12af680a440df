package io.insurcrm.core.importing;

import static io.insurcrm.core.importing.Fixtures.ACTOR;
import static io.insurcrm.core.importing.Fixtures.NID_A;
import static io.insurcrm.core.importing.Fixtures.NID_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.common.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Read-ahead (the next batch read and parsed on a thread of its own) changes where phase 1 runs, not
 * what an import does: the same report, progress calls and stored rows as without it; errors of the
 * input after the batches before them; and no reading of the input once the import has ended.
 */
class ReadAheadImportTest {
    private static final String THREAD = "insurcrm-import-reader";
    private static final String HEADER = "name,national_id,mobile,branch_code";

    /** A valid, distinct national ID for each i (birth dates a day apart from 1960). */
    private static String nid(int i) {
        String birth = LocalDate.of(1960, 1, 1).plusDays(i).toString().replace("-", "");
        return Fixtures.nid("110105" + birth + "001");
    }

    private static String customers(int rows) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i < rows; i++) {
            lines.add("Customer " + i + "," + nid(i) + ",,GD");
        }
        return Fixtures.lines(lines.toArray(String[]::new));
    }

    /**
     * Good rows, and in several batches: a ragged row, a row without a key, a repeated key, a bad cell
     * with a valid key (checked further, never written), an unknown branch.
     */
    private static String mixed() {
        return Fixtures.lines(HEADER,
                "Zhang San," + NID_A + ",13800138000,GD",
                "Ragged,row",
                "No Key,,13900139000,GD",
                "Li Si," + NID_B + ",,GD",
                "Zhang Again," + NID_A + ",,GD",
                "Bad Mobile," + nid(1) + ",12345,GD",
                "Nowhere," + nid(2) + ",,XX",
                "Wang Wu," + nid(3) + ",13700137000,HO",
                "Zhao Liu," + nid(4) + ",,GD");
    }

    private static List<String> names(Fixtures f) {
        return f.store.customers.values().stream().map(c -> c.profile().name() + "/" + c.version())
                .sorted().toList();
    }

    @Test
    void givesTheSameReportProgressAndRowsAsWithout() {
        Fixtures on = new Fixtures().withBranches();
        Fixtures off = new Fixtures().withBranches();
        Fixtures.Progress onProgress = new Fixtures.Progress();
        Fixtures.Progress offProgress = new Fixtures.Progress();
        ImportOptions options = ImportOptions.DEFAULTS.withBatchSize(2);

        ImportReport a = on.csv(ImportKind.CUSTOMERS, mixed(), options.withProgress(onProgress));
        ImportReport b = off.csv(ImportKind.CUSTOMERS, mixed(), options.withProgress(offProgress).withReadAhead(false));

        assertEquals(9, a.rowsRead());
        assertEquals(4, a.inserted());
        assertEquals(5, a.rejectedCount());
        assertEquals(List.of(2L, 4L, 6L, 8L, 9L), onProgress.rowsRead);
        assertEquals(offProgress.rowsRead, onProgress.rowsRead);
        assertEquals(offProgress.reports.stream().map(ImportReport::inserted).toList(),
                onProgress.reports.stream().map(ImportReport::inserted).toList());
        assertEquals(offProgress.reports.stream().map(ImportReport::rejectedCount).toList(),
                onProgress.reports.stream().map(ImportReport::rejectedCount).toList());
        assertEquals(List.of(3L, 4L, 6L, 7L, 8L), a.rejected().stream().map(RowError::line).distinct().toList());
        assertEquals(b.rejected(), a.rejected());
        assertEquals(List.of(b.rowsRead(), b.inserted(), b.updated(), b.unchanged(), b.rejectedCount()),
                List.of(a.rowsRead(), a.inserted(), a.updated(), a.unchanged(), a.rejectedCount()));
        assertEquals(List.of("Li Si/1", "Wang Wu/1", "Zhang San/1", "Zhao Liu/1"), names(on));
        assertEquals(names(off), names(on));
    }

    @Test
    void readsOnItsOwnThreadOnlyWhenAsked() {
        RecordingReader on = new RecordingReader(customers(50), -1);
        RecordingReader off = new RecordingReader(customers(50), -1);
        Fixtures f = new Fixtures().withBranches();
        ImportReport a = f.service.importFrom(ACTOR, ImportKind.CUSTOMERS, ImportFormat.CSV, on,
                ImportOptions.DEFAULTS.withBatchSize(10));
        ImportReport b = new Fixtures().withBranches().service.importFrom(ACTOR, ImportKind.CUSTOMERS,
                ImportFormat.CSV, off, ImportOptions.DEFAULTS.withBatchSize(10).withReadAhead(false));

        assertEquals(50, a.inserted());
        assertEquals(50, b.inserted());
        // the header is read by the caller, to check the columns before anything is written
        assertTrue(on.threads.contains(THREAD), on.threads.toString());
        assertEquals(Set.of(Thread.currentThread().getName()), off.threads);
        assertFalse(readerAlive());
    }

    @Test
    void anInputErrorEndsTheImportAfterTheBatchesReadBeforeIt() {
        String text = customers(40);
        // fails inside the 31st row: three batches of ten are complete before it
        int failAt = text.indexOf("Customer 30,");
        Fixtures f = new Fixtures().withBranches();
        RecordingReader in = new RecordingReader(text, failAt);
        Fixtures.Progress progress = new Fixtures.Progress();

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> f.service.importFrom(ACTOR,
                ImportKind.CUSTOMERS, ImportFormat.CSV, in, ImportOptions.DEFAULTS.withBatchSize(10)
                        .withProgress(progress)));

        assertSame(RecordingReader.FAILURE, e.getCause());
        assertEquals(List.of(10L, 20L, 30L), progress.rowsRead);
        assertEquals(30, f.store.customers.size());
        assertFalse(readerAlive());
    }

    @Test
    void badEncodingAfterSomeBatchesIsStillAValidationErrorOfTheFile() {
        // the bad byte lies beyond the first reads of the decoder and the CSV reader (8 KiB each)
        byte[] good = customers(600).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xff;
        Fixtures f = new Fixtures().withBranches();
        Reader in = new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));

        ValidationException e = assertThrows(ValidationException.class, () -> f.service.importFrom(ACTOR,
                ImportKind.CUSTOMERS, ImportFormat.CSV, in, ImportOptions.DEFAULTS.withBatchSize(100)));

        assertEquals(List.of("file/encoding"), e.violations().stream().map(v -> v.field() + "/" + v.rule()).toList());
        int stored = f.store.customers.size();
        assertTrue(stored >= 100 && stored < 600 && stored % 100 == 0, "whole batches before the error: " + stored);
        assertFalse(readerAlive());
    }

    @Test
    void aFailureWhileApplyingStopsTheReadingAndLetsGoOfTheInput() {
        String text = customers(4_000);
        RecordingReader in = new RecordingReader(text, -1);
        Fixtures f = new Fixtures().withBranches();
        IllegalStateException boom = new IllegalStateException("listener failed");
        ImportProgressListener failing = (read, soFar) -> {
            throw boom;
        };

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.service.importFrom(ACTOR,
                ImportKind.CUSTOMERS, ImportFormat.CSV, in, ImportOptions.DEFAULTS.withBatchSize(10)
                        .withProgress(failing)));

        assertSame(boom, e);
        assertEquals(10, f.store.customers.size(), "the first batch committed, nothing after it");
        assertFalse(readerAlive());
        // one batch applied, at most two more read ahead (plus the reader's 8 KiB buffer): far from the end
        assertTrue(in.chars < text.length() / 4, in.chars + " of " + text.length());
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(THREAD) && t.isAlive());
    }

    /** Records which threads read it and how far; optionally fails at a given character. */
    private static final class RecordingReader extends Reader {
        static final IOException FAILURE = new IOException("disk gone");
        private final StringReader in;
        private final int failAt;
        final Set<String> threads = Collections.synchronizedSet(new HashSet<>());
        volatile int chars;

        RecordingReader(String text, int failAt) {
            this.in = new StringReader(text);
            this.failAt = failAt;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            threads.add(Thread.currentThread().getName());
            int want = failAt < 0 ? len : Math.min(len, failAt - chars);
            if (want <= 0) {
                throw FAILURE;
            }
            int n = in.read(buf, off, want);
            if (n > 0) {
                chars += n;
            }
            return n;
        }

        @Override
        public void close() {
            in.close();
        }
    }
}
