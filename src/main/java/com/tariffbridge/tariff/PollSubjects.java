package com.tariffbridge.tariff;

import com.tariffbridge.contract.Contract;
import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.SupplyTerm;
import com.tariffbridge.contract.TermType;
import com.tariffbridge.platform.ConnectionReturns;
import com.tariffbridge.token.BearerCheck;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The read side of the poll hot path: token, grant, supply point, current contract and current
 * snapshot head in one indexed query over plain JDBC, outside any JTA transaction. The owning
 * features still write these tables; this is a read projection of them. Three JPA queries in a
 * transaction, one of which loaded the snapshot body, cost most of a 304's time (BENCHMARKS.md).
 */
@ApplicationScoped
public class PollSubjects {

    // The current term is the contract package's view (CurrentContract): at most one row per
    // supply.
    private static final String LOOKUP =
            """
            select t.status, t.expires_at, g.status, g.revoked_reason, g.id,
                   sp.reference, c.start_date, c.end_date, c.term_type, c.status,
                   s.id, s.content_hash, s.stale, s.last_updated
            from issued_token t
            join token_grant g on g.id = t.grant_id
            join supply_point sp on sp.id = g.supply_point_id
            left join current_contract c on c.supply_point_id = sp.id
            left join tariff_snapshot s on s.supply_point_id = sp.id and s.is_current = true
            where t.token_hash = ? and t.kind = ?""";

    // Unshareable: closed, the connection goes straight back to the pool. A shareable one stays
    // with
    // the request's local transaction until the answer is written, so a poll that then needed a
    // transaction of its own (an audited refusal) held two, and 40 such polls emptied the pool.
    @Resource(lookup = "jdbc/tariffbridge", shareable = false)
    DataSource dataSource;

    @Inject Clock clock;

    /** Empty when no access token has this value. */
    Optional<PollSubject> find(String accessToken) {
        try {
            return ConnectionReturns.using(
                    dataSource, connection -> lookUp(connection, accessToken));
        } catch (SQLException e) {
            throw new IllegalStateException("poll lookup failed", e);
        }
    }

    private Optional<PollSubject> lookUp(Connection connection, String accessToken)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOOKUP)) {
            statement.setString(1, BearerCheck.hash(accessToken));
            statement.setString(2, BearerCheck.accessKind());
            statement.setMaxRows(1);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(subject(row, clock.instant())) : Optional.empty();
            }
        }
    }

    private static PollSubject subject(ResultSet row, Instant now) throws SQLException {
        var refusal =
                BearerCheck.refusal(
                        row.getString(1), instant(row, 2), row.getString(3), row.getString(4), now);
        long grantId = row.getLong(5);
        Optional<SupplyTerm> supply = Optional.empty();
        if (row.getObject(7) != null) {
            var term =
                    new ContractTerm(
                            instant(row, 7), instant(row, 8), TermType.valueOf(row.getString(9)));
            // Past its end date the contract is ENDED for FlatPeak even before billing marks it so.
            supply =
                    Optional.of(
                            new SupplyTerm(
                                    row.getString(6),
                                    term,
                                    Contract.statusAt(
                                            Contract.Status.valueOf(row.getString(10)),
                                            term.end(),
                                            now)));
        }
        Optional<SnapshotHead> snapshot = Optional.empty();
        if (row.getObject(11) != null) {
            snapshot =
                    Optional.of(
                            new SnapshotHead(
                                    row.getLong(11),
                                    row.getString(12),
                                    row.getBoolean(13),
                                    instant(row, 14)));
        }
        return new PollSubject(refusal, grantId, supply, snapshot);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
