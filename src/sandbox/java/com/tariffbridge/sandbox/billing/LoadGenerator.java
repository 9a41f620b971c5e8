package com.tariffbridge.sandbox.billing;

import com.tariffbridge.sandbox.seed.SeedCustomers;
import com.tariffbridge.sandbox.seed.SeedHashes;
import com.tariffbridge.sandbox.seed.SeedIds;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Load for the sync: N synthetic customers, each with a supply point, an active contract, a tariff
 * snapshot (every kind, see {@link LoadSupplies}) and an active grant, written into our database
 * with JDBC batches (a commit per {@value #BATCH}), and one raw JDBC batch rewrite of their
 * snapshots as the benchmark's baseline. Ids come from the same sequences as Hibernate's, one
 * {@code nextval} per block of 50 as its pooled optimiser takes them, so nothing collides.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class LoadGenerator {

    static final int BATCH = 500;
    static final int MAX_COUNT = 200_000;
    static final String ACCOUNT = "acc_sandbox_load";

    @Resource(lookup = "jdbc/tariffbridge", shareable = false)
    DataSource dataSource;

    @Inject SeedCustomers customers;

    @Inject Clock clock;

    public record Generated(String batch, int count, long millis) {}

    public record Rewritten(int rows, long millis) {}

    public Generated generate(int count) throws SQLException {
        long started = System.nanoTime();
        String batch =
                HexFormat.of()
                        .formatHex(new SecureRandom().generateSeed(3))
                        .toUpperCase(Locale.ROOT);
        // nobody can sign in as a load customer: a hash of a password nobody keeps
        String passwordHash = customers.passwordHash(SeedHashes.randomHex(16));
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var term = LoadSupplies.term();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            var ids = new SeedIds(db);
            try (var customer =
                            db.prepareStatement(
                                    "insert into customer (id, email, display_name, password_hash, "
                                            + "created_at, version) values (?, ?, ?, ?, ?, 0)");
                    var supply =
                            db.prepareStatement(
                                    "insert into supply_point (id, reference, customer_id, label, "
                                            + "address_line1, address_line2, city, state, post_code, country_code) "
                                            + "values (?, ?, ?, 'Home', ?, ?, ?, ?, ?, ?)");
                    var contract =
                            db.prepareStatement(
                                    "insert into contract (id, supply_point_id, commodity, "
                                            + "start_date, end_date, term_type, status) values (?, ?, 'ELECTRICITY', ?, ?, ?, 'ACTIVE')");
                    var snapshot =
                            db.prepareStatement(
                                    "insert into tariff_snapshot (id, supply_point_id, version, "
                                            + "content_hash, body, is_current, stale, created_at, last_updated) "
                                            + "values (?, ?, 1, ?, ?, ?, ?, ?, ?)");
                    var grant =
                            db.prepareStatement(
                                    "insert into token_grant (id, customer_id, supply_point_id, "
                                            + "flatpeak_account_id, status, created_at, version) values (?, ?, ?, ?, 'ACTIVE', ?, 0)")) {
                for (int n = 0; n < count; n++) {
                    String reference = LoadSupplies.reference(batch, n);
                    long customerId = ids.next("customer_seq");
                    long supplyId = ids.next("supply_point_seq");
                    customer.setLong(1, customerId);
                    customer.setString(
                            2,
                            "load-"
                                    + batch.toLowerCase(Locale.ROOT)
                                    + "-"
                                    + n
                                    + "@example.invalid");
                    customer.setString(3, "Load customer " + n);
                    customer.setString(4, passwordHash);
                    customer.setObject(5, now);
                    customer.addBatch();
                    var address = LoadSupplies.address(n);
                    supply.setLong(1, supplyId);
                    supply.setString(2, reference);
                    supply.setLong(3, customerId);
                    supply.setString(4, address.line1());
                    supply.setString(5, address.line2());
                    supply.setString(6, address.city());
                    supply.setString(7, address.state());
                    supply.setString(8, address.postCode());
                    supply.setString(9, address.countryCode());
                    supply.addBatch();
                    contract.setLong(1, ids.next("contract_seq"));
                    contract.setLong(2, supplyId);
                    contract.setObject(3, OffsetDateTime.ofInstant(term.start(), ZoneOffset.UTC));
                    contract.setObject(4, OffsetDateTime.ofInstant(term.end(), ZoneOffset.UTC));
                    contract.setString(5, term.type());
                    contract.addBatch();
                    snapshot.setLong(1, ids.next("tariff_snapshot_seq"));
                    snapshot.setLong(2, supplyId);
                    snapshot.setString(3, LoadSupplies.ourTariffsHash(n));
                    snapshot.setString(4, LoadSupplies.ourTariffsJson(n));
                    snapshot.setBoolean(5, true);
                    snapshot.setBoolean(6, false);
                    snapshot.setObject(7, now);
                    snapshot.setObject(8, now);
                    snapshot.addBatch();
                    grant.setLong(1, ids.next("token_grant_seq"));
                    grant.setLong(2, customerId);
                    grant.setLong(3, supplyId);
                    grant.setString(4, ACCOUNT);
                    grant.setObject(5, now);
                    grant.addBatch();
                    if ((n + 1) % BATCH == 0 || n == count - 1) {
                        // parents before children, for the foreign keys
                        for (PreparedStatement statement :
                                new PreparedStatement[] {
                                    customer, supply, contract, snapshot, grant
                                }) {
                            statement.executeBatch();
                        }
                        db.commit();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
        return new Generated(batch, count, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The benchmark's baseline: every current snapshot of a load batch read and written back whole
     * (hash and body) with plain JDBC, keyset pages of {@value #BATCH}, a commit per page. The
     * content stays the same, so ETags do not change.
     */
    public Rewritten rewriteSnapshots(String batch) throws SQLException {
        long started = System.nanoTime();
        int rows = 0;
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (var read =
                            db.prepareStatement(
                                    "select sp.id, s.id, s.content_hash, s.body from supply_point sp "
                                            + "join tariff_snapshot s on s.supply_point_id = sp.id and s.is_current = ? "
                                            + "where sp.reference like ? and sp.id > ? order by sp.id fetch first "
                                            + BATCH
                                            + " rows only");
                    var write =
                            db.prepareStatement(
                                    "update tariff_snapshot set content_hash = ?, body = ? "
                                            + "where id = ?")) {
                long after = 0;
                while (true) {
                    read.setBoolean(1, true);
                    read.setString(2, "SP-G" + batch + "-%");
                    read.setLong(3, after);
                    int page = 0;
                    try (var result = read.executeQuery()) {
                        while (result.next()) {
                            after = result.getLong(1);
                            write.setString(1, result.getString(3));
                            write.setString(2, result.getString(4));
                            write.setLong(3, result.getLong(2));
                            write.addBatch();
                            page++;
                        }
                    }
                    if (page == 0) {
                        db.commit(); // ends the last read's local transaction, which Liberty
                        // would roll back loudly
                        break;
                    }
                    write.executeBatch();
                    db.commit();
                    rows += page;
                }
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
        return new Rewritten(rows, (System.nanoTime() - started) / 1_000_000);
    }
}
