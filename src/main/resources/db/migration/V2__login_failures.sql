-- Sliding-window lockout: one row per failed sign-in replaces the per-customer counter and its
-- fixed window. Rows are deleted on success, on lock and once older than the window, so the
-- table stays small. Portable SQL: runs on H2 and PostgreSQL.

CREATE SEQUENCE login_failure_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE login_failure (
    id          BIGINT NOT NULL PRIMARY KEY,
    customer_id BIGINT NOT NULL,
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_login_failure_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_login_failure_customer ON login_failure (customer_id, failed_at);

ALTER TABLE customer DROP COLUMN failed_logins;
ALTER TABLE customer DROP COLUMN failure_window_start;
