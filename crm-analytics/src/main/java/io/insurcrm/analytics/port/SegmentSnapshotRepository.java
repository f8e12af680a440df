package io.insurcrm.analytics.port;

import io.insurcrm.analytics.model.Pyramid;
import io.insurcrm.analytics.model.SegmentQuery;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.model.TierMigration;
import io.insurcrm.core.access.RowScope;
import java.time.Instant;
import io.insurcrm.analytics.model.LoyaltyStatus;
import io.insurcrm.analytics.model.ValueTier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: dated segmentation snapshots, one per as-of date. */
public interface SegmentSnapshotRepository {

    /** Starts a snapshot; rows follow with {@link #insertAll}. */
    void create(UUID snapshotId, LocalDate asOf, Instant createdAt, String settingsJson);

    /**
     * Re-run of a date: keeps the stored snapshot of {@code asOf} (its id), with the new settings and creation
     * time and no legend yet; its rows are then replaced batch by batch with {@link #replace}. Empty if the
     * date has no snapshot.
     */
    Optional<UUID> reopen(LocalDate asOf, Instant createdAt, String settingsJson);

    /** Batch insert of rows of a snapshot, their reasons shortened through the run's {@code legend}. */
    void insertAll(UUID snapshotId, List<Segmentation> rows, ReasonCodec.Legend legend);

    /**
     * Replaces the rows of these customers in a reopened snapshot by {@code rows} (as {@link #insertAll}) and
     * returns what a re-run announces: the changes of these customers from the snapshot of {@code previous}
     * (none if {@code previous} is null or has no snapshot) to {@code rows} that the replaced rows did not
     * already have. Memory and statements are bounded by the batch: one read, a batched delete by key, a
     * batched insert.
     */
    List<SegmentChange> replace(UUID snapshotId, LocalDate previous, List<Segmentation> rows,
            ReasonCodec.Legend legend);

    /** Stores the reason legend of a snapshot ({@link ReasonCodec.Legend#toJson()}), once its rows are written. */
    void saveLegend(UUID snapshotId, String legendJson);

    /** The as-of dates of the stored snapshots, oldest first. */
    List<LocalDate> dates();

    /**
     * Rows of the snapshot of {@code query.asOf()} matching the query (an indexed look-up), only of
     * customers inside {@code scope} (evaluated in the same SQL, before the limit).
     */
    List<Segmentation> find(SegmentQuery query, RowScope scope);

    /** The pyramid of a snapshot, computed by the database; empty if there is no snapshot of that date. */
    Optional<Pyramid> pyramid(LocalDate asOf, int lorenzPoints);

    /** Tier moves between two snapshots, with up to {@code moversLimit} movers. */
    TierMigration migration(LocalDate from, LocalDate to, int moversLimit);

    /**
     * The customers in both snapshots whose value tier or loyalty differs between them, streamed in customer
     * order (memory does not grow with the book); none if either snapshot is missing.
     */
    void forEachChange(LocalDate from, LocalDate to, java.util.function.Consumer<SegmentChange> sink);

    /** A customer's value tier and loyalty in an earlier and a later snapshot. */
    record SegmentChange(io.insurcrm.core.customer.CustomerId customerId, ValueTier fromTier,
            LoyaltyStatus fromLoyalty, ValueTier toTier, LoyaltyStatus toLoyalty) {
    }
}
