package com.tariffbridge.sandbox.seed;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Ids from the product's sequences, in blocks of 50 per sequence value v: v-49 … v, the block
 * Hibernate's pooled optimiser would take, so rows written here never collide with the product's.
 * One instance per connection and unit of work.
 */
public final class SeedIds {

    private static final int BLOCK = 50;

    private final Connection db;
    private final boolean postgres;
    private final Map<String, long[]> blocks = new HashMap<>();

    public SeedIds(Connection db) throws SQLException {
        this.db = db;
        this.postgres =
                db.getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .contains("postgres");
    }

    public long next(String sequence) throws SQLException {
        long[] block = blocks.get(sequence);
        if (block == null || block[0] > block[1]) {
            long high;
            do {
                high = nextval(sequence);
            } while (high < BLOCK);
            block = new long[] {high - BLOCK + 1, high};
            blocks.put(sequence, block);
        }
        return block[0]++;
    }

    private long nextval(String sequence) throws SQLException {
        String sql =
                postgres
                        ? "select nextval('" + sequence + "')"
                        : "select next value for " + sequence;
        try (var statement = db.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
