package com.tariffbridge.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Liberty, against the real database: the retention purge removes what is past audit.retention,
 * nothing else.
 */
@ExtendWith(ArquillianExtension.class)
class AuditRetentionIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "audit-retention-it.war")
                .importFrom(new File("target/tariff-bridge.war"))
                .as(WebArchive.class)
                .addClasses(AuditRetentionIT.class);
    }

    @Inject AuditRetention retention;

    @Resource(lookup = "jdbc/tariffbridge")
    DataSource db;

    @Test
    void eventsOlderThanTheRetentionGoAndYoungerOnesStay() throws SQLException {
        long base = -System.nanoTime();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < AuditRetention.BATCH + 3; i++) {
            insert(base - i, now.minusDays(401), "retention-it-old");
        }
        insert(base - 10_000, now.minusDays(399), "retention-it-young");

        int purged = retention.purge();

        assertTrue(
                purged >= AuditRetention.BATCH + 3, "every old event, across more than one batch");
        assertEquals(0L, count("retention-it-old"));
        assertEquals(1L, count("retention-it-young"));
    }

    private void insert(long id, OffsetDateTime at, String actor) throws SQLException {
        try (var connection = db.getConnection();
                var insert =
                        connection.prepareStatement(
                                "insert into audit_event (id, occurred_at, type, actor) values (?, ?, 'RETENTION_TEST', ?)")) {
            insert.setLong(1, id);
            insert.setObject(2, at);
            insert.setString(3, actor);
            insert.executeUpdate();
        }
    }

    private long count(String actor) throws SQLException {
        try (var connection = db.getConnection();
                var query =
                        connection.prepareStatement(
                                "select count(*) from audit_event where actor = ?")) {
            query.setString(1, actor);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
