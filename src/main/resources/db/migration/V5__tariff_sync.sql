-- Tariff sync from the provider's billing system. One row per sync run; running_slot is 1 while a
-- run is RUNNING and NULL otherwise, so the unique constraint lets only one run at a time exist
-- across every server sharing the database (several NULLs are allowed on H2 and PostgreSQL).
-- heartbeat_at moves with each page, so a run whose server died can be recognised and taken over.
CREATE SEQUENCE sync_run_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE sync_run (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    status              VARCHAR(12)  NOT NULL,
    running_slot        INTEGER,
    trigger_source      VARCHAR(20)  NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    total               INTEGER      NOT NULL,
    checked             INTEGER      NOT NULL,
    changed             INTEGER      NOT NULL,
    failed              INTEGER      NOT NULL,
    failed_timeout      INTEGER      NOT NULL,
    failed_circuit_open INTEGER      NOT NULL,
    failed_unavailable  INTEGER      NOT NULL,
    failed_rejected     INTEGER      NOT NULL,
    last_error          VARCHAR(500),
    CONSTRAINT uq_sync_run_running UNIQUE (running_slot)
);
CREATE INDEX ix_sync_run_started ON sync_run (started_at);

-- Keyset pages over the supply points that have an active grant (the sync's work list).
CREATE INDEX ix_grant_active_supply ON token_grant (status, supply_point_id);

-- The ETag of the last full answer per grant: a changed tariff may be fetched in full at once,
-- only a repeat of the same answer waits for tariff.polling.min-interval.
ALTER TABLE poll_state ADD COLUMN last_full_etag VARCHAR(80);
