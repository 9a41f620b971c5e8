package com.tariffbridge.tariff;

import com.tariffbridge.platform.ConnectionReturns;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most one full tariff answer per grant per {@code tariff.polling.min-interval}. The check and
 * the claim are one conditional UPDATE (auto-committed: it is the only write of a poll), so two
 * servers or two racing polls cannot both win; 304 answers never count.
 */
@ApplicationScoped
public class PollingPolicy {

    private static final String CLAIM =
            "update poll_state set last_full_at = ?, last_polled_at = ?, "
                    + "last_full_etag = ? where grant_id = ? and (last_full_at is null or last_full_at <= ? "
                    + "or last_full_etag is null or last_full_etag <> ?)";

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Resource(lookup = "jdbc/tariffbridge", shareable = false)
    DataSource dataSource;

    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "tariff.polling.min-interval", defaultValue = "PT15M")
    Duration minInterval;

    /**
     * Every grant gets its polling row with the grant, so concurrent first polls only ever UPDATE.
     */
    void onGrantIssued(
            @jakarta.enterprise.event.Observes com.tariffbridge.token.GrantIssued issued) {
        em.createNativeQuery("insert into poll_state (grant_id) values (?1)")
                .setParameter(1, issued.grantId())
                .executeUpdate();
    }

    /**
     * Empty when this poll may have a full answer; otherwise the seconds until it may. An answer
     * with another ETag than the grant's last full answer (a tariff or term changed by the sync, or
     * the next half-hour's rates) is new information and never waits.
     */
    public OptionalLong claimFullAnswer(long grantId, String etag) {
        if (minInterval.isZero()) {
            return OptionalLong.empty();
        }
        Instant now = clock.instant();
        try {
            return ConnectionReturns.using(
                    dataSource, connection -> claim(connection, grantId, etag, now));
        } catch (SQLException e) {
            throw new IllegalStateException("polling claim failed", e);
        }
    }

    private OptionalLong claim(Connection connection, long grantId, String etag, Instant now)
            throws SQLException {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setObject(1, at);
            claim.setObject(2, at);
            claim.setString(3, etag);
            claim.setLong(4, grantId);
            claim.setObject(5, now.minus(minInterval).atOffset(ZoneOffset.UTC));
            claim.setString(6, etag);
            if (claim.executeUpdate() == 1) {
                return OptionalLong.empty();
            }
        }
        Instant lastFull = lastFull(connection, grantId);
        if (lastFull == null) {
            return firstClaim(connection, grantId, at, etag);
        }
        long wait = Duration.between(now, lastFull.plus(minInterval)).toSeconds();
        return OptionalLong.of(Math.max(1, wait + 1));
    }

    /** A grant whose polling row is missing (issued before poll_state existed) gets it now. */
    private OptionalLong firstClaim(
            Connection connection, long grantId, OffsetDateTime at, String etag) {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "insert into poll_state (grant_id, last_full_at, last_polled_at, last_full_etag) values (?, ?, ?, ?)")) {
            insert.setLong(1, grantId);
            insert.setObject(2, at);
            insert.setObject(3, at);
            insert.setString(4, etag);
            insert.executeUpdate();
            return OptionalLong.empty();
        } catch (SQLException raced) {
            // Another poll inserted the row first and holds the slot.
            return OptionalLong.of(minInterval.toSeconds());
        }
    }

    private static Instant lastFull(Connection connection, long grantId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement(
                        "select last_full_at from poll_state where grant_id = ?")) {
            select.setLong(1, grantId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                OffsetDateTime last = row.getObject(1, OffsetDateTime.class);
                return last == null ? null : last.toInstant();
            }
        }
    }
}
