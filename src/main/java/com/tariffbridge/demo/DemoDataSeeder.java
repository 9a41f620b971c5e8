package com.tariffbridge.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo customers at start-up, after the schema migration, when {@code demo.seed} is on.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataSeeder {

    @Inject
    @ConfigProperty(name = "demo.seed", defaultValue = "false")
    boolean enabled;

    @Inject DemoCustomers customers;

    @PostConstruct
    void seed() {
        if (enabled) {
            customers.seed();
            customers.seedTariffs();
        }
    }
}
