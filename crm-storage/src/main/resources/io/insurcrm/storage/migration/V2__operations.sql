-- InsurCRM operational CRM: account managers and their customers, follow-up tasks, customer
-- segments, renewal follow-up, complaints, the blacklist and the transactional outbox.
-- Same conventions as V1: portable H2 2.x / PostgreSQL 15, every constraint named.

CREATE TABLE account_manager (
    id          UUID         NOT NULL,
    version     BIGINT       NOT NULL,
    staff_id    VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    branch_id   UUID         NOT NULL,
    grade       VARCHAR(20)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_account_manager PRIMARY KEY (id),
    CONSTRAINT uq_account_manager_staff_id UNIQUE (staff_id),
    CONSTRAINT fk_account_manager_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT ck_account_manager_version CHECK (version >= 1),
    CONSTRAINT ck_account_manager_grade CHECK (grade IN ('CHIEF', 'SENIOR', 'INTERMEDIATE', 'JUNIOR', 'TRAINEE'))
);
CREATE INDEX ix_account_manager_branch_id ON account_manager (branch_id);

-- grade decisions: the initial grading and one re-certification per manager and year
CREATE TABLE account_manager_grading (
    id                   UUID        NOT NULL,
    account_manager_id   UUID        NOT NULL,
    certification_year   INTEGER     NOT NULL,
    evaluation           VARCHAR(20),
    previous_grade       VARCHAR(20),
    grade                VARCHAR(20) NOT NULL,
    outcome              VARCHAR(10) NOT NULL,
    approving_level      VARCHAR(20) NOT NULL,
    approved_by          VARCHAR(64) NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_account_manager_grading PRIMARY KEY (id),
    CONSTRAINT uq_account_manager_grading_year UNIQUE (account_manager_id, certification_year),
    CONSTRAINT fk_account_manager_grading_manager FOREIGN KEY (account_manager_id) REFERENCES account_manager (id)
);

-- the one current responsible manager of a customer: the primary key makes "at most one" a storage rule
CREATE TABLE customer_assignment (
    customer_id         UUID    NOT NULL,
    account_manager_id  UUID    NOT NULL,
    version             BIGINT  NOT NULL,
    assigned_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    change_id           UUID    NOT NULL,
    CONSTRAINT pk_customer_assignment PRIMARY KEY (customer_id),
    CONSTRAINT fk_customer_assignment_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_customer_assignment_manager FOREIGN KEY (account_manager_id) REFERENCES account_manager (id),
    CONSTRAINT ck_customer_assignment_version CHECK (version >= 1)
);
CREATE INDEX ix_customer_assignment_manager ON customer_assignment (account_manager_id);
CREATE INDEX ix_customer_assignment_change ON customer_assignment (change_id);

-- append-only: version n of a customer's assignment; (customer, version) is the key, so a set-based
-- INSERT ... SELECT needs no ids made row by row
CREATE TABLE customer_assignment_history (
    customer_id          UUID        NOT NULL,
    version              BIGINT      NOT NULL,
    account_manager_id   UUID        NOT NULL,
    previous_manager_id  UUID,
    assigned_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reason               VARCHAR(20) NOT NULL,
    changed_by           VARCHAR(64) NOT NULL,
    change_id            UUID        NOT NULL,
    CONSTRAINT pk_customer_assignment_history PRIMARY KEY (customer_id, version),
    CONSTRAINT fk_customer_assignment_history_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_customer_assignment_history_manager FOREIGN KEY (account_manager_id) REFERENCES account_manager (id)
);
CREATE INDEX ix_customer_assignment_history_manager ON customer_assignment_history (account_manager_id);

-- the segment a customer is in, written by the analytics (or by hand until they run)
CREATE TABLE customer_segment (
    customer_id  UUID        NOT NULL,
    segment      VARCHAR(40) NOT NULL,
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    source       VARCHAR(40) NOT NULL,
    CONSTRAINT pk_customer_segment PRIMARY KEY (customer_id),
    CONSTRAINT fk_customer_segment_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_customer_segment_segment ON customer_segment (segment);

CREATE TABLE follow_up_task (
    id            UUID          NOT NULL,
    version       BIGINT        NOT NULL,
    customer_id   UUID          NOT NULL,
    owner_id      UUID          NOT NULL,
    due_date      DATE          NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    outcome       VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_follow_up_task PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_task_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_follow_up_task_owner FOREIGN KEY (owner_id) REFERENCES account_manager (id),
    CONSTRAINT ck_follow_up_task_version CHECK (version >= 1),
    CONSTRAINT ck_follow_up_task_status CHECK (status IN ('OPEN', 'DONE', 'CANCELLED'))
);
CREATE INDEX ix_follow_up_task_owner ON follow_up_task (owner_id, status, due_date);

CREATE INDEX ix_interaction_staff_id ON interaction (staff_id, occurred_at);
CREATE INDEX ix_policy_previous_policy_number ON policy (previous_policy_number);

-- the follow-up outcome an account manager recorded for an expiring policy
CREATE TABLE renewal_follow_up (
    policy_id   UUID         NOT NULL,
    version     BIGINT       NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    note        VARCHAR(1000),
    updated_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_renewal_follow_up PRIMARY KEY (policy_id),
    CONSTRAINT fk_renewal_follow_up_policy FOREIGN KEY (policy_id) REFERENCES policy (id),
    CONSTRAINT ck_renewal_follow_up_status CHECK (status IN ('WILL_RENEW', 'WILL_NOT_RENEW', 'UNDECIDED'))
);

CREATE TABLE complaint (
    id                     UUID          NOT NULL,
    version                BIGINT        NOT NULL,
    customer_id            UUID          NOT NULL,
    policy_id              UUID,
    category               VARCHAR(40)   NOT NULL,
    product_line           VARCHAR(30),
    root_cause             VARCHAR(40),
    summary                VARCHAR(4000),
    state                  VARCHAR(20)   NOT NULL,
    origin_branch_id       UUID          NOT NULL,
    responsible_branch_id  UUID          NOT NULL,
    received_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    state_entered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_at            TIMESTAMP WITH TIME ZONE,
    handled_at             TIMESTAMP WITH TIME ZONE,
    handling_seconds       BIGINT,
    escalations            INTEGER       NOT NULL,
    sla_breached           BOOLEAN       NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_complaint PRIMARY KEY (id),
    CONSTRAINT fk_complaint_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_complaint_policy FOREIGN KEY (policy_id) REFERENCES policy (id),
    CONSTRAINT fk_complaint_origin_branch FOREIGN KEY (origin_branch_id) REFERENCES branch (id),
    CONSTRAINT fk_complaint_responsible_branch FOREIGN KEY (responsible_branch_id) REFERENCES branch (id),
    CONSTRAINT ck_complaint_version CHECK (version >= 1),
    CONSTRAINT ck_complaint_handling CHECK (handling_seconds >= 0)
);
CREATE INDEX ix_complaint_customer_id ON complaint (customer_id);
CREATE INDEX ix_complaint_deadline_at ON complaint (deadline_at);
CREATE INDEX ix_complaint_received_at ON complaint (received_at);

CREATE TABLE complaint_history (
    id                UUID         NOT NULL,
    complaint_id      UUID         NOT NULL,
    seq               INTEGER      NOT NULL,
    event             VARCHAR(20)  NOT NULL,
    from_state        VARCHAR(20),
    to_state          VARCHAR(20)  NOT NULL,
    from_branch_id    UUID,
    to_branch_id      UUID         NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_at       TIMESTAMP WITH TIME ZONE,
    actor_id          VARCHAR(64)  NOT NULL,
    note              VARCHAR(1000),
    CONSTRAINT pk_complaint_history PRIMARY KEY (id),
    CONSTRAINT uq_complaint_history_seq UNIQUE (complaint_id, seq),
    CONSTRAINT fk_complaint_history_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

CREATE TABLE blacklist_entry (
    id               UUID          NOT NULL,
    version          BIGINT        NOT NULL,
    national_id      VARCHAR(18),
    mobile           VARCHAR(11),
    person_name      VARCHAR(200),
    date_of_birth    DATE,
    reason_code      VARCHAR(40)   NOT NULL,
    reason           VARCHAR(1000),
    scope_branch_id  UUID,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE,
    revoked_at       TIMESTAMP WITH TIME ZONE,
    added_by         VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_blacklist_entry PRIMARY KEY (id),
    CONSTRAINT fk_blacklist_entry_scope_branch FOREIGN KEY (scope_branch_id) REFERENCES branch (id),
    CONSTRAINT ck_blacklist_entry_version CHECK (version >= 1),
    CONSTRAINT ck_blacklist_entry_identifier CHECK (national_id IS NOT NULL OR mobile IS NOT NULL
        OR (person_name IS NOT NULL AND date_of_birth IS NOT NULL))
);
CREATE INDEX ix_blacklist_entry_national_id ON blacklist_entry (national_id);
CREATE INDEX ix_blacklist_entry_mobile ON blacklist_entry (mobile);
CREATE INDEX ix_blacklist_entry_name_dob ON blacklist_entry (person_name, date_of_birth);

CREATE TABLE blacklist_history (
    id               UUID          NOT NULL,
    entry_id         UUID          NOT NULL,
    action           VARCHAR(20)   NOT NULL,
    reason_code      VARCHAR(40)   NOT NULL,
    scope_branch_id  UUID,
    expires_at       TIMESTAMP WITH TIME ZONE,
    actor_id         VARCHAR(64)   NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_blacklist_history PRIMARY KEY (id),
    CONSTRAINT fk_blacklist_history_entry FOREIGN KEY (entry_id) REFERENCES blacklist_entry (id)
);
CREATE INDEX ix_blacklist_history_entry_id ON blacklist_history (entry_id, occurred_at);

-- the transactional outbox: written in the transaction of the change that causes a message; a
-- dispatcher (another component) delivers, retries with back-off, and dead-letters
CREATE TABLE outbound_message (
    id               UUID          NOT NULL,
    version          BIGINT        NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    channel          VARCHAR(40)   NOT NULL,
    customer_id      UUID,
    template         VARCHAR(100)  NOT NULL,
    subject          VARCHAR(200),
    body             VARCHAR(4000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_outbound_message PRIMARY KEY (id),
    CONSTRAINT uq_outbound_message_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT fk_outbound_message_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_outbound_message_version CHECK (version >= 1),
    CONSTRAINT ck_outbound_message_status CHECK (status IN ('PENDING', 'DELIVERING', 'DELIVERED', 'FAILED', 'DEAD')),
    CONSTRAINT ck_outbound_message_attempts CHECK (attempts >= 0)
);
CREATE INDEX ix_outbound_message_status ON outbound_message (status, next_attempt_at);
