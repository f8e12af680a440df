package io.insurcrm.benchmarks.macro;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the phases of one store run share: the engine, the book, and three databases made by the same
 * migrations: {@code library} (written and read only through {@link InsurCrm}), {@code baseline}
 * (written and read only by hand-written JDBC) and, on PostgreSQL, {@code copy} (loaded with COPY,
 * the import ceiling, and dropped by the import phase). Phases run in order; later phases read what the
 * import phase loaded.
 */
final class BenchContext implements AutoCloseable {
    static final Actor ACTOR = Actor.system("macro-benchmark");

    final Engine engine;
    final Book book;
    final Options options;
    final Engine.Database libraryDb;
    final Engine.Database baselineDb;
    final Engine.Database copyDb;
    private InsurCrm crm;

    /**
     * @param lookups       timed 360° lookups
     * @param warmUpLookups distinct lookups made before timing
     * @param warmUpSeconds how long each side keeps making them (at least once each) before timing
     * @param warmUpCustomers size of the book imported into throw-away databases before the timed import
     * @param warmUpImports how many times each side imports it, alternated
     * @param workDir       where books and H2 files go
     */
    record Options(int lookups, int warmUpLookups, double warmUpSeconds, int warmUpCustomers, int warmUpImports,
            long seed, Path workDir) {
    }

    BenchContext(Engine engine, Book book, Options options) {
        this.engine = Objects.requireNonNull(engine);
        this.book = Objects.requireNonNull(book);
        this.options = Objects.requireNonNull(options);
        this.libraryDb = engine.create("bench_library");
        this.baselineDb = engine.create("bench_baseline");
        this.copyDb = engine.hasCopy() ? engine.create("bench_copy") : null;
    }

    /** The library, opened on the library database as an embedding application would (default options). */
    InsurCrm crm() {
        if (crm == null) {
            crm = InsurCrm.builder().location(libraryDb.location()).build();
        }
        return crm;
    }

    @Override
    public void close() {
        if (crm != null) {
            crm.close();
        }
    }
}
