-- The provider's public tariff catalogue (catalogue package): every version of each tariff product
-- billing sells. A version is in force from valid_from until valid_to (NULL: open); the versions of
-- one product never overlap, because a new one closes the one before at its own valid_from. body is
-- the product's JSON as the catalogue API serves it (content_hash: its SHA-256, so an unchanged
-- product writes nothing). Portable SQL: runs on H2 and PostgreSQL.
CREATE SEQUENCE tariff_product_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE tariff_product_version (
    id           BIGINT          NOT NULL PRIMARY KEY,
    product_id   VARCHAR(64)     NOT NULL,
    version      INTEGER         NOT NULL,
    direction    VARCHAR(6)      NOT NULL,
    content_hash VARCHAR(64)     NOT NULL,
    body         VARCHAR(100000) NOT NULL,
    valid_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to     TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_tariff_product_version UNIQUE (product_id, version),
    CONSTRAINT uq_tariff_product_valid_from UNIQUE (product_id, valid_from)
);
-- The API's listing: versions in force at a time, in product order (the unique index on
-- (product_id, valid_from) serves the keyset order; this one the time range on its own).
CREATE INDEX ix_tariff_product_in_force ON tariff_product_version (valid_from, valid_to);

-- Where a version is sold, for the API's region filter (names live in body).
CREATE TABLE tariff_product_region (
    version_id  BIGINT      NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    CONSTRAINT pk_tariff_product_region PRIMARY KEY (version_id, region_code),
    CONSTRAINT fk_tariff_product_region_version FOREIGN KEY (version_id)
        REFERENCES tariff_product_version (id) ON DELETE CASCADE
);
CREATE INDEX ix_tariff_product_region ON tariff_product_region (region_code, version_id);
