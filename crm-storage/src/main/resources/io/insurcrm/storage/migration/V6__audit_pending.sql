-- Issue 7 (performance of the 360° view): reads in clear are staged, then sealed into the chain.
-- A read in clear inserts one row here in the reader's transaction, without taking the chain-head
-- lock, so the record commits (durably) with the read. Sealing links the staged rows into
-- audit_entry (seq, prev_hash, hash, in id order) under the audit_head lock and deletes them from
-- here; it runs before any append of a write, before every audit query and verification, and by
-- the reader after every few hundred staged reads. Until sealed, a staged row is recorded but not
-- yet tamper-evident (docs/access.md).

CREATE TABLE audit_pending (
    id           UUID         NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     VARCHAR(64)  NOT NULL,
    actor_role   VARCHAR(64)  NOT NULL,
    channel      VARCHAR(40)  NOT NULL,
    action_name  VARCHAR(40)  NOT NULL,
    customer_id  UUID,
    field_names  VARCHAR(2000),
    CONSTRAINT pk_audit_pending PRIMARY KEY (id)
);
