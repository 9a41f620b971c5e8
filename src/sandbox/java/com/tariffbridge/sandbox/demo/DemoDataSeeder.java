package com.tariffbridge.sandbox.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo customers when the sandbox starts and {@code demo.seed} is on. The dev and test
 * servers start the sandbox after the product ({@code startAfterRef}), so the product has migrated
 * its schema by then.
 */
@ApplicationScoped
public class DemoDataSeeder {

    @Inject
    @ConfigProperty(name = "demo.seed", defaultValue = "false")
    boolean enabled;

    @Inject DemoCustomers customers;

    void seed(@Observes @Initialized(ApplicationScoped.class) Object started) throws SQLException {
        if (enabled) {
            customers.seed();
            customers.seedTariffs();
        }
    }
}
