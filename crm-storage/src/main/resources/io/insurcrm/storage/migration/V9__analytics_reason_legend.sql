-- The fact and threshold of each reason code of a snapshot, kept once here instead of in every
-- segment_result row ({"code":["fact","threshold"],...}); NULL for snapshots written before V9, whose
-- rows carry every reason in full.
ALTER TABLE analytics_snapshot ADD COLUMN reason_legend VARCHAR(8000);
