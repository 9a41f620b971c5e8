package com.tariffbridge.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The current_contract view (V10) on the real migrations in H2: exactly the rule every reader used
 * to restate, one row per supply point.
 */
class CurrentContractViewTest {

    private static final String URL = "jdbc:h2:mem:current-contract;DB_CLOSE_DELAY=-1";

    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load()
                .migrate();
        db = DriverManager.getConnection(URL, "sa", "");
        sql(
                "insert into customer (id, email, display_name, password_hash, created_at, version)"
                        + " values (1, 'a@example.com', 'A', 'x', current_timestamp, 0)");
        for (int sp = 1; sp <= 4; sp++) {
            sql(
                    "insert into supply_point (id, reference, customer_id, label, address_line1,"
                            + " city, post_code, country_code) values ("
                            + sp
                            + ", 'SP"
                            + sp
                            + "', 1, 'Home', '1 Road', 'Town', 'AB1', 'GB')");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        sql("drop all objects");
        db.close();
    }

    @Test
    void theLatestStartingContractIsCurrentWhateverItsStatus() throws SQLException {
        contract(10, 1, "ELECTRICITY", "2024-01-01", "ACTIVE");
        contract(11, 1, "ELECTRICITY", "2025-01-01", "ENDED");
        contract(12, 1, "ELECTRICITY", "2023-01-01", "ACTIVE");

        assertThat(currentOf(1)).containsExactly(11L);
    }

    @Test
    void gasContractsAreNeverCurrentNorHideTheElectricityOne() throws SQLException {
        contract(20, 2, "ELECTRICITY", "2024-01-01", "ACTIVE");
        contract(21, 2, "GAS", "2025-06-01", "ACTIVE");
        contract(22, 3, "GAS", "2025-06-01", "ACTIVE");

        assertThat(currentOf(2)).containsExactly(20L);
        assertThat(currentOf(3)).isEmpty();
    }

    @Test
    void twoContractsStartingTogetherYieldOneCurrentTheLaterRow() throws SQLException {
        contract(30, 4, "ELECTRICITY", "2025-01-01", "ACTIVE");
        contract(31, 4, "ELECTRICITY", "2025-01-01", "ACTIVE");

        assertThat(currentOf(4)).containsExactly(31L);
    }

    private List<Long> currentOf(long supplyPointId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement();
                var rows =
                        statement.executeQuery(
                                "select id from current_contract where supply_point_id = "
                                        + supplyPointId)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private void contract(
            long id, long supplyPointId, String commodity, String start, String status)
            throws SQLException {
        sql(
                "insert into contract (id, supply_point_id, commodity, start_date, end_date,"
                        + " term_type, status) values ("
                        + id
                        + ", "
                        + supplyPointId
                        + ", '"
                        + commodity
                        + "', timestamp with time zone '"
                        + start
                        + " 00:00:00+00', null, 'FIXED_TERM', '"
                        + status
                        + "')");
    }

    private void sql(String text) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(text);
        }
    }
}
