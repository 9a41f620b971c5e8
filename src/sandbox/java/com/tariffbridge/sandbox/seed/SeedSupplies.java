package com.tariffbridge.sandbox.seed;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Supply points and their electricity contracts in the product's tables, and billing's contract
 * news applied to the current contract as the product defines it (its {@code current_contract}
 * view).
 */
@ApplicationScoped
@Transactional
public class SeedSupplies {

    /** A supply point's id and its customer's. */
    public record Owned(long supplyPointId, long customerId) {}

    /** A contract's dates as they stand after a change. */
    public record Term(Instant start, Instant end) {}

    @Resource(lookup = "jdbc/tariffbridge")
    DataSource dataSource;

    /** The new supply point's id. */
    public long create(long customerId, NewSupply supply) throws SQLException {
        try (var db = dataSource.getConnection()) {
            var ids = new SeedIds(db);
            long id = ids.next("supply_point_seq");
            try (var insert =
                    db.prepareStatement(
                            "insert into supply_point (id, reference, customer_id, label, address_line1, "
                                    + "address_line2, city, state, post_code, country_code) "
                                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, supply.reference());
                insert.setLong(3, customerId);
                insert.setString(4, supply.label());
                insert.setString(5, supply.line1());
                insert.setString(6, supply.line2());
                insert.setString(7, supply.city());
                insert.setString(8, supply.state());
                insert.setString(9, supply.postCode());
                insert.setString(10, supply.countryCode());
                insert.executeUpdate();
            }
            insertContract(
                    db,
                    ids.next("contract_seq"),
                    id,
                    supply.start(),
                    supply.end(),
                    supply.termType(),
                    supply.ended() ? "ENDED" : "ACTIVE");
            return id;
        }
    }

    public Optional<Owned> find(String reference) throws SQLException {
        try (var db = dataSource.getConnection();
                var query =
                        db.prepareStatement(
                                "select id, customer_id from supply_point where reference = ?")) {
            query.setString(1, reference);
            try (var result = query.executeQuery()) {
                return result.next()
                        ? Optional.of(new Owned(result.getLong(1), result.getLong(2)))
                        : Optional.empty();
            }
        }
    }

    /**
     * Sets when the current contract ends (and, as a billing correction, when it started); empty
     * when the supply point has no electricity contract.
     *
     * @throws IllegalArgumentException when the end is not after the start
     */
    public Optional<Term> setTerm(String reference, Optional<Instant> start, Instant end)
            throws SQLException {
        try (var db = dataSource.getConnection()) {
            var current = current(db, reference);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Instant from = start.orElse(current.get().start());
            if (!end.isAfter(from)) {
                throw new IllegalArgumentException(
                        "the end must be after the contract start " + from);
            }
            try (var update =
                    db.prepareStatement(
                            "update contract set start_date = ?, end_date = ?, term_type = 'FIXED_TERM' "
                                    + "where id = ?")) {
                update.setObject(1, utc(from));
                update.setObject(2, utc(end));
                update.setLong(3, current.get().id());
                update.executeUpdate();
            }
            return Optional.of(new Term(from, end));
        }
    }

    /**
     * A renewal: a new fixed term from the old end (or {@code now} if the old one had none) until
     * {@code newEnd}; the old contract stays on record, ended.
     *
     * @throws IllegalArgumentException when the new term would not run forward
     */
    public Optional<Term> renew(String reference, Instant now, Instant newEnd) throws SQLException {
        try (var db = dataSource.getConnection()) {
            var current = current(db, reference);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            var old = current.get();
            Instant from = old.end() != null ? old.end() : now;
            if (!newEnd.isAfter(from) || !from.isAfter(old.start())) {
                throw new IllegalArgumentException(
                        "the renewed term must run from " + from + " to a later end");
            }
            try (var close =
                    db.prepareStatement("update contract set status = 'ENDED' where id = ?")) {
                close.setLong(1, old.id());
                close.executeUpdate();
            }
            insertContract(
                    db,
                    new SeedIds(db).next("contract_seq"),
                    old.supplyPointId(),
                    from,
                    newEnd,
                    "FIXED_TERM",
                    "ACTIVE");
            return Optional.of(new Term(from, newEnd));
        }
    }

    private record Contract(long id, long supplyPointId, Instant start, Instant end) {}

    private static Optional<Contract> current(Connection db, String reference) throws SQLException {
        try (var query =
                db.prepareStatement(
                        "select c.id, c.supply_point_id, c.start_date, c.end_date "
                                + "from current_contract c "
                                + "join supply_point sp on sp.id = c.supply_point_id "
                                + "where sp.reference = ?")) {
            query.setString(1, reference);
            try (var result = query.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                var end = result.getObject(4, OffsetDateTime.class);
                return Optional.of(
                        new Contract(
                                result.getLong(1),
                                result.getLong(2),
                                result.getObject(3, OffsetDateTime.class).toInstant(),
                                end == null ? null : end.toInstant()));
            }
        }
    }

    private static void insertContract(
            Connection db,
            long id,
            long supplyPointId,
            Instant start,
            Instant end,
            String termType,
            String status)
            throws SQLException {
        try (var insert =
                db.prepareStatement(
                        "insert into contract (id, supply_point_id, commodity, start_date, end_date, "
                                + "term_type, status) values (?, ?, 'ELECTRICITY', ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, supplyPointId);
            insert.setObject(3, utc(start));
            if (end == null) {
                insert.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                insert.setObject(4, utc(end));
            }
            insert.setString(5, termType);
            insert.setString(6, status);
            insert.executeUpdate();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
