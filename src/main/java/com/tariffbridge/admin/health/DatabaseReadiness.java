package com.tariffbridge.admin.health;

import com.tariffbridge.platform.ConnectionReturns;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers a trivial query within a short time. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    @Resource(lookup = "jdbc/tariffbridge", shareable = false)
    DataSource dataSource;

    @Resource ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "health.database.timeout", defaultValue = "PT2S")
    Duration timeout;

    private BoundedProbe probe;

    @PostConstruct
    void init() {
        probe = new BoundedProbe(NAME, timeout, Duration.ZERO, this::query);
    }

    @Override
    public HealthCheckResponse call() {
        return probe.check(executor);
    }

    private HealthCheckResponse query() {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        try {
            ConnectionReturns.using(
                    dataSource,
                    connection -> {
                        try (var statement = connection.createStatement()) {
                            statement.setQueryTimeout(seconds);
                            try (var rows = statement.executeQuery("SELECT 1")) {
                                return rows.next();
                            }
                        }
                    });
            return HealthCheckResponse.named(NAME).up().build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("reason", "database query failed: " + e.getMessage())
                    .build();
        }
    }
}
