package com.tariffbridge.sandbox.seed;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Customers written into the product's table, with passwords its sign-in accepts. */
@ApplicationScoped
@Transactional
public class SeedCustomers {

    @Resource(lookup = "jdbc/tariffbridge")
    DataSource dataSource;

    @Inject Clock clock;

    /** The product's cost; a server that raises it for the product raises it here too. */
    @Inject
    @ConfigProperty(name = "identity.password.iterations", defaultValue = "210000")
    int iterations;

    public boolean exists(String email) throws SQLException {
        try (var db = dataSource.getConnection();
                var query = db.prepareStatement("select id from customer where email = ?")) {
            query.setString(1, email);
            try (var result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    /** The new customer's id. */
    public long create(String email, String displayName, String password) throws SQLException {
        return create(email, displayName, password, null);
    }

    /**
     * The new customer's id; {@code billingRef} is their reference in the sandbox billing (null for
     * none), under which a sign-in at the IdP finds them.
     */
    public long create(String email, String displayName, String password, String billingRef)
            throws SQLException {
        try (var db = dataSource.getConnection();
                var insert =
                        db.prepareStatement(
                                "insert into customer (id, email, display_name, password_hash, "
                                        + "created_at, version, billing_ref) "
                                        + "values (?, ?, ?, ?, ?, 0, ?)")) {
            long id = new SeedIds(db).next("customer_seq");
            insert.setLong(1, id);
            insert.setString(2, email);
            insert.setString(3, displayName);
            insert.setString(4, passwordHash(password));
            insert.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.setString(6, billingRef);
            insert.executeUpdate();
            return id;
        }
    }

    public String passwordHash(String password) {
        return SeedHashes.password(password, iterations);
    }
}
