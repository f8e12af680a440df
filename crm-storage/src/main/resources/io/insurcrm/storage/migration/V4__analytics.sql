-- Analytics: dated segmentation snapshots (one per as-of date) and alerts (one per rule, customer and
-- as-of date, so re-running a date never duplicates). Written by crm-analytics through crm-storage.

CREATE TABLE analytics_snapshot (
    id          UUID          NOT NULL,
    as_of       DATE          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    settings    VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_analytics_snapshot PRIMARY KEY (id),
    CONSTRAINT uq_analytics_snapshot_as_of UNIQUE (as_of)
);

CREATE TABLE segment_result (
    snapshot_id         UUID          NOT NULL,
    customer_id         UUID          NOT NULL,
    branch_id           UUID          NOT NULL,
    value_tier          CHAR(1)       NOT NULL,
    loyalty             VARCHAR(10)   NOT NULL,
    decision_style      VARCHAR(30)   NOT NULL,
    quality             BOOLEAN       NOT NULL,
    key_customer        BOOLEAN       NOT NULL,
    loss_making         BOOLEAN       NOT NULL,
    contribution_score  INTEGER       NOT NULL,
    loyalty_score       INTEGER       NOT NULL,
    premium_12          NUMERIC(18,2) NOT NULL,
    profit_12           NUMERIC(18,2) NOT NULL,
    reasons             VARCHAR(8000) NOT NULL,
    CONSTRAINT pk_segment_result PRIMARY KEY (snapshot_id, customer_id),
    CONSTRAINT fk_segment_result_snapshot FOREIGN KEY (snapshot_id) REFERENCES analytics_snapshot (id),
    CONSTRAINT fk_segment_result_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_segment_result_tier CHECK (value_tier IN ('A', 'B', 'C')),
    CONSTRAINT ck_segment_result_scores CHECK (contribution_score BETWEEN 0 AND 100 AND loyalty_score BETWEEN 0 AND 100)
);
-- "tier A and WARNING in branch X" of one snapshot
CREATE INDEX ix_segment_result_tier ON segment_result (snapshot_id, value_tier, loyalty, branch_id);
CREATE INDEX ix_segment_result_branch ON segment_result (snapshot_id, branch_id);

CREATE TABLE analytics_alert (
    id           UUID          NOT NULL,
    rule_id      VARCHAR(64)   NOT NULL,
    customer_id  UUID          NOT NULL,
    branch_id    UUID          NOT NULL,
    as_of        DATE          NOT NULL,
    severity     VARCHAR(10)   NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    facts        VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_analytics_alert PRIMARY KEY (id),
    CONSTRAINT uq_analytics_alert UNIQUE (rule_id, customer_id, as_of),
    CONSTRAINT fk_analytics_alert_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_analytics_alert_severity CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH'))
);
CREATE INDEX ix_analytics_alert_as_of ON analytics_alert (as_of, severity);

