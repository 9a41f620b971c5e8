-- Sign-in lockout per typed e-mail address, account or not: an address without an account now
-- locks after as many wrong passwords as one with, so neither the answer nor its timing tells which
-- addresses have accounts. Portable SQL: runs on H2 and PostgreSQL.

-- Rows that exist only to be locked. Attempts at one address take turns on its stripe
-- (MOD(LENGTH(email) * 31 + ASCII(email), 64), computed the same way by identity.SignInAttempts),
-- so the first attempt at an address nobody has tried has a row to lock and no insert to race.
CREATE TABLE sign_in_stripe (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO sign_in_stripe (id) VALUES
    (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16),
    (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31),
    (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46),
    (47), (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61),
    (62), (63);

CREATE TABLE sign_in_lock (
    email        VARCHAR(254) NOT NULL PRIMARY KEY,
    stripe       INTEGER NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sign_in_lock_stripe ON sign_in_lock (stripe, locked_until);

-- Accounts locked now stay locked until their time.
INSERT INTO sign_in_lock (email, stripe, locked_until)
    SELECT email, MOD(LENGTH(email) * 31 + ASCII(email), 64), locked_until
    FROM customer
    WHERE locked_until IS NOT NULL;
ALTER TABLE customer DROP COLUMN locked_until;

-- Attempts are keyed by address. The failures counted so far (at most one window's, below the
-- limit) are dropped rather than carried over: the count starts afresh once, at the upgrade.
DELETE FROM login_failure;
ALTER TABLE login_failure DROP CONSTRAINT fk_login_failure_customer;
DROP INDEX ix_login_failure_customer;
ALTER TABLE login_failure DROP COLUMN customer_id;
ALTER TABLE login_failure ADD COLUMN email VARCHAR(254) NOT NULL;
ALTER TABLE login_failure ADD COLUMN stripe INTEGER NOT NULL;
CREATE INDEX ix_login_failure_email ON login_failure (email, failed_at);
CREATE INDEX ix_login_failure_stripe ON login_failure (stripe, failed_at);
