-- Customers who sign in at the provider's identity provider (identity.provider=oidc): the IdP's
-- subject and the billing reference its claim carries are what we keep of them, never a password.
-- Their e-mail comes from the IdP when it gives one. Portable SQL: runs on H2 and PostgreSQL.
ALTER TABLE customer ADD COLUMN idp_subject VARCHAR(255);
ALTER TABLE customer ADD COLUMN billing_ref VARCHAR(64);
ALTER TABLE customer ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE customer ALTER COLUMN email DROP NOT NULL;
-- Both allow many NULLs (embedded customers) on H2 and PostgreSQL.
CREATE UNIQUE INDEX uq_customer_idp_subject ON customer (idp_subject);
CREATE UNIQUE INDEX uq_customer_billing_ref ON customer (billing_ref);

-- A sign-in sent to the IdP and not yet back: one row per authorization request, found by the
-- SHA-256 of its state, deleted by the one callback that uses it (a replay finds nothing) or by
-- housekeeping once expired (no foreign key, so it never holds up the purge of its connect session). The nonce and the PKCE verifier never leave the server.
CREATE TABLE idp_sign_in (
    state_hash         VARCHAR(64)  NOT NULL PRIMARY KEY,
    purpose            VARCHAR(16)  NOT NULL,
    connect_session_id BIGINT,
    nonce              VARCHAR(64)  NOT NULL,
    code_verifier      VARCHAR(128) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_idp_sign_in_expires ON idp_sign_in (expires_at);
