-- Graded access (issue 4): the append-only, hash-chained audit trail.
-- audit_entry holds who did what to which customer, which fields (names, never values), when and
-- from which channel; hash = SHA-256(prev_hash || canonical entry), computed in Java (AuditChain).
-- audit_head is a single row holding the last seq and hash: appenders lock it (SELECT ... FOR
-- UPDATE) inside their transaction, so concurrent writers cannot fork the chain, and verification
-- compares the end of the chain with it (a removed last entry is detected too).

CREATE TABLE audit_entry (
    seq          BIGINT       NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     VARCHAR(64)  NOT NULL,
    actor_role   VARCHAR(64)  NOT NULL,
    channel      VARCHAR(40)  NOT NULL,
    action_name  VARCHAR(40)  NOT NULL,
    customer_id  UUID,
    field_names  VARCHAR(2000),
    prev_hash    CHAR(64)     NOT NULL,
    entry_hash   CHAR(64)     NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (seq),
    CONSTRAINT ck_audit_entry_seq CHECK (seq >= 1)
);
CREATE INDEX ix_audit_entry_customer ON audit_entry (customer_id, seq);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_id, seq);

CREATE TABLE audit_head (
    id         INTEGER  NOT NULL,
    last_seq   BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
