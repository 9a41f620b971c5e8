package com.tariffbridge.sandbox.demo;

import com.tariffbridge.sandbox.billing.BillingAccount;
import com.tariffbridge.sandbox.billing.BillingAddress;
import com.tariffbridge.sandbox.billing.BillingLedger;
import com.tariffbridge.sandbox.billing.BillingTerm;
import com.tariffbridge.sandbox.billing.DemoTariffs;
import com.tariffbridge.sandbox.seed.NewSupply;
import com.tariffbridge.sandbox.seed.SeedCustomers;
import com.tariffbridge.sandbox.seed.SeedHashes;
import com.tariffbridge.sandbox.seed.SeedSnapshots;
import com.tariffbridge.sandbox.seed.SeedSupplies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Alice (one supply, fixed term), Bob (two supplies) and Carol (no active electricity contract), as
 * documented in the README. Their supply points, terms, addresses and tariffs are what the sandbox
 * billing holds, copied into our database as the product would have them after a sync. Seeding is
 * idempotent: an existing Alice means "already seeded".
 */
@ApplicationScoped
public class DemoCustomers {

    private static final Logger LOG = Logger.getLogger(DemoCustomers.class.getName());

    /** The demo supply points, whose tariffs are refreshed at every start. */
    private static final List<String> DEMO_SUPPLIES =
            List.of("SP-1000-0001", "SP-2000-0001", "SP-2000-0002", "SP-3000-0001");

    @Inject SeedCustomers customers;

    @Inject SeedSupplies supplies;

    @Inject SeedSnapshots snapshots;

    @Inject BillingLedger billing;

    @Inject Clock clock;

    @Transactional
    public void seed() throws SQLException {
        if (customers.exists("alice@example.com")) {
            return;
        }
        long alice =
                customers.create(
                        "alice@example.com", "Alice Example", "alice-demo-pass", "CUST-1000");
        supply(alice, "SP-1000-0001", "Home");
        long bob = customers.create("bob@example.com", "Bob Example", "bob-demo-pass", "CUST-1001");
        supply(bob, "SP-2000-0001", "Home");
        supply(bob, "SP-2000-0002", "Holiday cottage");
        long carol =
                customers.create(
                        "carol@example.com", "Carol Example", "carol-demo-pass", "CUST-1002");
        supply(carol, "SP-3000-0001", "Flat");
        LOG.info("Seeded demo customers alice, bob and carol");
    }

    /**
     * Gives every demo supply billing's tariffs. Idempotent: unchanged tariffs write nothing, and
     * the dynamic tariff's day-ahead prices (yesterday to the day after tomorrow) are refreshed.
     */
    @Transactional
    public void seedTariffs() throws SQLException {
        for (String reference : DEMO_SUPPLIES) {
            var owned = supplies.find(reference);
            var account = billing.find(reference);
            if (owned.isPresent() && account.isPresent()) {
                snapshots.store(owned.get().supplyPointId(), account.get().tariffs().body());
            }
        }
    }

    /**
     * A new customer with one active electricity supply, opened in billing and in our database, for
     * tests and demos that need their own.
     */
    @Transactional
    public NewDemoCustomer createDisposable() throws SQLException {
        String id = SeedHashes.randomHex(6);
        String password = "pass-" + SeedHashes.randomHex(8);
        String email = "customer-" + id + "@example.com";
        long customer = customers.create(email, "Customer " + id, password);
        String reference = "SP-9" + id.toUpperCase(Locale.ROOT);
        var account =
                billing.open(
                        reference,
                        DemoTariffs.of("alice-ev-night"),
                        BillingTerm.untilTerminated(
                                clock.instant()
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .minus(Duration.ofDays(30))),
                        new BillingAddress("1", "Test Street", "Bristol", null, "BS1 1AA", "GB"));
        long supply = supplies.create(customer, newSupply(account, "Home"));
        snapshots.store(supply, account.tariffs().body());
        return new NewDemoCustomer(email, password, reference);
    }

    private void supply(long customer, String reference, String label) throws SQLException {
        var account =
                billing.find(reference)
                        .orElseThrow(
                                () -> new IllegalStateException("billing has no " + reference));
        supplies.create(customer, newSupply(account, label));
    }

    private NewSupply newSupply(BillingAccount account, String label) {
        var address = account.address();
        var term = account.term();
        return new NewSupply(
                account.reference(),
                label,
                address.line1(),
                address.line2(),
                address.city(),
                address.state(),
                address.postCode(),
                address.countryCode(),
                term.start(),
                term.end(),
                term.type(),
                term.endedAt(clock.instant()));
    }
}
