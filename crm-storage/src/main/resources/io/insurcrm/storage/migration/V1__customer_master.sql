-- InsurCRM customer master: branches, customers, households, policies, premium payments, claims
-- and interactions. Portable across H2 2.x and PostgreSQL 15, and parsed at build time by jOOQ's
-- DDLDatabase to generate the storage code, so: plain standard types, lower-case unquoted names,
-- and every constraint named (pk_, fk_, uq_, ck_; ix_ for plain indexes).
-- Ids are UUIDs made in Java; enums are stored by name as VARCHAR; money is NUMERIC(18,2) with a
-- CHAR(3) ISO 4217 currency; instants are TIMESTAMP WITH TIME ZONE (written in UTC).

CREATE TABLE branch (
    id            UUID         NOT NULL,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    branch_level  VARCHAR(20)  NOT NULL,
    parent_id     UUID,
    region        VARCHAR(100),
    CONSTRAINT pk_branch PRIMARY KEY (id),
    CONSTRAINT uq_branch_code UNIQUE (code),
    CONSTRAINT fk_branch_parent FOREIGN KEY (parent_id) REFERENCES branch (id),
    CONSTRAINT ck_branch_root CHECK ((branch_level = 'HEAD_OFFICE') = (parent_id IS NULL))
);
CREATE INDEX ix_branch_parent_id ON branch (parent_id);

CREATE TABLE customer (
    id                  UUID          NOT NULL,
    version             BIGINT        NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    gender              VARCHAR(10),
    date_of_birth       DATE,
    native_place        VARCHAR(100),
    marital_status      VARCHAR(20),
    education           VARCHAR(30),
    national_id         VARCHAR(18),
    organisation_code   VARCHAR(18),
    mobile              VARCHAR(11),
    email               VARCHAR(254),
    employer            VARCHAR(200),
    department          VARCHAR(100),
    job_position        VARCHAR(100),
    occupation          VARCHAR(100),
    occupation_class    INTEGER,
    industry            VARCHAR(100),
    work_province       VARCHAR(50),
    work_city           VARCHAR(50),
    work_district       VARCHAR(50),
    work_address_line   VARCHAR(200),
    work_postcode       VARCHAR(10),
    home_province       VARCHAR(50),
    home_city           VARCHAR(50),
    home_district       VARCHAR(50),
    home_address_line   VARCHAR(200),
    home_postcode       VARCHAR(10),
    work_phone          VARCHAR(30),
    home_phone          VARCHAR(30),
    fax                 VARCHAR(30),
    life_situation      VARCHAR(2000),
    branch_id           UUID          NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_customer PRIMARY KEY (id),
    CONSTRAINT uq_customer_national_id UNIQUE (national_id),
    CONSTRAINT uq_customer_organisation_code UNIQUE (organisation_code),
    CONSTRAINT uq_customer_mobile UNIQUE (mobile),
    CONSTRAINT fk_customer_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT ck_customer_version CHECK (version >= 1),
    CONSTRAINT ck_customer_kind CHECK (kind IN ('INDIVIDUAL', 'CORPORATE')),
    CONSTRAINT ck_customer_occupation_class CHECK (occupation_class BETWEEN 1 AND 6)
);
CREATE INDEX ix_customer_branch_id ON customer (branch_id);

CREATE TABLE household (
    id    UUID        NOT NULL,
    code  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_household PRIMARY KEY (id),
    CONSTRAINT uq_household_code UNIQUE (code)
);

CREATE TABLE household_member (
    household_id  UUID        NOT NULL,
    customer_id   UUID        NOT NULL,
    relationship  VARCHAR(20) NOT NULL,
    CONSTRAINT pk_household_member PRIMARY KEY (household_id, customer_id),
    CONSTRAINT uq_household_member_customer UNIQUE (customer_id),
    CONSTRAINT fk_household_member_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_household_member_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

CREATE TABLE policy (
    id                      UUID          NOT NULL,
    version                 BIGINT        NOT NULL,
    policy_number           VARCHAR(40)   NOT NULL,
    holder_id               UUID          NOT NULL,
    product_line            VARCHAR(30)   NOT NULL,
    product_code            VARCHAR(40),
    sales_channel           VARCHAR(30)   NOT NULL,
    branch_id               UUID          NOT NULL,
    licence_plate           VARCHAR(10),
    start_date              DATE          NOT NULL,
    end_date                DATE          NOT NULL,
    premium                 NUMERIC(18,2) NOT NULL,
    sum_insured             NUMERIC(18,2),
    currency                CHAR(3)       NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    previous_policy_number  VARCHAR(40),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_policy PRIMARY KEY (id),
    CONSTRAINT uq_policy_policy_number UNIQUE (policy_number),
    CONSTRAINT fk_policy_holder FOREIGN KEY (holder_id) REFERENCES customer (id),
    CONSTRAINT fk_policy_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT ck_policy_version CHECK (version >= 1),
    CONSTRAINT ck_policy_period CHECK (start_date <= end_date),
    CONSTRAINT ck_policy_premium CHECK (premium >= 0),
    CONSTRAINT ck_policy_sum_insured CHECK (sum_insured >= 0)
);
CREATE INDEX ix_policy_holder_id ON policy (holder_id, start_date);
CREATE INDEX ix_policy_licence_plate ON policy (licence_plate, start_date);
CREATE INDEX ix_policy_branch_id ON policy (branch_id);
CREATE INDEX ix_policy_end_date ON policy (end_date);

CREATE TABLE premium_payment (
    id         UUID          NOT NULL,
    policy_id  UUID          NOT NULL,
    due_date   DATE          NOT NULL,
    paid_date  DATE,
    amount     NUMERIC(18,2) NOT NULL,
    currency   CHAR(3)       NOT NULL,
    CONSTRAINT pk_premium_payment PRIMARY KEY (id),
    CONSTRAINT fk_premium_payment_policy FOREIGN KEY (policy_id) REFERENCES policy (id),
    CONSTRAINT ck_premium_payment_amount CHECK (amount >= 0)
);
CREATE INDEX ix_premium_payment_policy_id ON premium_payment (policy_id, due_date);

CREATE TABLE claim (
    id              UUID          NOT NULL,
    version         BIGINT        NOT NULL,
    claim_number    VARCHAR(40)   NOT NULL,
    policy_id       UUID          NOT NULL,
    customer_id     UUID          NOT NULL,
    loss_date       DATE          NOT NULL,
    reported_date   DATE          NOT NULL,
    settled_date    DATE,
    claimed_amount  NUMERIC(18,2) NOT NULL,
    paid_amount     NUMERIC(18,2),
    currency        CHAR(3)       NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    litigation      BOOLEAN       NOT NULL,
    cause           VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_claim PRIMARY KEY (id),
    CONSTRAINT uq_claim_claim_number UNIQUE (claim_number),
    CONSTRAINT fk_claim_policy FOREIGN KEY (policy_id) REFERENCES policy (id),
    CONSTRAINT fk_claim_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_claim_version CHECK (version >= 1),
    CONSTRAINT ck_claim_dates CHECK (loss_date <= reported_date),
    CONSTRAINT ck_claim_amounts CHECK (claimed_amount >= 0 AND paid_amount >= 0)
);
CREATE INDEX ix_claim_customer_id ON claim (customer_id, loss_date);
CREATE INDEX ix_claim_policy_id ON claim (policy_id);

CREATE TABLE interaction (
    id                UUID          NOT NULL,
    customer_id       UUID          NOT NULL,
    channel           VARCHAR(30)   NOT NULL,
    interaction_type  VARCHAR(30)   NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    staff_id          VARCHAR(64),
    summary           VARCHAR(4000),
    source_ref        VARCHAR(100),
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_interaction PRIMARY KEY (id),
    CONSTRAINT uq_interaction_source_ref UNIQUE (source_ref),
    CONSTRAINT fk_interaction_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_interaction_customer_id ON interaction (customer_id, occurred_at);
