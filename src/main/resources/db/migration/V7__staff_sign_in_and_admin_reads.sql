-- Staff sign-in lockout and the admin pages' read paths. Staff come from the server's user
-- registry, so a failed staff sign-in is keyed by the name typed, never by a customer id.
-- Portable SQL: runs on H2 and PostgreSQL.
CREATE SEQUENCE staff_login_failure_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE staff_login_failure (
    id        BIGINT       NOT NULL PRIMARY KEY,
    username  VARCHAR(100) NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_staff_login_failure_user ON staff_login_failure (username, failed_at);

-- Admin look-ups: a flow's steps by subject, sessions by date, grants and consents by supply point.
CREATE INDEX ix_audit_event_subject ON audit_event (subject, occurred_at);
CREATE INDEX ix_connect_session_created ON connect_session (created_at);
-- Grants by supply point: V6's ix_grant_supply_point (supply_point_id, status) serves that search.
