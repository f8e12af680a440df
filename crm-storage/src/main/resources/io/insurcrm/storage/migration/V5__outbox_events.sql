-- V5 (issue 6): delivery of the transactional outbox through channel plugins, and domain events.
-- outbound_message itself (V2) keeps status, version, attempts, next_attempt_at and last_error: a
-- dispatcher claims a message by moving it to DELIVERING with a version check and sets
-- next_attempt_at to the end of its lease, so a message left DELIVERING by a stopped JVM becomes
-- due again when the lease ends.

-- an explicit recipient address given at enqueue time; without one the dispatcher uses the
-- customer's current mobile or e-mail (whichever the channel supports)
CREATE TABLE outbound_recipient (
    message_id  UUID          NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    address     VARCHAR(320)  NOT NULL,
    CONSTRAINT pk_outbound_recipient PRIMARY KEY (message_id),
    CONSTRAINT fk_outbound_recipient_message FOREIGN KEY (message_id) REFERENCES outbound_message (id),
    CONSTRAINT ck_outbound_recipient_kind CHECK (kind IN ('MOBILE', 'EMAIL', 'MESSENGER', 'POSTAL', 'OTHER'))
);

-- delivery receipts, one per message and status: a repeated report is recognised by the key
CREATE TABLE outbound_receipt (
    message_id    UUID          NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    provider_ref  VARCHAR(200),
    reported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    detail        VARCHAR(500)  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_outbound_receipt PRIMARY KEY (message_id, status),
    CONSTRAINT fk_outbound_receipt_message FOREIGN KEY (message_id) REFERENCES outbound_message (id),
    CONSTRAINT ck_outbound_receipt_status CHECK (status IN ('ACCEPTED', 'DELIVERED', 'FAILED'))
);

-- what a dispatcher of one channel looks for
CREATE INDEX ix_outbound_message_channel_due ON outbound_message (channel, status, next_attempt_at);

-- domain events, written in the transaction of the change; append-only (no foreign key to the
-- customer: the log outlives merges). attributes: URL-encoded key=value pairs joined by '&'.
CREATE TABLE domain_event (
    id           UUID          NOT NULL,
    event_type   VARCHAR(40)   NOT NULL,
    customer_id  UUID          NOT NULL,
    subject_ref  VARCHAR(100),
    attributes   VARCHAR(2000) NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_domain_event PRIMARY KEY (id)
);
CREATE INDEX ix_domain_event_customer ON domain_event (customer_id, id);

-- one row per event and subscribed listener, written with the event; delivered like a message
CREATE TABLE event_delivery (
    event_id         UUID          NOT NULL,
    listener         VARCHAR(64)   NOT NULL,
    customer_id      UUID          NOT NULL,
    version          BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(1000),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_event_delivery PRIMARY KEY (event_id, listener),
    CONSTRAINT fk_event_delivery_event FOREIGN KEY (event_id) REFERENCES domain_event (id),
    CONSTRAINT ck_event_delivery_version CHECK (version >= 1),
    CONSTRAINT ck_event_delivery_status CHECK (status IN ('PENDING', 'DELIVERING', 'DELIVERED', 'FAILED', 'DEAD')),
    CONSTRAINT ck_event_delivery_attempts CHECK (attempts >= 0)
);
CREATE INDEX ix_event_delivery_due ON event_delivery (listener, status, next_attempt_at);
CREATE INDEX ix_event_delivery_order ON event_delivery (listener, customer_id, event_id);
