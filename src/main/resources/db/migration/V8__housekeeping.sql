-- Housekeeping (housekeeping.*): indexes for the purge's look-ups, so each bounded batch reads
-- only its candidates. Portable SQL: runs on H2 and PostgreSQL.

-- Expired access tokens, by kind and expiry.
CREATE INDEX ix_issued_token_expiry ON issued_token (kind, expires_at);
-- Rotated refresh tokens whose sealed successor is kept until the grace window ends.
CREATE INDEX ix_issued_token_grace ON issued_token (grace_until);
-- Superseded snapshots by age; is_current first, as current versions are never candidates.
CREATE INDEX ix_tariff_snapshot_superseded ON tariff_snapshot (is_current, created_at);

-- Expired connect sessions need none: V1's ix_connect_session_expiry (state, expires_at) finds
-- them, and the unique keys of consent_record and decision_delivery on connect_session_id answer
-- whether one is still referenced.
