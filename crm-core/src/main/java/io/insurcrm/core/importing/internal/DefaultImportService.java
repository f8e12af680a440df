package io.insurcrm.core.importing.internal;

import io.insurcrm.core.access.AccessDeniedException;
import io.insurcrm.core.access.AccessPolicy;
import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.audit.AuditRecord;
import io.insurcrm.core.audit.AuditRepository;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchTree;
import io.insurcrm.core.blacklist.BlacklistRepository;
import io.insurcrm.core.blacklist.BlacklistScreen;
import io.insurcrm.core.claim.ClaimRepository;
import io.insurcrm.core.common.ConflictException;
import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.common.Violation;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.HouseholdRepository;
import io.insurcrm.core.importing.ImportFormat;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.core.importing.ImportService;
import io.insurcrm.core.importing.RowError;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming, idempotent bulk importer.
 *
 * <p><b>Flow.</b> The columns are checked first (the CSV header, or the keys of the first JSON
 * object): an unknown column, a repeated column or a missing natural-key column refuses the whole
 * file with a {@link ValidationException} before anything is written. Rows are then streamed; each
 * is parsed cell by cell, then checked against what is stored (references, the model's rules);
 * every problem of the row is collected as a {@link RowError} naming the column and the rule, never
 * the value, and a bad row is skipped as a whole. A row whose cells already failed is still checked
 * against the store in its batch (so one report shows all its problems) but is never written. Valid rows are gathered into
 * batches of {@link ImportOptions#batchSize()} rows read; each batch runs in one transaction that
 * resolves the batch's natural keys and references with one query per sort of key, inserts the new
 * keys, updates the changed ones (version + 1, id and creation time kept) and leaves identical ones
 * alone, so re-running a file reports every row {@code unchanged} and writes nothing.
 *
 * <p><b>Read-ahead.</b> Reading and parsing (everything before the batch's transaction) runs one
 * batch ahead on a thread of its own ({@link ImportOptions#readAhead()}, on by default), so it
 * overlaps with the writes of the batch before; batches are still applied one at a time, in file
 * order, on the calling thread, and the report and the progress calls are the same as without it.
 *
 * <p><b>Duplicate keys in one file: the first row wins.</b> A later row with a natural key already
 * seen in this file (in this batch or an earlier one) is rejected with rule {@code duplicate-key}
 * on the key column. This is decidable while streaming, independent of batch boundaries, and keeps
 * re-runs idempotent (a "last row wins" rule would rewrite the key twice on every run whenever the
 * two rows fall into different batches). The keys seen are held as 64-bit hashes (see {@link KeySet}).
 *
 * <p><b>Unique clashes.</b> Clashes the importer can see inside a batch (two customers given one
 * mobile) reject the later row up front. If the repository still raises a
 * {@link DuplicateException} (a clash with data already stored) or a {@link ConflictException}
 * (someone changed a record while the batch ran), the batch's transaction is rolled back and the
 * batch is applied again row by row, each row in its own transaction with fresh reads, so only the
 * offending rows are rejected (rule {@code unique} on the column the repository names, or
 * {@code conflict}). No row is ever half-written.
 *
 * <p><b>Counts.</b> {@code rowsRead = inserted + updated + unchanged + rejectedCount};
 * {@code rejectedCount} counts rows, the report lists their {@link RowError}s (a row may have
 * several), up to {@link ImportOptions#maxErrors()}.
 *
 * <p><b>Failures.</b> An I/O error or an unexpected repository error ends the import with that
 * exception; the batches committed before it stay, and re-running the file is safe. Input that is
 * not UTF-8 ends it with a ValidationException ({@code file}, {@code encoding}).
 */
public final class DefaultImportService implements ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultImportService.class);

    private final ImportPorts ports;
    private final TransactionRunner tx;
    private final AccessPolicy policy;
    private final AuditRepository audit;

    /** Without blacklist screening (for tests of the import alone). */
    public DefaultImportService(CustomerRepository customers, HouseholdRepository households,
            BranchRepository branches, PolicyRepository policies, ClaimRepository claims,
            InteractionRepository interactions, TransactionRunner tx, IdGenerator ids, Clock clock) {
        this.ports = new ImportPorts(customers, households, branches, policies, claims, interactions, ids, clock,
                null);
        this.tx = Objects.requireNonNull(tx, "tx");
        this.policy = null;
        this.audit = null;
    }

    /**
     * New customers (and customers moved to another branch) are screened against the blacklist; the
     * actor needs {@link Action#IMPORT}, customer rows outside his branch scope are rejected (rule
     * {@code scope}) and every run is audited.
     */
    @Inject
    public DefaultImportService(CustomerRepository customers, HouseholdRepository households,
            BranchRepository branches, PolicyRepository policies, ClaimRepository claims,
            InteractionRepository interactions, BlacklistRepository blacklist, TransactionRunner tx,
            IdGenerator ids, Clock clock, AccessPolicy policy, AuditRepository audit) {
        this.ports = new ImportPorts(customers, households, branches, policies, claims, interactions, ids, clock,
                new BlacklistScreen(blacklist, branches));
        this.tx = Objects.requireNonNull(tx, "tx");
        this.policy = policy;
        this.audit = audit;
    }

    @Override
    public ImportReport importFile(Actor actor, ImportKind kind, Path file, ImportOptions options) {
        Objects.requireNonNull(file, "file");
        ImportFormat format = ImportFormat.of(file);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return importFrom(actor, kind, format, reader, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import file " + file.getFileName(), e);
        }
    }

    @Override
    public ImportReport importFrom(Actor actor, ImportKind kind, ImportFormat format, Reader reader,
            ImportOptions options) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        try {
            RowReader rows = format == ImportFormat.CSV ? new CsvRowReader(reader) : new JsonLinesRowReader(reader);
            KindHandler handler = handlerFor(kind, options, branchScope(actor));
            checkColumns(kind, rows.columns());
            Run run = new Run(handler, options, start);
            run.all(rows);
            ImportReport report = run.report();
            if (audit != null) {
                tx.run(() -> audit.append(List.of(new AuditRecord(ports.clock().instant(), actor.userId(),
                        actor.role().name(), actor.channel(), "IMPORT", null, List.of(kind.name())))));
            }
            LOG.info("import of {} for {}: {} rows read, {} inserted, {} updated, {} unchanged, {} rejected in {} ms",
                    kind, actor.userId(), report.rowsRead(), report.inserted(), report.updated(), report.unchanged(),
                    report.rejectedCount(), report.elapsed().toMillis());
            return report;
        } catch (CharacterCodingException e) {
            throw new ValidationException("file", "encoding", "is not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + kind + " import", e);
        }
    }

    /** The branches the actor's rows must lie in, null for any; throws if he may not import at all. */
    private Set<BranchId> branchScope(Actor actor) {
        if (policy == null) {
            return null;
        }
        if (!policy.allows(actor, Action.IMPORT)) {
            throw new AccessDeniedException(actor.role(), Action.IMPORT);
        }
        BranchTree tree = new BranchTree(ports.branches().findAll());
        RowScope scope = policy.scope(actor, tree);
        if (scope instanceof RowScope.All) {
            return null;
        }
        if (scope instanceof RowScope.BranchSubtree) {
            return ((RowScope.BranchSubtree) scope).branches();
        }
        // own customers or none: his home branch subtree at most (nothing without a branch to anchor it)
        return scope instanceof RowScope.None || actor.branchId() == null ? Set.of() : tree.subtree(actor.branchId());
    }

    private KindHandler handlerFor(ImportKind kind, ImportOptions options, Set<BranchId> branchScope) {
        ImportPorts ports = this.ports.within(branchScope);
        switch (kind) {
            case BRANCHES:
                return new BranchImport(ports, options);
            case CUSTOMERS:
                return new CustomerImport(ports, options);
            case POLICIES:
                return new PolicyImport(ports, options);
            case CLAIMS:
                return new ClaimImport(ports, options);
            case INTERACTIONS:
                return new InteractionImport(ports, options);
            default:
                throw new IllegalArgumentException("unsupported import kind " + kind);
        }
    }

    /**
     * Refuses, before anything is written, columns the kind does not know, columns given twice, and a
     * missing natural-key column (for customers: neither {@code national_id} nor {@code organisation_code}).
     * An empty input has no columns and imports nothing.
     */
    static void checkColumns(ImportKind kind, List<String> columns) {
        if (columns.isEmpty()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (column.isEmpty()) {
                violations.add(new Violation("column " + (i + 1), "unknown-column", "has no name"));
            } else if (!kind.columns().contains(column)) {
                violations.add(new Violation(column, "unknown-column", "is not a column of " + kind + " imports"));
            } else if (!seen.add(column)) {
                violations.add(new Violation(column, "duplicate-column", "is given twice"));
            }
        }
        String[] keyColumns = kind.naturalKey().split("\\|");
        boolean anyKey = false;
        for (String k : keyColumns) {
            anyKey |= seen.contains(k);
        }
        if (!anyKey) {
            violations.add(new Violation(keyColumns[0], "required-column", keyColumns.length == 1
                    ? "is required: it is the natural key of " + kind
                    : "is required (or " + String.join(" or ", List.of(keyColumns).subList(1, keyColumns.length))
                            + "): the natural key of " + kind));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** The state of one import: phase 1 on the reading side, phase 2 and the counts on the caller's thread. */
    private final class Run {
        private final KindHandler handler;
        private final ImportOptions options;
        private final long start;
        private final List<RowError> errors = new ArrayList<>();
        private final List<RowError> batchErrors = new ArrayList<>();
        private long rowsRead;
        private long inserted;
        private long updated;
        private long unchanged;
        private long rejected;

        Run(KindHandler handler, ImportOptions options, long start) {
            this.handler = handler;
            this.options = options;
            this.start = start;
        }

        void all(RowReader rows) throws IOException {
            BatchReader reader = new BatchReader(handler, rows, options.batchSize());
            if (!options.readAhead()) {
                applyAll(reader);
                return;
            }
            try (ReadAhead ahead = new ReadAhead(reader, "insurcrm-import-reader")) {
                applyAll(ahead);
            }
        }

        private void applyAll(BatchSource batches) throws IOException {
            for (ReadBatch b = batches.next(); b != null; b = batches.next()) {
                flush(b);
            }
        }

        private void flush(ReadBatch read) {
            rowsRead = read.rowsRead();
            rejected += read.rejected();
            batchErrors.addAll(read.errors());
            List<ParsedRow> rows = read.rows();
            if (!rows.isEmpty()) {
                BatchOutcome outcome;
                try {
                    outcome = tx.inTransaction(() -> applyBatch(rows));
                } catch (DuplicateException | ConflictException e) {
                    LOG.debug("{} batch of {} rows hit {}; applying it row by row", handler.kind, rows.size(),
                            e.getClass().getSimpleName());
                    outcome = rowByRow(rows);
                }
                add(outcome);
            }
            // the batch's problems in line order, each row's own in the order found
            batchErrors.sort(Comparator.comparingLong(RowError::line));
            keep(batchErrors);
            batchErrors.clear();
            options.progress().onBatch(rowsRead, report());
        }

        private BatchOutcome applyBatch(List<ParsedRow> rows) {
            BatchOutcome outcome = new BatchOutcome();
            handler.apply(rows, ports.clock().instant(), outcome);
            return outcome;
        }

        private BatchOutcome rowByRow(List<ParsedRow> rows) {
            BatchOutcome total = new BatchOutcome();
            for (ParsedRow row : rows) {
                try {
                    BatchOutcome one = tx.inTransaction(() -> applyBatch(List.of(row)));
                    total.inserted += one.inserted;
                    total.updated += one.updated;
                    total.unchanged += one.unchanged;
                    total.rejectedRows += one.rejectedRows;
                    total.errors.addAll(one.errors);
                } catch (DuplicateException e) {
                    total.reject(row.line(), handler.columnOf(e.field()), "unique",
                            "is already taken by another " + e.entity());
                } catch (ConflictException e) {
                    total.reject(row.line(), handler.keyColumn(row), "conflict",
                            "the stored record was changed while importing; re-run the import");
                }
            }
            return total;
        }

        private void add(BatchOutcome outcome) {
            inserted += outcome.inserted;
            updated += outcome.updated;
            unchanged += outcome.unchanged;
            rejected += outcome.rejectedRows;
            batchErrors.addAll(outcome.errors);
        }

        private void keep(List<RowError> rowErrors) {
            for (RowError e : rowErrors) {
                if (errors.size() >= options.maxErrors()) {
                    return;
                }
                errors.add(e);
            }
        }

        ImportReport report() {
            return new ImportReport(handler.kind, rowsRead, inserted, updated, unchanged, rejected, errors,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
