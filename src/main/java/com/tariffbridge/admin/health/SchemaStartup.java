package com.tariffbridge.admin.health;

import com.tariffbridge.platform.DatabaseMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the schema migrations ran; says which schema version this server works with. */
@Startup
@ApplicationScoped
public class SchemaStartup implements HealthCheck {

    @Inject DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var version = migrator.schemaVersion();
        return version.isPresent()
                ? HealthCheckResponse.named("schema")
                        .up()
                        .withData("version", version.get())
                        .build()
                : HealthCheckResponse.named("schema")
                        .down()
                        .withData("reason", "migrations have not finished")
                        .build();
    }
}
