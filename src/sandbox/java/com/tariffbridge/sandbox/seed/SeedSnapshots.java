package com.tariffbridge.sandbox.seed;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Tariff snapshots in the product's table: a body in the tariff API's document shape and its
 * content hash. Versioned as the product versions them: an unchanged body writes nothing, a changed
 * one becomes the next current version.
 */
@ApplicationScoped
@Transactional
public class SeedSnapshots {

    @Resource(lookup = "jdbc/tariffbridge")
    DataSource dataSource;

    @Inject Clock clock;

    /** Whether a new version was written. */
    public boolean store(long supplyPointId, String body) throws SQLException {
        String hash = SeedHashes.sha256(body);
        var now = SeedSupplies.utc(clock.instant());
        try (var db = dataSource.getConnection()) {
            int version = 0;
            try (var current =
                    db.prepareStatement(
                            "select id, version, content_hash from tariff_snapshot "
                                    + "where supply_point_id = ? and is_current = ?")) {
                current.setLong(1, supplyPointId);
                current.setBoolean(2, true);
                try (var result = current.executeQuery()) {
                    if (result.next()) {
                        if (hash.equals(result.getString(3))) {
                            return false;
                        }
                        version = result.getInt(2);
                        try (var supersede =
                                db.prepareStatement(
                                        "update tariff_snapshot set is_current = ? where id = ?")) {
                            supersede.setBoolean(1, false);
                            supersede.setLong(2, result.getLong(1));
                            supersede.executeUpdate();
                        }
                    }
                }
            }
            try (var insert =
                    db.prepareStatement(
                            "insert into tariff_snapshot (id, supply_point_id, version, content_hash, "
                                    + "body, is_current, stale, created_at, last_updated) "
                                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, new SeedIds(db).next("tariff_snapshot_seq"));
                insert.setLong(2, supplyPointId);
                insert.setInt(3, version + 1);
                insert.setString(4, hash);
                insert.setString(5, body);
                insert.setBoolean(6, true);
                insert.setBoolean(7, false);
                insert.setObject(8, now);
                insert.setObject(9, now);
                insert.executeUpdate();
            }
            return true;
        }
    }
}
