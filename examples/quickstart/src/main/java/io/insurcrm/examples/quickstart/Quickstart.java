package io.insurcrm.examples.quickstart;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.Role;
import io.insurcrm.core.identifier.Normalisation;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportProgressListener;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.core.importing.RowError;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.testing.BookManifest;
import io.insurcrm.testing.SampleCustomer;
import io.insurcrm.testing.SyntheticBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The InsurCRM quickstart: generates a synthetic insurer, imports it into an embedded store, shows that
 * a re-import changes nothing, prints 360° views found by licence plate and by ID number, walks a
 * complaint through its workflow, prints an account manager's day and next month's renewals, and the
 * analytics of the book: customer pyramid, tier counts, top alerts with reasons and a cube slice.
 *
 * <pre>java -jar insurcrm-quickstart.jar --customers 10000</pre>
 */
@Command(name = "insurcrm-quickstart", mixinStandardHelpOptions = true, version = "InsurCRM quickstart 0.1",
        description = "Generates a synthetic insurer's book, imports it into an embedded InsurCRM store and shows "
                + "360-degree customer views.")
public final class Quickstart implements Callable<Integer> {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A plate in a format the generator never uses (no 粤Z vehicles are insured), so it is never found. */
    static final String UNKNOWN_IDENTIFIER = "粤Z99999";
    private static final Set<String> OWN_ENTRIES = Set.of("import", "db");

    @Option(names = "--customers", defaultValue = "10000", description = "Customers to generate (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data-dir", defaultValue = "./insurcrm-data",
            description = "Where the files and the database go (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--as-of", description = "The date the book is seen from, yyyy-MM-dd (default today).")
    LocalDate asOf;

    @Option(names = "--keep", description = "Keep the data directory instead of wiping it first.")
    boolean keep;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Quickstart()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate today = LocalDate.now(ZONE);
        LocalDate date = asOf != null ? asOf : today;
        if (customers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--customers must be at least 1");
        }
        if (!keep) {
            wipe(dataDir);
        }
        Path importDir = dataDir.resolve("import");

        out.printf("== Generating %,d customers (seed %d, as of %s) into %s%n", customers, seed, date, importDir);
        long t0 = System.nanoTime();
        BookManifest book = SyntheticBook.builder().seed(seed).customers(customers).asOf(date).build()
                .writeCsv(importDir);
        out.printf("   %s in %,d ms%n", describe(book), (System.nanoTime() - t0) / 1_000_000);

        InsurCrm.Builder builder = InsurCrm.builder().embedded(dataDir.resolve("db"));
        if (!date.equals(today)) {
            // the store's "today" is the as-of date, so that nothing in the book lies in its future
            builder.clock(Clock.offset(Clock.systemUTC(),
                    Duration.between(today.atTime(12, 0), date.atTime(12, 0))));
        }
        Actor actor = Actor.system("quickstart");
        try (InsurCrm crm = builder.build()) {
            out.println("== Importing into " + crm.describeStore());
            long rows = 0;
            Duration elapsed = Duration.ZERO;
            for (ImportKind kind : ImportKind.values()) {
                ImportReport report = importFile(crm, actor, kind, importDir, book.rows(kind), out);
                rows += report.rowsRead();
                elapsed = elapsed.plus(report.elapsed());
            }
            out.printf("   %,d rows in %.1f s: %,.0f rows/s overall%n", rows, elapsed.toMillis() / 1000.0,
                    rows / Math.max(0.001, elapsed.toNanos() / 1e9));

            out.println("== Importing customers.csv again (imports are idempotent)");
            ImportReport again = importFile(crm, actor, ImportKind.CUSTOMERS, importDir,
                    book.rows(ImportKind.CUSTOMERS), out);
            out.println(again.changedNothing() ? "   -> changed nothing: every row unchanged"
                    : "   -> UNEXPECTED: the second import changed " + (again.inserted() + again.updated()) + " rows");

            // views act for a head-office service operator without clearance: the library masks identifiers
            Actor viewer = new Actor("quickstart-desk", Role.SERVICE_OPERATOR, null, 0, "quickstart");
            ViewPrinter printer = new ViewPrinter(out, crm.branches(), viewer);
            Optional<SampleCustomer> byPlate = richest(book, s -> s.licencePlate() != null && s.claims() > 0);
            if (byPlate.isPresent()) {
                String plate = byPlate.get().licencePlate();
                show(crm, viewer, printer, "licence plate " + plate, plate, out);
            }
            String plateHolder = byPlate.map(SampleCustomer::key).orElse("");
            Optional<SampleCustomer> byId = richest(book, s -> s.writtenInNonCanonicalForm()
                    && !s.key().equals(plateHolder))
                    .or(() -> richest(book, s -> s.nationalIdAsWritten() != null && !s.key().equals(plateHolder)));
            if (byId.isPresent()) {
                String id = byId.get().nationalIdAsWritten();
                String form = id.length() == 15 ? "legacy 15-digit ID number "
                        : id.endsWith("x") ? "ID number with lower-case x " : "ID number ";
                show(crm, viewer, printer, form + Normalisation.mask(id, 6, 4), id, out);
            }
            out.println("== Looking up " + UNKNOWN_IDENTIFIER);
            out.println(crm.views().find(viewer, UNKNOWN_IDENTIFIER).isPresent() ? "   found (unexpected)"
                    : "   " + UNKNOWN_IDENTIFIER + ": not found");

            new OperationsDemo(crm, actor, out, ZONE).run(date);
            new AnalyticsPrinter(out, actor).print(crm, date);
        }
        out.flush();
        return 0;
    }

    private ImportReport importFile(InsurCrm crm, Actor actor, ImportKind kind, Path dir, long total,
            PrintWriter out) {
        Path file = dir.resolve(SyntheticBook.fileName(kind));
        ImportReport report;
        try (ProgressBar bar = progressBar(kind, total)) {
            ImportProgressListener listener = bar == null ? ImportProgressListener.NONE
                    : (read, soFar) -> bar.stepTo(read);
            report = crm.imports().importFile(actor, kind, file, ImportOptions.DEFAULTS.withProgress(listener));
            if (bar != null) {
                bar.stepTo(report.rowsRead());
            }
        }
        out.printf("   %s (%,.0f rows/s)%n", report, report.rowsPerSecond());
        List<RowError> errors = report.rejected();
        errors.stream().limit(5).forEach(e -> out.println("     rejected " + e));
        if (report.rejectedCount() > 5) {
            out.println("     ... and " + (report.rejectedCount() - 5) + " more rejected rows");
        }
        out.flush();
        return report;
    }

    /** A progress bar on the terminal's error stream; none when not attached to a terminal. */
    private static ProgressBar progressBar(ImportKind kind, long total) {
        if (System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(String.format("%-12s", kind.name().toLowerCase()))
                .setInitialMax(total).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setUnit(" rows", 1).showSpeed().clearDisplayOnFinish().build();
    }

    private static void show(InsurCrm crm, Actor actor, ViewPrinter printer, String what, String identifier,
            PrintWriter out) {
        out.println();
        out.println("== 360° view: customer found by " + what);
        Optional<Customer360> view = crm.views().find(actor, identifier);
        if (view.isEmpty()) {
            out.println("   not found");
        } else {
            printer.print(view.get());
        }
    }

    /** The sample with the most to show: policies, claims and a household. */
    private static Optional<SampleCustomer> richest(BookManifest book, Predicate<SampleCustomer> filter) {
        return book.samples().stream().filter(filter).max(Comparator.comparingInt(
                s -> s.policies() + 2 * s.claims() + (s.householdCode() != null ? 4 : 0)));
    }

    private static String describe(BookManifest m) {
        StringBuilder sb = new StringBuilder();
        for (ImportKind kind : ImportKind.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(String.format("%,d %s", m.rows(kind),
                    kind.name().toLowerCase()));
        }
        return sb.toString();
    }

    /** Empties the data directory, refusing to touch one that holds anything the quickstart did not write. */
    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> foreign = entries.filter(p -> !OWN_ENTRIES.contains(p.getFileName().toString())).toList();
            if (!foreign.isEmpty()) {
                throw new IllegalStateException(dir + " holds files the quickstart did not write ("
                        + foreign.get(0).getFileName() + "); choose another --data-dir or empty it");
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }
}
