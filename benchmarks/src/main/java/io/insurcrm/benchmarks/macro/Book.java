package io.insurcrm.benchmarks.macro;

import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.testing.BookManifest;
import io.insurcrm.testing.BookSink;
import io.insurcrm.testing.BranchRow;
import io.insurcrm.testing.ClaimRow;
import io.insurcrm.testing.CsvBookWriter;
import io.insurcrm.testing.CustomerRow;
import io.insurcrm.testing.InteractionRow;
import io.insurcrm.testing.PolicyRow;
import io.insurcrm.testing.SyntheticBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The five CSV files of a {@link SyntheticBook} in a folder, and the identifiers to look up,
 * sampled from the generated rows with a fixed seed (reservoir sampling while the rows stream by).
 *
 * @param lookups timed lookups, the identifier kinds in equal shares, shuffled
 * @param warmUp  lookups made before timing, drawn independently
 */
record Book(Path folder, BookManifest manifest, List<Lookup> lookups, List<Lookup> warmUp) {

    /** The date the book is seen from: fixed, so that a seed and a size always give the same files. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int RESERVOIR = 4_096;

    /** The identifier kinds a 360° lookup starts from. */
    enum IdKind {
        CUSTOMER_ID, NATIONAL_ID, MOBILE, LICENCE_PLATE, POLICY_NUMBER
    }

    /**
     * One lookup. For {@link IdKind#CUSTOMER_ID}, {@code value} is the customer's natural key (ID
     * number or organisation code): ids are made by each loader, so each side resolves it to its own
     * database's id before timing.
     *
     * @param value the canonical value (as stored)
     */
    record Lookup(IdKind kind, String value) {
    }

    Path file(ImportKind kind) {
        return folder.resolve(SyntheticBook.fileName(kind));
    }

    long rows() {
        long n = 0;
        for (ImportKind k : ImportKind.values()) {
            n += manifest.rows(k);
        }
        return n;
    }

    static Book generate(Path folder, int customers, long seed, int lookups, int warmUp) throws IOException {
        Files.createDirectories(folder);
        Sampler sampler = new Sampler(seed);
        BookManifest manifest;
        try (CsvBookWriter writer = new CsvBookWriter(folder)) {
            manifest = SyntheticBook.builder().seed(seed).customers(customers).asOf(AS_OF).build()
                    .generate(new Tee(writer, sampler));
        }
        return new Book(folder, manifest, sampler.draw(lookups, seed + 1), sampler.draw(warmUp, seed + 2));
    }

    /** Passes every row to the CSV writer and to the sampler. */
    private record Tee(BookSink first, BookSink second) implements BookSink {
        @Override
        public void branch(BranchRow row) {
            first.branch(row);
            second.branch(row);
        }

        @Override
        public void customer(CustomerRow row) {
            first.customer(row);
            second.customer(row);
        }

        @Override
        public void policy(PolicyRow row) {
            first.policy(row);
            second.policy(row);
        }

        @Override
        public void claim(ClaimRow row) {
            first.claim(row);
            second.claim(row);
        }

        @Override
        public void interaction(InteractionRow row) {
            first.interaction(row);
            second.interaction(row);
        }
    }

    /** Keeps a uniform sample of up to {@link #RESERVOIR} canonical identifiers of each kind. */
    private static final class Sampler implements BookSink {
        private final SplittableRandom random;
        private final Map<IdKind, List<String>> kept = new EnumMap<>(IdKind.class);
        private final Map<IdKind, Long> seen = new EnumMap<>(IdKind.class);

        Sampler(long seed) {
            this.random = new SplittableRandom(seed);
            for (IdKind k : IdKind.values()) {
                kept.put(k, new ArrayList<>());
                seen.put(k, 0L);
            }
        }

        @Override
        public void customer(CustomerRow row) {
            offer(IdKind.CUSTOMER_ID, row.key());
            if (row.nationalId() != null) {
                offer(IdKind.NATIONAL_ID, row.key());
            }
            if (row.mobile() != null) {
                offer(IdKind.MOBILE, MobileNumber.parse(row.mobile()).value());
            }
        }

        @Override
        public void policy(PolicyRow row) {
            offer(IdKind.POLICY_NUMBER, NewPolicy.canonicalNumber(row.policyNumber()));
            if (row.licencePlate() != null) {
                offer(IdKind.LICENCE_PLATE, LicencePlate.parse(row.licencePlate()).value());
            }
        }

        private void offer(IdKind kind, String value) {
            long n = seen.merge(kind, 1L, Long::sum);
            List<String> sample = kept.get(kind);
            if (sample.size() < RESERVOIR) {
                sample.add(value);
            } else {
                long slot = random.nextLong(n);
                if (slot < RESERVOIR) {
                    sample.set((int) slot, value);
                }
            }
        }

        /** {@code count} lookups, the kinds in turn, values drawn with replacement, then shuffled. */
        List<Lookup> draw(int count, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            List<Lookup> out = new ArrayList<>(count);
            IdKind[] kinds = IdKind.values();
            for (int i = 0; i < count; i++) {
                IdKind kind = kinds[i % kinds.length];
                List<String> values = kept.get(kind);
                if (values.isEmpty()) {
                    throw new IllegalStateException("the book has no " + kind + " to look up");
                }
                out.add(new Lookup(kind, values.get(r.nextInt(values.size()))));
            }
            Collections.shuffle(out, new Random(seed));
            return List.copyOf(out);
        }
    }
}
