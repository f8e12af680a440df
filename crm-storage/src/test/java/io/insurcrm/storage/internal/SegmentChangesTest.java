package io.insurcrm.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.analytics.model.DecisionStyle;
import io.insurcrm.analytics.model.LoyaltyStatus;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.model.ValueTier;
import io.insurcrm.analytics.port.ReasonCodec;
import io.insurcrm.analytics.port.SegmentSnapshotRepository.SegmentChange;
import io.insurcrm.core.common.UuidV7Generator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The segment changes between two snapshots (the SEGMENT_CHANGED events of a nightly run) on both
 * stores, which find them differently (PostgreSQL: one aggregate over both snapshots; H2: an ordered
 * scan paired in Java): 400 customers with random tiers and loyalties, some moved, some in one snapshot
 * only, against the changes worked out here from the rows written.
 */
class SegmentChangesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate BEFORE = LocalDate.of(2026, 6, 29);
    private static final LocalDate AFTER = LocalDate.of(2026, 6, 30);

    @StoreTest
    void theChangesAreTheCustomersInBothSnapshotsWhoseTierOrLoyaltyMovedInCustomerIdOrder(StoreKind kind)
            throws SQLException {
        DataSource dataSource = TestStores.freshDataSource(kind);
        Migrations.migrate(dataSource);
        DSLContext dsl = Dsl.create(dataSource, kind == StoreKind.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES, 100);
        JooqSegmentSnapshotRepository snapshots = new JooqSegmentSnapshotRepository(dsl);
        UuidV7Generator ids = new UuidV7Generator(CLOCK);
        BranchId branch = new BranchId(ids.next());
        List<CustomerId> customers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            customers.add(new CustomerId(ids.next()));
        }
        insertBranchAndCustomers(dataSource, branch, customers);

        Random random = new Random(11);
        List<Segmentation> before = new ArrayList<>();
        List<Segmentation> after = new ArrayList<>();
        List<SegmentChange> expected = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            CustomerId c = customers.get(i);
            ValueTier t1 = pick(random, ValueTier.values());
            LoyaltyStatus l1 = pick(random, LoyaltyStatus.values());
            // one in four moves its tier, one in four (independently) its loyalty; a move may land on the same value
            ValueTier t2 = random.nextInt(4) == 0 ? pick(random, ValueTier.values()) : t1;
            LoyaltyStatus l2 = random.nextInt(4) == 0 ? pick(random, LoyaltyStatus.values()) : l1;
            boolean onlyBefore = i % 50 == 7;
            boolean onlyAfter = i % 50 == 23;
            if (!onlyAfter) {
                before.add(segmentation(c, branch, BEFORE, t1, l1));
            }
            if (!onlyBefore) {
                after.add(segmentation(c, branch, AFTER, t2, l2));
            }
            if (!onlyBefore && !onlyAfter && (t1 != t2 || l1 != l2)) {
                expected.add(new SegmentChange(c, t1, l1, t2, l2));
            }
        }
        // customer id order as both databases sort UUIDs: by their bytes, unsigned (the canonical text's order)
        expected.sort(Comparator.comparing(change -> change.customerId().value().toString()));
        assertTrue(expected.stream().anyMatch(c -> c.fromTier() != c.toTier() && c.fromLoyalty() == c.toLoyalty()));
        assertTrue(expected.stream().anyMatch(c -> c.fromTier() == c.toTier() && c.fromLoyalty() != c.toLoyalty()));
        assertTrue(expected.stream().anyMatch(c -> c.fromTier() != c.toTier() && c.fromLoyalty() != c.toLoyalty()));

        UUID first = ids.next();
        UUID second = ids.next();
        snapshots.create(first, BEFORE, CLOCK.instant(), "{}");
        snapshots.insertAll(first, before, new ReasonCodec.Legend(100));
        snapshots.create(second, AFTER, CLOCK.instant(), "{}");
        snapshots.insertAll(second, after, new ReasonCodec.Legend(100));

        List<SegmentChange> seen = new ArrayList<>();
        snapshots.forEachChange(BEFORE, AFTER, seen::add);
        assertEquals(expected, seen);

        List<SegmentChange> none = new ArrayList<>();
        snapshots.forEachChange(BEFORE, AFTER.plusDays(1), none::add);
        assertEquals(List.of(), none, "no snapshot of the later date: no changes");
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Segmentation segmentation(CustomerId c, BranchId branch, LocalDate asOf, ValueTier tier,
            LoyaltyStatus loyalty) {
        return new Segmentation(c, branch, asOf, tier, loyalty, DecisionStyle.TRANSACTIONAL, false, false, false, 50,
                50, new BigDecimal("100.00"), new BigDecimal("10.00"), List.of());
    }

    private static void insertBranchAndCustomers(DataSource dataSource, BranchId branch, List<CustomerId> customers)
            throws SQLException {
        OffsetDateTime now = CLOCK.instant().atOffset(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO branch (id, code, name, branch_level) VALUES (?, 'HO', 'Head office', 'HEAD_OFFICE')")) {
                s.setObject(1, branch.value());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO customer (id, version, kind, name, branch_id,"
                    + " created_at, updated_at) VALUES (?, 1, 'INDIVIDUAL', 'Test', ?, ?, ?)")) {
                for (CustomerId customer : customers) {
                    s.setObject(1, customer.value());
                    s.setObject(2, branch.value());
                    s.setObject(3, now);
                    s.setObject(4, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }
}
