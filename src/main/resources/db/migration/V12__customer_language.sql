-- The language the customer's pages were shown in when they last signed in or consented
-- (identity.CustomerLanguages): a BCP 47 tag such as 'de', read by the renewal reminder so the mail
-- speaks it. NULL (customers from before, or never signed in here): English. Portable SQL: runs on
-- H2 and PostgreSQL.
ALTER TABLE customer ADD COLUMN language VARCHAR(16);
