package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.ANALYTICS_SNAPSHOT;
import static io.insurcrm.storage.internal.jooq.Tables.BRANCH;
import static io.insurcrm.storage.internal.jooq.Tables.CUSTOMER;
import static io.insurcrm.storage.internal.jooq.Tables.SEGMENT_RESULT;

import io.insurcrm.analytics.model.DecisionStyle;
import io.insurcrm.analytics.model.LoyaltyStatus;
import io.insurcrm.analytics.model.Pyramid;
import io.insurcrm.analytics.model.SegmentQuery;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.model.TierMigration;
import io.insurcrm.analytics.model.ValueTier;
import io.insurcrm.analytics.port.ReasonCodec;
import io.insurcrm.analytics.port.SegmentSnapshotRepository;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.storage.internal.jooq.tables.records.SegmentResultRecord;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/** Snapshots in segment_result; pyramid and migration from sorted scans and GROUP BYs of the database. */
final class JooqSegmentSnapshotRepository implements SegmentSnapshotRepository {
    private static final int[] TOP_PERCENTS = {1, 5, 20};

    private final DSLContext dsl;

    @Inject
    JooqSegmentSnapshotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<UUID> reopen(LocalDate asOf, Instant createdAt, String settingsJson) {
        Optional<UUID> id = snapshotId(asOf);
        id.ifPresent(found -> dsl.update(ANALYTICS_SNAPSHOT)
                .set(ANALYTICS_SNAPSHOT.CREATED_AT, createdAt.atOffset(ZoneOffset.UTC))
                .set(ANALYTICS_SNAPSHOT.SETTINGS, settingsJson).setNull(ANALYTICS_SNAPSHOT.REASON_LEGEND)
                .where(ANALYTICS_SNAPSHOT.ID.eq(found)).execute());
        return id;
    }

    @Override
    public void create(UUID snapshotId, LocalDate asOf, Instant createdAt, String settingsJson) {
        dsl.insertInto(ANALYTICS_SNAPSHOT).set(ANALYTICS_SNAPSHOT.ID, snapshotId).set(ANALYTICS_SNAPSHOT.AS_OF, asOf)
                .set(ANALYTICS_SNAPSHOT.CREATED_AT, createdAt.atOffset(ZoneOffset.UTC))
                .set(ANALYTICS_SNAPSHOT.SETTINGS, settingsJson).execute();
    }

    /**
     * Fixed text with bare placeholders: jOOQ would render a cast per bind on PostgreSQL (14 per row, in
     * a rewritten multi-row batch) and build a record per row; the values go straight to JDBC instead.
     */
    private static final String INSERT_SQL = "INSERT INTO segment_result (snapshot_id, customer_id, branch_id,"
            + " value_tier, loyalty, decision_style, quality, key_customer, loss_making, contribution_score,"
            + " loyalty_score, premium_12, profit_12, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public void insertAll(UUID snapshotId, List<Segmentation> rows, ReasonCodec.Legend legend) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> binds = new ArrayList<>(rows.size());
        for (Segmentation s : rows) {
            binds.add(new Object[] {snapshotId, s.customerId().value(), s.branchId().value(), s.tier().name(),
                s.loyalty().name(), s.style().name(), s.quality(), s.key(), s.lossMaking(), s.contributionScore(),
                s.loyaltyScore(), s.premium12(), s.profit12(), legend.write(s.reasons())});
        }
        PlainSql.update(dsl, INSERT_SQL, binds);
    }

    private static final String READ_SQL = "SELECT r.customer_id, r.snapshot_id, r.value_tier, r.loyalty"
            + " FROM UNNEST({0}) u(id) JOIN segment_result r ON r.snapshot_id = {1} AND r.customer_id = u.id"
            + " UNION ALL SELECT r.customer_id, r.snapshot_id, r.value_tier, r.loyalty"
            + " FROM UNNEST({2}) u(id) JOIN segment_result r ON r.snapshot_id = {3} AND r.customer_id = u.id";

    @Override
    public List<SegmentChange> replace(UUID snapshotId, LocalDate previous, List<Segmentation> rows,
            ReasonCodec.Legend legend) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> before = new HashMap<>();
        Map<UUID, String> replaced = new HashMap<>();
        Optional<UUID> earlier = previous == null ? Optional.empty() : snapshotId(previous);
        if (earlier.isPresent()) {
            // the batch's customers bound as ONE array and joined as a table (UNNEST), one branch per snapshot:
            // a primary-key look-up (snapshot_id, customer_id) per customer on both stores. H2 uses an index
            // for "customer_id = ANY(?)" only on an index's first column, so with the primary key it read the
            // whole snapshot per batch (minutes at 100k)
            Field<UUID[]> customers = DSL.val(rows.stream().map(s -> s.customerId().value()).toArray(UUID[]::new));
            dsl.resultQuery(READ_SQL, customers, DSL.val(snapshotId), customers, DSL.val(earlier.get()))
                    .forEach(r -> (snapshotId.equals(r.get(1, UUID.class)) ? replaced : before).put(
                            r.get(0, UUID.class), r.get(2, String.class).trim() + " " + r.get(3, String.class).trim()));
        }
        List<Object[]> keys = new ArrayList<>(rows.size());
        for (Segmentation s : rows) {
            keys.add(new Object[] {snapshotId, s.customerId().value()});
        }
        PlainSql.update(dsl, "DELETE FROM segment_result WHERE snapshot_id = ? AND customer_id = ?", keys);
        insertAll(snapshotId, rows, legend);
        List<SegmentChange> announce = new ArrayList<>();
        for (Segmentation s : rows) {
            String from = before.get(s.customerId().value());
            String to = s.tier().name() + " " + s.loyalty().name();
            // a change is announced unless the replaced row had already changed to the same tier and loyalty
            if (from != null && !from.equals(to) && !to.equals(replaced.get(s.customerId().value()))) {
                String[] f = from.split(" ");
                announce.add(new SegmentChange(s.customerId(), ValueTier.valueOf(f[0]), LoyaltyStatus.valueOf(f[1]),
                        s.tier(), s.loyalty()));
            }
        }
        return announce;
    }

    @Override
    public void saveLegend(UUID snapshotId, String legendJson) {
        dsl.update(ANALYTICS_SNAPSHOT).set(ANALYTICS_SNAPSHOT.REASON_LEGEND, legendJson)
                .where(ANALYTICS_SNAPSHOT.ID.eq(snapshotId)).execute();
    }

    @Override
    public List<LocalDate> dates() {
        return dsl.select(ANALYTICS_SNAPSHOT.AS_OF).from(ANALYTICS_SNAPSHOT).orderBy(ANALYTICS_SNAPSHOT.AS_OF)
                .fetch(Record1::value1);
    }

    @Override
    public List<Segmentation> find(SegmentQuery q, RowScope scope) {
        Optional<UUID> id = snapshotId(q.asOf());
        if (id.isEmpty() || scope instanceof RowScope.None) {
            return List.of();
        }
        Map<String, String[]> legend = ReasonCodec.legend(dsl.select(ANALYTICS_SNAPSHOT.REASON_LEGEND)
                .from(ANALYTICS_SNAPSHOT).where(ANALYTICS_SNAPSHOT.ID.eq(id.get())).fetchOne(Record1::value1));
        Condition where = SEGMENT_RESULT.SNAPSHOT_ID.eq(id.get());
        if (!(scope instanceof RowScope.All)) {
            // the actor's row scope, the same predicate as every core list (customers outside it look missing)
            where = where.and(SEGMENT_RESULT.CUSTOMER_ID.in(DSL.select(CUSTOMER.ID).from(CUSTOMER)
                    .where(JooqCustomerScopeRepository.condition(scope))));
        }
        if (q.tier() != null) {
            where = where.and(SEGMENT_RESULT.VALUE_TIER.eq(q.tier().name()));
        }
        if (q.loyalty() != null) {
            where = where.and(SEGMENT_RESULT.LOYALTY.eq(q.loyalty().name()));
        }
        CommonTableExpression<Record1<UUID>> sub = null;
        if (q.branchId() != null && q.subBranches()) {
            // the branch and every branch under it, by a recursive CTE over parent_id
            Field<UUID> subId = DSL.field(DSL.name("sub", "id"), UUID.class);
            sub = DSL.name("sub").fields("id").as(DSL.select(BRANCH.ID).from(BRANCH).where(BRANCH.ID.eq(q.branchId().value()))
                    .unionAll(DSL.select(BRANCH.ID).from(BRANCH).join(DSL.table(DSL.name("sub")))
                            .on(BRANCH.PARENT_ID.eq(subId))));
            where = where.and(SEGMENT_RESULT.BRANCH_ID.in(DSL.select(subId).from(sub)));
        } else if (q.branchId() != null) {
            where = where.and(SEGMENT_RESULT.BRANCH_ID.eq(q.branchId().value()));
        }
        var select = sub == null ? dsl.selectFrom(SEGMENT_RESULT) : dsl.withRecursive(sub).selectFrom(SEGMENT_RESULT);
        return select.where(where).orderBy(SEGMENT_RESULT.PREMIUM_12.desc(), SEGMENT_RESULT.CUSTOMER_ID)
                .limit(q.limit()).fetch(r -> toSegmentation(r, q.asOf(), legend));
    }

    private static Segmentation toSegmentation(SegmentResultRecord r, LocalDate asOf, Map<String, String[]> legend) {
        return new Segmentation(new CustomerId(r.getCustomerId()), new BranchId(r.getBranchId()), asOf,
                ValueTier.valueOf(r.getValueTier()), LoyaltyStatus.valueOf(r.getLoyalty()),
                DecisionStyle.valueOf(r.getDecisionStyle()), r.getQuality(), r.getKeyCustomer(), r.getLossMaking(),
                r.getContributionScore(), r.getLoyaltyScore(), r.getPremium_12(), r.getProfit_12(),
                ReasonCodec.reasons(r.getReasons(), legend));
    }

    @Override
    public Optional<Pyramid> pyramid(LocalDate asOf, int lorenzPoints) {
        Optional<UUID> found = snapshotId(asOf);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String id = "'" + found.get() + "'";
        String snapshot = "snapshot_id = CAST(" + id + " AS UUID)";
        Record totals = dsl.resultQuery("SELECT COUNT(*), COALESCE(SUM(premium_12), 0), COALESCE(SUM(profit_12), 0)"
                + " FROM segment_result WHERE " + snapshot).fetchOne();
        long n = totals.get(0, Long.class);
        BigDecimal premium = totals.get(1, BigDecimal.class).setScale(2, RoundingMode.HALF_UP);
        BigDecimal profit = totals.get(2, BigDecimal.class).setScale(2, RoundingMode.HALF_UP);

        Map<ValueTier, Long> tiers = new EnumMap<>(ValueTier.class);
        for (ValueTier t : ValueTier.values()) {
            tiers.put(t, 0L);
        }
        dsl.resultQuery("SELECT value_tier, COUNT(*) FROM segment_result WHERE " + snapshot + " GROUP BY value_tier")
                .fetch().forEach(r -> tiers.put(ValueTier.valueOf(r.get(0, String.class).trim()), r.get(1, Long.class)));

        long[] counts = new long[TOP_PERCENTS.length];
        for (int i = 0; i < TOP_PERCENTS.length; i++) {
            counts[i] = ceilShare(n, TOP_PERCENTS[i], 100);
        }
        // No window functions (ROW_NUMBER() OVER, a running SUM() OVER): H2 evaluates a window by holding
        // every row of the snapshot on the embedding JVM's heap (1M customers under -Xmx256m: out of heap),
        // and a running SUM is quadratic on H2 (150 s for 100 000 rows). The database streams the rows in
        // order and Java adds up while reading. Both scans follow an index (ix_segment_result_premium,
        // ix_segment_result_profit, V12) whose order is the ORDER BY, snapshot_id included (H2 reads in
        // index order only then): nothing is sorted (H2 wrote a sorted 1M rows to its temporary store,
        // 140 s). Ties do not matter: the k largest values have the same sum whatever their order.
        //
        // Premium: ONE ascending scan gives the Lorenz curve and, as the total minus the n − k smallest,
        // the premium of the top k.
        List<Pyramid.LorenzPoint> lorenz = new ArrayList<>();
        BigDecimal[] belowTop = new BigDecimal[TOP_PERCENTS.length];
        java.util.Arrays.fill(belowTop, BigDecimal.ZERO);
        if (n > 0) {
            lorenz.add(new Pyramid.LorenzPoint(BigDecimal.ZERO.setScale(4), BigDecimal.ZERO.setScale(4)));
            BigDecimal cumulative = BigDecimal.ZERO;
            long rank = 0;
            int k = 1;
            try (org.jooq.Cursor<Record> sorted = dsl.resultQuery("SELECT premium_12 FROM segment_result WHERE "
                    + snapshot + " ORDER BY snapshot_id, premium_12").fetchLazy()) {
                for (Record r : sorted) {
                    cumulative = cumulative.add(r.get(0, BigDecimal.class));
                    rank++;
                    for (int i = 0; i < TOP_PERCENTS.length; i++) {
                        if (rank == n - counts[i]) {
                            belowTop[i] = cumulative;
                        }
                    }
                    while (k <= lorenzPoints && ceilShare(n, k, lorenzPoints) == rank) {
                        lorenz.add(new Pyramid.LorenzPoint(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(lorenzPoints),
                                4, RoundingMode.HALF_UP), share(cumulative, premium)));
                        k++;
                    }
                }
            }
        }
        // Profit: a descending scan, read only as far as the largest top share.
        BigDecimal[] topProfit = new BigDecimal[TOP_PERCENTS.length];
        java.util.Arrays.fill(topProfit, BigDecimal.ZERO);
        long last = counts[counts.length - 1];
        if (last > 0) {
            BigDecimal cumulative = BigDecimal.ZERO;
            long rank = 0;
            try (org.jooq.Cursor<Record> sorted = dsl.resultQuery("SELECT profit_12 FROM segment_result WHERE "
                    + snapshot + " ORDER BY snapshot_id, profit_12 DESC").fetchLazy()) {
                while (rank < last && sorted.hasNext()) {
                    cumulative = cumulative.add(sorted.fetchNext().get(0, BigDecimal.class));
                    rank++;
                    for (int i = 0; i < TOP_PERCENTS.length; i++) {
                        if (rank == counts[i]) {
                            topProfit[i] = cumulative;
                        }
                    }
                }
            }
        }
        List<Pyramid.TopShare> shares = new ArrayList<>();
        for (int i = 0; i < TOP_PERCENTS.length; i++) {
            BigDecimal p = premium.subtract(belowTop[i]).setScale(2, RoundingMode.HALF_UP);
            BigDecimal f = topProfit[i].setScale(2, RoundingMode.HALF_UP);
            shares.add(new Pyramid.TopShare(TOP_PERCENTS[i], counts[i], p, share(p, premium), f, share(f, profit)));
        }
        return Optional.of(new Pyramid(asOf, n, premium, profit, shares, tiers, lorenz));
    }

    /** ceil(n × k / of), at least 1 when n > 0. */
    static long ceilShare(long n, long k, long of) {
        return n == 0 ? 0 : Math.max(1, (n * k + of - 1) / of);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? null : part.divide(total, 4, RoundingMode.HALF_UP);
    }

    /**
     * PostgreSQL: the customers whose tier or loyalty differs between two snapshots, from ONE aggregate of
     * both grouped by customer, so the server compares and only the changed rows travel (in the macro
     * benchmark's book, about 150 of 100,000 customers a night). One table, no join: nothing for the
     * planner to get wrong on the statistics of a snapshot written in this very transaction (see
     * {@link #forEachPair}). A customer in one snapshot only has a null on one side and is left out, as
     * the pairing leaves it out.
     */
    private static final String CHANGES_SQL = "SELECT customer_id, tier_before, loyalty_before, tier_after,"
            + " loyalty_after FROM (SELECT customer_id,"
            + " MAX(CASE WHEN snapshot_id = ? THEN value_tier END) AS tier_before,"
            + " MAX(CASE WHEN snapshot_id = ? THEN loyalty END) AS loyalty_before,"
            + " MAX(CASE WHEN snapshot_id = ? THEN value_tier END) AS tier_after,"
            + " MAX(CASE WHEN snapshot_id = ? THEN loyalty END) AS loyalty_after"
            + " FROM segment_result WHERE snapshot_id IN (?, ?) GROUP BY customer_id) pairs"
            + " WHERE tier_before <> tier_after OR loyalty_before <> loyalty_after ORDER BY customer_id";

    /**
     * On PostgreSQL from {@link #CHANGES_SQL}; on H2 from the ordered scan of {@link #forEachPair}, since H2
     * holds every group of a GROUP BY on the embedding JVM's heap (1M customers under {@code -Xmx256m}: out of
     * heap) while it spills a sort to disk. Both give the changes in customer id order.
     */
    @Override
    public void forEachChange(LocalDate from, LocalDate to, java.util.function.Consumer<SegmentChange> sink) {
        if (AnalyticsSql.postgres(dsl)) {
            Optional<SnapshotPair> pair = snapshotPair(from, to);
            if (pair.isEmpty()) {
                return;
            }
            UUID before = pair.get().before();
            UUID after = pair.get().after();
            try (var cursor = dsl.resultQuery(CHANGES_SQL, before, before, after, after, before, after).fetchLazy()) {
                for (Record r : cursor) {
                    sink.accept(change(r.get(0, UUID.class), r.get(1, String.class), r.get(2, String.class),
                            r.get(3, String.class), r.get(4, String.class)));
                }
            }
            return;
        }
        forEachPair(from, to, (customer, tierBefore, loyaltyBefore, tierAfter, loyaltyAfter) -> {
            if (!tierBefore.equals(tierAfter) || !loyaltyBefore.equals(loyaltyAfter)) {
                sink.accept(change(customer, tierBefore, loyaltyBefore, tierAfter, loyaltyAfter));
            }
        });
    }

    /** A change from the stored texts (the tier is a CHAR column: H2 and PostgreSQL may pad it). */
    private static SegmentChange change(UUID customer, String tierBefore, String loyaltyBefore, String tierAfter,
            String loyaltyAfter) {
        return new SegmentChange(new CustomerId(customer), ValueTier.valueOf(tierBefore.trim()),
                LoyaltyStatus.valueOf(loyaltyBefore.trim()), ValueTier.valueOf(tierAfter.trim()),
                LoyaltyStatus.valueOf(loyaltyAfter.trim()));
    }

    /** A customer in both snapshots, with tier and loyalty in each. */
    private interface PairSink {
        void accept(UUID customer, String tierBefore, String loyaltyBefore, String tierAfter, String loyaltyAfter);
    }

    /**
     * Every customer in both snapshots, in customer id order, from ONE ordered scan of both snapshots
     * paired here rather than a self-join: planned on the statistics of a table that has just grown by a
     * whole snapshot, PostgreSQL chose a nested loop for the join (100k customers: minutes); any plan of
     * this scan is a range read and a sort (beyond H2's MAX_MEMORY_ROWS, on disk). Nothing is kept but the
     * previous row.
     */
    private void forEachPair(LocalDate from, LocalDate to, PairSink sink) {
        Optional<SnapshotPair> pair = snapshotPair(from, to);
        if (pair.isEmpty()) {
            return;
        }
        UUID before = pair.get().before();
        try (var cursor = dsl.select(SEGMENT_RESULT.CUSTOMER_ID, SEGMENT_RESULT.SNAPSHOT_ID, SEGMENT_RESULT.VALUE_TIER,
                        SEGMENT_RESULT.LOYALTY)
                .from(SEGMENT_RESULT).where(SEGMENT_RESULT.SNAPSHOT_ID.in(before, pair.get().after()))
                .orderBy(SEGMENT_RESULT.CUSTOMER_ID, SEGMENT_RESULT.SNAPSHOT_ID).fetchLazy()) {
            UUID customer = null;
            String tier = null;
            String loyalty = null;
            boolean wasBefore = false;
            for (var r : cursor) {
                boolean isBefore = r.value2().equals(before);
                if (r.value1().equals(customer) && wasBefore != isBefore) {
                    if (isBefore) {
                        sink.accept(customer, r.value3(), r.value4(), tier, loyalty);
                    } else {
                        sink.accept(customer, tier, loyalty, r.value3(), r.value4());
                    }
                }
                customer = r.value1();
                tier = r.value3();
                loyalty = r.value4();
                wasBefore = isBefore;
            }
        }
    }

    @Override
    public TierMigration migration(LocalDate from, LocalDate to, int moversLimit) {
        Map<ValueTier, Map<ValueTier, Long>> matrix = new EnumMap<>(ValueTier.class);
        for (ValueTier a : ValueTier.values()) {
            Map<ValueTier, Long> row = new EnumMap<>(ValueTier.class);
            for (ValueTier b : ValueTier.values()) {
                row.put(b, 0L);
            }
            matrix.put(a, row);
        }
        // the same ordered scan as the segment changes (no self-join); the movers are the first upgrades,
        // then the first downgrades, each in customer id order: at most moversLimit of each are kept
        long[] counts = new long[3]; // up, down, same
        List<TierMigration.Move> ups = new ArrayList<>();
        List<TierMigration.Move> downs = new ArrayList<>();
        forEachPair(from, to, (customer, tierBefore, loyaltyBefore, tierAfter, loyaltyAfter) -> {
            ValueTier x = ValueTier.valueOf(tierBefore.trim());
            ValueTier y = ValueTier.valueOf(tierAfter.trim());
            matrix.get(x).merge(y, 1L, Long::sum);
            if (y.ordinal() < x.ordinal()) {
                counts[0]++;
                if (ups.size() < moversLimit) {
                    ups.add(new TierMigration.Move(new CustomerId(customer), x, y));
                }
            } else if (y.ordinal() > x.ordinal()) {
                counts[1]++;
                if (downs.size() < moversLimit) {
                    downs.add(new TierMigration.Move(new CustomerId(customer), x, y));
                }
            } else {
                counts[2]++;
            }
        });
        List<TierMigration.Move> movers = new ArrayList<>(ups);
        for (TierMigration.Move m : downs) {
            if (movers.size() >= moversLimit) {
                break;
            }
            movers.add(m);
        }
        long up = counts[0];
        long down = counts[1];
        long same = counts[2];
        return new TierMigration(from, to, matrix, up, down, same, movers);
    }

    /** The snapshots of two dates. */
    private record SnapshotPair(UUID before, UUID after) {
    }

    /** The snapshots of {@code from} and {@code to}; empty if either date has none. */
    private Optional<SnapshotPair> snapshotPair(LocalDate from, LocalDate to) {
        Optional<UUID> before = snapshotId(from);
        Optional<UUID> after = snapshotId(to);
        return before.isEmpty() || after.isEmpty() ? Optional.empty()
                : Optional.of(new SnapshotPair(before.get(), after.get()));
    }

    private Optional<UUID> snapshotId(LocalDate asOf) {
        return dsl.select(ANALYTICS_SNAPSHOT.ID).from(ANALYTICS_SNAPSHOT).where(ANALYTICS_SNAPSHOT.AS_OF.eq(asOf))
                .fetchOptional(Record1::value1);
    }
}
