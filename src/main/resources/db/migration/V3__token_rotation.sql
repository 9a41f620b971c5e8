-- Refresh-token rotation: a spent refresh token keeps, for a short grace window, its replacement
-- pair sealed with a key only the spent token's holder can derive, so a client retrying a lost
-- answer gets the same pair back while plaintext tokens still never sit in the database.
ALTER TABLE issued_token ADD COLUMN sealed_successor VARCHAR(600);
ALTER TABLE issued_token ADD COLUMN grace_until TIMESTAMP WITH TIME ZONE;
