package io.insurcrm.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.importing.ImportKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticBookTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

    @TempDir
    Path tmp;

    private static SyntheticBook book(long seed, int customers) {
        return SyntheticBook.builder().seed(seed).customers(customers).asOf(AS_OF).build();
    }

    @Test
    void sameSeedWritesByteIdenticalFilesAndAnotherSeedDifferentOnes() throws IOException {
        BookManifest a = book(7, 1500).writeCsv(tmp.resolve("a"));
        BookManifest b = book(7, 1500).writeCsv(tmp.resolve("b"));
        book(8, 1500).writeCsv(tmp.resolve("c"));
        assertEquals(a, b);
        for (ImportKind kind : ImportKind.values()) {
            String name = SyntheticBook.fileName(kind);
            byte[] first = Files.readAllBytes(tmp.resolve("a").resolve(name));
            assertArrayEquals(first, Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
            if (kind != ImportKind.BRANCHES) {
                assertFalse(Arrays.equals(first, Files.readAllBytes(tmp.resolve("c").resolve(name))), name);
            }
        }
    }

    @Test
    void sinkSeesExactlyTheRowsTheManifestCounts() {
        AtomicLong customers = new AtomicLong();
        AtomicLong policies = new AtomicLong();
        BookManifest m = book(3, 777).generate(new BookSink() {
            @Override
            public void customer(CustomerRow row) {
                customers.incrementAndGet();
            }

            @Override
            public void policy(PolicyRow row) {
                policies.incrementAndGet();
            }
        });
        assertEquals(777, customers.get());
        assertEquals(777, m.rows(ImportKind.CUSTOMERS));
        assertEquals(m.rows(ImportKind.POLICIES), policies.get());
        assertEquals(0, m.badRows().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aOneCustomerBookIsPossibleAndZeroIsRefused() {
        assertEquals(1, book(1, 1).generate(new BookSink() { }).rows(ImportKind.CUSTOMERS));
        assertThrows(IllegalArgumentException.class, () -> SyntheticBook.builder().customers(0));
    }

    @Test
    void badRowsAreAddedOnlyWhenAskedAndCounted() {
        BookManifest m = SyntheticBook.builder().seed(5).customers(400).asOf(AS_OF).badRows(true).build()
                .writeCsv(tmp.resolve("bad"));
        assertEquals(Map.of(ImportKind.BRANCHES, 1L, ImportKind.CUSTOMERS, 3L, ImportKind.POLICIES, 3L,
                ImportKind.CLAIMS, 2L, ImportKind.INTERACTIONS, 2L), m.badRows());
        assertEquals(400, m.goodRows(ImportKind.CUSTOMERS));
        for (ImportKind kind : ImportKind.values()) {
            assertEquals(m.rows(kind),
                    Csv.readRecords(tmp.resolve("bad").resolve(SyntheticBook.fileName(kind))).size(), kind.name());
        }
    }

    @Test
    void csvQuotesOnlyWhatNeedsItAndReadsItBack() throws IOException {
        List<String> values = Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, " edge", "粤B1234X");
        StringWriter out = new StringWriter();
        Csv.writeRow(out, values);
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\" edge\",粤B1234X\n", out.toString());
        List<List<String>> back = Csv.read(new StringReader(out.toString()));
        assertEquals(List.of(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "", " edge", "粤B1234X")),
                back);
    }

    @Test
    void bloomFilterNeverCallsASeenValueNew() {
        UniqueFilter f = new UniqueFilter(5000);
        int fresh = 0;
        for (int i = 0; i < 5000; i++) {
            fresh += f.add("v" + i) ? 1 : 0;
        }
        for (int i = 0; i < 5000; i++) {
            assertFalse(f.add("v" + i));
        }
        assertTrue(fresh > 4950, "false positives: " + (5000 - fresh));
    }
}
