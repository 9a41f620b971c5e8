-- Connect flow foundation: customers, supply points, contracts, grants, tokens, connect sessions,
-- consent records, decision outbox and the audit log. Portable SQL: runs on H2 and PostgreSQL.

CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE supply_point_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE contract_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE token_grant_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE issued_token_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE connect_session_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE consent_record_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE decision_delivery_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE customer (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    email                VARCHAR(254) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    failed_logins        INTEGER      NOT NULL,
    failure_window_start TIMESTAMP WITH TIME ZONE,
    locked_until         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT uq_customer_email UNIQUE (email)
);

CREATE TABLE supply_point (
    id            BIGINT       NOT NULL PRIMARY KEY,
    reference     VARCHAR(64)  NOT NULL,
    customer_id   BIGINT       NOT NULL,
    label         VARCHAR(120) NOT NULL,
    address_line1 VARCHAR(200) NOT NULL,
    address_line2 VARCHAR(200),
    city          VARCHAR(120) NOT NULL,
    state         VARCHAR(120),
    post_code     VARCHAR(20)  NOT NULL,
    country_code  VARCHAR(2)   NOT NULL,
    CONSTRAINT uq_supply_point_reference UNIQUE (reference),
    CONSTRAINT fk_supply_point_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_supply_point_customer ON supply_point (customer_id);

CREATE TABLE contract (
    id              BIGINT      NOT NULL PRIMARY KEY,
    supply_point_id BIGINT      NOT NULL,
    commodity       VARCHAR(20) NOT NULL,
    start_date      TIMESTAMP WITH TIME ZONE NOT NULL,
    end_date        TIMESTAMP WITH TIME ZONE,
    term_type       VARCHAR(20) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    CONSTRAINT fk_contract_supply_point FOREIGN KEY (supply_point_id) REFERENCES supply_point (id)
);
CREATE INDEX ix_contract_supply_point ON contract (supply_point_id, status);

CREATE TABLE token_grant (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    customer_id         BIGINT       NOT NULL,
    supply_point_id     BIGINT       NOT NULL,
    flatpeak_account_id VARCHAR(40)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at          TIMESTAMP WITH TIME ZONE,
    revoked_reason      VARCHAR(200),
    version             BIGINT       NOT NULL,
    CONSTRAINT fk_grant_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_grant_supply_point FOREIGN KEY (supply_point_id) REFERENCES supply_point (id)
);
CREATE INDEX ix_grant_customer ON token_grant (customer_id, status);

CREATE TABLE issued_token (
    id         BIGINT      NOT NULL PRIMARY KEY,
    grant_id   BIGINT      NOT NULL,
    kind       VARCHAR(10) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    status     VARCHAR(10) NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    spent_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_issued_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_issued_token_grant FOREIGN KEY (grant_id) REFERENCES token_grant (id)
);
CREATE INDEX ix_issued_token_grant ON issued_token (grant_id, status);

CREATE TABLE connect_session (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    connect_token         VARCHAR(40)   NOT NULL,
    state                 VARCHAR(24)   NOT NULL,
    live_mode             BOOLEAN       NOT NULL,
    flatpeak_account_id   VARCHAR(40)   NOT NULL,
    flatpeak_account_name VARCHAR(200)  NOT NULL,
    logo_url              VARCHAR(1000),
    terms_url             VARCHAR(1000),
    privacy_url           VARCHAR(1000),
    support_url           VARCHAR(1000),
    connect_web_uri       VARCHAR(1000) NOT NULL,
    customer_id           BIGINT,
    supply_point_id       BIGINT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT uq_connect_session_token UNIQUE (connect_token)
);
CREATE INDEX ix_connect_session_expiry ON connect_session (state, expires_at);

CREATE TABLE consent_record (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    connect_session_id    BIGINT       NOT NULL,
    customer_id           BIGINT       NOT NULL,
    supply_point_id       BIGINT       NOT NULL,
    grant_id              BIGINT       NOT NULL,
    flatpeak_account_id   VARCHAR(40)  NOT NULL,
    flatpeak_account_name VARCHAR(200) NOT NULL,
    terms_version         VARCHAR(80)  NOT NULL,
    consented_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    client_ip             VARCHAR(64),
    user_agent            VARCHAR(512),
    CONSTRAINT uq_consent_record_session UNIQUE (connect_session_id),
    CONSTRAINT fk_consent_record_session FOREIGN KEY (connect_session_id) REFERENCES connect_session (id),
    CONSTRAINT fk_consent_record_grant FOREIGN KEY (grant_id) REFERENCES token_grant (id)
);
CREATE INDEX ix_consent_record_customer ON consent_record (customer_id);

CREATE TABLE decision_delivery (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    connect_session_id BIGINT      NOT NULL,
    action             VARCHAR(20) NOT NULL,
    status             VARCHAR(12) NOT NULL,
    attempts           INTEGER     NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at         TIMESTAMP WITH TIME ZONE,
    delivered_at       TIMESTAMP WITH TIME ZONE,
    last_error         VARCHAR(500),
    CONSTRAINT uq_decision_delivery_session UNIQUE (connect_session_id),
    CONSTRAINT fk_decision_delivery_session FOREIGN KEY (connect_session_id) REFERENCES connect_session (id)
);
CREATE INDEX ix_decision_delivery_due ON decision_delivery (status, next_attempt_at);

CREATE TABLE audit_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    type        VARCHAR(40)   NOT NULL,
    actor       VARCHAR(120)  NOT NULL,
    subject     VARCHAR(120),
    detail      VARCHAR(1000)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
