package com.tariffbridge.sandbox.seed;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Active grants with a fresh access and refresh token each, for benchmarks that must spend every
 * refresh token exactly once. Only the tokens' SHA-256 is stored, as the product stores them; the
 * plaintext goes back to the caller once.
 */
@ApplicationScoped
@Transactional
public class SeedGrants {

    /** Plaintext tokens of one seeded grant. */
    public record Pair(String accessToken, String refreshToken) {}

    @Resource(lookup = "jdbc/tariffbridge")
    DataSource dataSource;

    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "token.access.ttl", defaultValue = "PT24H")
    Duration accessTtl;

    @Inject
    @ConfigProperty(name = "token.refresh.ttl", defaultValue = "P365D")
    Duration refreshTtl;

    public List<Pair> mint(long customerId, long supplyPointId, String account, int count)
            throws SQLException {
        Instant now = clock.instant();
        List<Pair> pairs = new ArrayList<>(count);
        try (var db = dataSource.getConnection();
                var grant =
                        db.prepareStatement(
                                "insert into token_grant (id, customer_id, supply_point_id, "
                                        + "flatpeak_account_id, status, created_at, version) "
                                        + "values (?, ?, ?, ?, 'ACTIVE', ?, 0)");
                var pollState =
                        db.prepareStatement("insert into poll_state (grant_id) values (?)");
                var token =
                        db.prepareStatement(
                                "insert into issued_token (id, grant_id, kind, token_hash, status, "
                                        + "issued_at, expires_at) values (?, ?, ?, ?, 'ACTIVE', ?, ?)")) {
            var ids = new SeedIds(db);
            for (int i = 0; i < count; i++) {
                long grantId = ids.next("token_grant_seq");
                grant.setLong(1, grantId);
                grant.setLong(2, customerId);
                grant.setLong(3, supplyPointId);
                grant.setString(4, account);
                grant.setObject(5, SeedSupplies.utc(now));
                grant.addBatch();
                pollState.setLong(1, grantId);
                pollState.addBatch();
                var pair = new Pair(SeedHashes.token("tbat_"), SeedHashes.token("tbrt_"));
                addToken(
                        token,
                        ids.next("issued_token_seq"),
                        grantId,
                        "ACCESS",
                        pair.accessToken(),
                        now,
                        accessTtl);
                addToken(
                        token,
                        ids.next("issued_token_seq"),
                        grantId,
                        "REFRESH",
                        pair.refreshToken(),
                        now,
                        refreshTtl);
                pairs.add(pair);
            }
            // parents before children, for the foreign keys
            grant.executeBatch();
            pollState.executeBatch();
            token.executeBatch();
        }
        return pairs;
    }

    private static void addToken(
            PreparedStatement token,
            long id,
            long grantId,
            String kind,
            String plaintext,
            Instant now,
            Duration ttl)
            throws SQLException {
        token.setLong(1, id);
        token.setLong(2, grantId);
        token.setString(3, kind);
        token.setString(4, SeedHashes.sha256(plaintext));
        token.setObject(5, SeedSupplies.utc(now));
        token.setObject(6, SeedSupplies.utc(now.plus(ttl)));
        token.addBatch();
    }
}
