-- A re-run of a date replaces the alerts of each batch of customers it has evaluated and announces only
-- those the date did not have: the batch's stored alerts are read and deleted by customer. H2 indexes the
-- foreign key on its own, PostgreSQL does not.
CREATE INDEX ix_analytics_alert_customer ON analytics_alert (customer_id, as_of);

-- The pyramid reads a snapshot's premiums ascending and its profits descending: in index order, H2 and
-- PostgreSQL stream them instead of sorting a million rows (H2 wrote them to a temporary store first).
CREATE INDEX ix_segment_result_premium ON segment_result (snapshot_id, premium_12);
CREATE INDEX ix_segment_result_profit ON segment_result (snapshot_id, profit_12 DESC);
