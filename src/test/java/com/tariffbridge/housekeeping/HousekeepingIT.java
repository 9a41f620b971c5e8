package com.tariffbridge.housekeeping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Liberty, against the real database (default retention 30 days): a housekeeping run removes
 * what is dead, across more than one batch, and leaves what is live, recent or still referenced.
 */
@ExtendWith(ArquillianExtension.class)
class HousekeepingIT {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);
    private static final OffsetDateTime LONG_AGO = NOW.minusDays(31);

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "housekeeping-it.war")
                .importFrom(new File("target/tariff-bridge.war"))
                .as(WebArchive.class)
                .addClasses(HousekeepingIT.class);
    }

    @Inject Housekeeping housekeeping;

    @Resource(lookup = "jdbc/tariffbridge")
    DataSource db;

    /** Ids below zero never meet the sequences' ids; each test's own range. */
    private long base;

    private long customer;
    private long supplyA;
    private long supplyB;
    private long grant;

    @BeforeEach
    void aCustomerWithARevokedGrant() throws SQLException {
        base = -System.currentTimeMillis() * 10_000;
        customer = base;
        supplyA = base - 1;
        supplyB = base - 2;
        grant = base - 3;
        update(
                "insert into customer (id, email, display_name, password_hash, created_at, version) "
                        + "values (?, ?, 'Housekeeping IT', 'x', ?, 0)",
                customer,
                "housekeeping" + base + "@example.com",
                LONG_AGO);
        for (long supply : new long[] {supplyA, supplyB}) {
            update(
                    "insert into supply_point (id, reference, customer_id, label, address_line1, city, "
                            + "post_code, country_code) values (?, ?, ?, 'Home', '1 Road', 'Town', 'AB1 2CD', 'GB')",
                    supply,
                    "HK" + supply,
                    customer);
        }
        // revoked: the tariff sync and the reminder run never touch these rows
        update(
                "insert into token_grant (id, customer_id, supply_point_id, flatpeak_account_id, status, "
                        + "created_at, version) values (?, ?, ?, 'acc_housekeeping', 'REVOKED', ?, 0)",
                grant,
                customer,
                supplyA,
                LONG_AGO);
    }

    @Test
    void expiredAccessTokensGoAcrossBatchesAndEveryOtherTokenStays() throws SQLException {
        int old = housekeeping.batchSize() + 3;
        try (var connection = db.getConnection();
                var insert = connection.prepareStatement(tokenInsert())) {
            for (int i = 0; i < old; i++) {
                bind(insert, tokenRow(base - 100 - i, "ACCESS", "ACTIVE", LONG_AGO, null, null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long recentlyExpired =
                token(tokenRow(base - 10, "ACCESS", "ACTIVE", NOW.minusDays(1), null, null));
        long live = token(tokenRow(base - 11, "ACCESS", "ACTIVE", NOW.plusHours(1), null, null));
        long ancientRefresh =
                token(tokenRow(base - 12, "REFRESH", "ACTIVE", NOW.minusDays(400), null, null));

        var run = housekeeping.run();

        assertTrue(run.accessTokensPurged() >= old, "purged at least ours");
        assertEquals(
                0L,
                count(
                        "select count(*) from issued_token where id <= ? and id > ?",
                        base - 100,
                        base - 100 - old),
                "every old access token, across more than one batch");
        assertTrue(exists("issued_token", recentlyExpired));
        assertTrue(exists("issued_token", live));
        // a spent or old refresh token stays: presenting it again is how reuse is detected
        assertTrue(exists("issued_token", ancientRefresh));
    }

    @Test
    void aSealedSuccessorIsForgottenOnceItsGraceEndedAndKeptWhileItRuns() throws SQLException {
        long ended =
                token(
                        tokenRow(
                                base - 20,
                                "REFRESH",
                                "SPENT",
                                NOW.plusDays(300),
                                NOW.minusMinutes(1),
                                "s1"));
        long running =
                token(
                        tokenRow(
                                base - 21,
                                "REFRESH",
                                "SPENT",
                                NOW.plusDays(300),
                                NOW.plusHours(1),
                                "s2"));

        var run = housekeeping.run();

        assertTrue(run.successorsForgotten() >= 1, "forgot at least ours");
        assertNull(sealedSuccessorOf(ended));
        assertTrue(exists("issued_token", ended));
        assertEquals("s2", sealedSuccessorOf(running));
    }

    @Test
    void longExpiredFlowsGoUnlessAConsentOrADeliveryRefersToThem() throws SQLException {
        long dead = flow(base - 30, "EXPIRED", LONG_AGO);
        long consented = flow(base - 31, "EXPIRED", LONG_AGO);
        long delivered = flow(base - 32, "EXPIRED", LONG_AGO);
        long recent = flow(base - 33, "EXPIRED", NOW.minusDays(1));
        long finished = flow(base - 34, "CONSENTED", LONG_AGO);
        update(
                "insert into consent_record (id, connect_session_id, customer_id, supply_point_id, grant_id, "
                        + "flatpeak_account_id, flatpeak_account_name, terms_version, consented_at) "
                        + "values (?, ?, ?, ?, ?, 'acc_housekeeping', 'Housekeeping', 'v1', ?)",
                base - 35,
                consented,
                customer,
                supplyA,
                grant,
                LONG_AGO);
        update(
                "insert into decision_delivery (id, connect_session_id, action, status, attempts, "
                        + "next_attempt_at, delivered_at) values (?, ?, 'DISMISS_LOGIN', 'DELIVERED', 1, ?, ?)",
                base - 36,
                delivered,
                LONG_AGO,
                LONG_AGO);

        var run = housekeeping.run();

        assertTrue(run.flowsPurged() >= 1, "purged at least ours");
        assertFalse(exists("connect_session", dead));
        assertTrue(exists("connect_session", consented));
        assertTrue(exists("consent_record", base - 35));
        assertTrue(exists("connect_session", delivered));
        assertTrue(exists("connect_session", recent));
        assertTrue(exists("connect_session", finished));
    }

    @Test
    void snapshotsSupersededLongAgoGoAndCurrentOrRecentlySupersededOnesStay() throws SQLException {
        // A: v1 superseded by v2 60 days ago; v2 superseded by v3 40 days ago; v3 current since
        long a1 = snapshot(base - 40, supplyA, 1, false, NOW.minusDays(90));
        long a2 = snapshot(base - 41, supplyA, 2, false, NOW.minusDays(60));
        long a3 = snapshot(base - 42, supplyA, 3, true, NOW.minusDays(40));
        // B: v1 superseded by v2 only 10 days ago
        long b1 = snapshot(base - 43, supplyB, 1, false, NOW.minusDays(60));
        long b2 = snapshot(base - 44, supplyB, 2, true, NOW.minusDays(10));

        var run = housekeeping.run();

        assertTrue(run.snapshotsPurged() >= 2, "purged at least ours");
        assertFalse(exists("tariff_snapshot", a1));
        assertFalse(exists("tariff_snapshot", a2));
        assertTrue(exists("tariff_snapshot", a3));
        assertTrue(exists("tariff_snapshot", b1));
        assertTrue(exists("tariff_snapshot", b2));
    }

    private static String tokenInsert() {
        return "insert into issued_token (id, grant_id, kind, token_hash, status, issued_at, expires_at, "
                + "grace_until, sealed_successor) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** An issued_token row of the test's grant, in {@link #tokenInsert()}'s column order. */
    private Object[] tokenRow(
            long id,
            String kind,
            String status,
            OffsetDateTime expires,
            OffsetDateTime graceUntil,
            String sealed) {
        return new Object[] {
            id,
            grant,
            kind,
            "housekeeping-" + id,
            status,
            expires.minus(Duration.ofDays(1)),
            expires,
            graceUntil,
            sealed
        };
    }

    private long token(Object[] row) throws SQLException {
        update(tokenInsert(), row);
        return (long) row[0];
    }

    private long flow(long id, String state, OffsetDateTime expires) throws SQLException {
        update(
                "insert into connect_session (id, connect_token, state, live_mode, flatpeak_account_id, "
                        + "flatpeak_account_name, connect_web_uri, created_at, updated_at, expires_at, version) "
                        + "values (?, ?, ?, false, 'acc_housekeeping', 'Housekeeping', 'https://example.com', ?, ?, ?, 0)",
                id,
                "hk" + id,
                state,
                expires.minusMinutes(30),
                expires,
                expires);
        return id;
    }

    private long snapshot(
            long id, long supply, int version, boolean current, OffsetDateTime created)
            throws SQLException {
        update(
                "insert into tariff_snapshot (id, supply_point_id, version, content_hash, body, is_current, "
                        + "stale, created_at, last_updated) values (?, ?, ?, ?, '{}', ?, false, ?, ?)",
                id,
                supply,
                version,
                "hash-" + id,
                current,
                created,
                created);
        return id;
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection connection = db.getConnection();
                var statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    private long count(String sql, Object... values) throws SQLException {
        try (Connection connection = db.getConnection();
                var statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private boolean exists(String table, long id) throws SQLException {
        return count("select count(*) from " + table + " where id = ?", id) == 1;
    }

    private String sealedSuccessorOf(long id) throws SQLException {
        try (Connection connection = db.getConnection();
                var statement =
                        connection.prepareStatement(
                                "select sealed_successor from issued_token where id = ?")) {
            statement.setLong(1, id);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
