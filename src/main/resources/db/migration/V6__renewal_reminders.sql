-- Renewal reminders: one row per (contract, lead) is both the "sent exactly once" guard (the
-- unique key, shared by every server) and the mail outbox (status, attempts, next attempt), so
-- deciding to remind and queueing the mail are one insert. Portable SQL: runs on H2 and PostgreSQL.
CREATE SEQUENCE renewal_reminder_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE renewal_reminder (
    id              BIGINT       NOT NULL PRIMARY KEY,
    contract_id     BIGINT       NOT NULL,
    supply_point_id BIGINT       NOT NULL,
    customer_id     BIGINT       NOT NULL,
    lead_days       INTEGER      NOT NULL,
    contract_end    TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    CONSTRAINT uq_renewal_reminder_lead UNIQUE (contract_id, lead_days),
    CONSTRAINT fk_renewal_reminder_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_renewal_reminder_supply_point FOREIGN KEY (supply_point_id) REFERENCES supply_point (id),
    CONSTRAINT fk_renewal_reminder_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_renewal_reminder_due ON renewal_reminder (status, next_attempt_at);
CREATE INDEX ix_renewal_reminder_supply_point ON renewal_reminder (supply_point_id);

-- The reminder run looks for contracts ending soon; the connections page joins a grant to its consent.
CREATE INDEX ix_contract_end ON contract (end_date);
CREATE INDEX ix_consent_record_grant ON consent_record (grant_id);
CREATE INDEX ix_grant_supply_point ON token_grant (supply_point_id, status);
