-- Tariff snapshots: the tariff of a supply point as last known, versioned. Polls are answered
-- from the current snapshot; the content hash drives the tariff API's ETag. poll_state keeps the
-- per-grant polling limit in the database, so every server enforces the same limit.
CREATE SEQUENCE tariff_snapshot_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE tariff_snapshot (
    id              BIGINT         NOT NULL PRIMARY KEY,
    supply_point_id BIGINT         NOT NULL,
    version         INTEGER        NOT NULL,
    content_hash    VARCHAR(64)    NOT NULL,
    body            VARCHAR(200000) NOT NULL,
    is_current      BOOLEAN        NOT NULL,
    stale           BOOLEAN        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_updated    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_tariff_snapshot_version UNIQUE (supply_point_id, version),
    CONSTRAINT fk_tariff_snapshot_supply_point FOREIGN KEY (supply_point_id) REFERENCES supply_point (id)
);
CREATE INDEX ix_tariff_snapshot_current ON tariff_snapshot (supply_point_id, is_current);

CREATE TABLE poll_state (
    grant_id       BIGINT NOT NULL PRIMARY KEY,
    last_full_at   TIMESTAMP WITH TIME ZONE,
    last_polled_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_poll_state_grant FOREIGN KEY (grant_id) REFERENCES token_grant (id)
);
