-- A re-run of a date replaces the alerts of each batch of customers it has evaluated and announces only
-- those the date did not have: the batch's stored alerts are read and deleted by customer. H2 indexes the
-- foreign key on its own, PostgreSQL does not.
CREATE INDEX ix_analytics_alert_customer ON analytics_alert (customer_id, as_of);
