package com.tariffbridge.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the newest migration before anything else touches the database. Flyway takes
 * a database lock, so several servers starting together migrate once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/tariffbridge", shareable = false)
    DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        var flyway =
                Flyway.configure(DatabaseMigrator.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        // Liberty's timer store creates its EJBTIMER_ tables in the same schema,
                        // possibly
                        // before we run; baseline at 0 so V1 and later still apply.
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load();
        var result = flyway.migrate();
        var current = flyway.info().current();
        schemaVersion = current == null ? "empty" : current.getVersion().getVersion();
        LOG.info(
                () ->
                        "Database schema at version "
                                + result.targetSchemaVersion
                                + " ("
                                + result.migrationsExecuted
                                + " migrations applied now)");
    }

    /** The schema version once migrations ran; read by the startup health check. */
    @Lock(LockType.READ)
    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }
}
