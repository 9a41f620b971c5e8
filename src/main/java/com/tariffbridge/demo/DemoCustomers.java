package com.tariffbridge.demo;

import com.tariffbridge.contract.Contract;
import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.contract.SupplyPoint;
import com.tariffbridge.contract.TermType;
import com.tariffbridge.identity.Customer;
import com.tariffbridge.identity.CustomerAuthenticator;
import com.tariffbridge.tariff.DemoTariffs;
import com.tariffbridge.tariff.TariffDocument;
import com.tariffbridge.tariff.TariffSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Alice (one supply, fixed term), Bob (two supplies) and Carol (no active electricity contract), as
 * documented in the README. Inserting is idempotent: an existing Alice means "already seeded".
 */
@ApplicationScoped
public class DemoCustomers {

    private static final Logger LOG = Logger.getLogger(DemoCustomers.class.getName());

    @PersistenceContext(unitName = "tariffbridge")
    EntityManager em;

    @Inject CustomerAuthenticator authenticator;

    @Inject Clock clock;

    @Inject TariffSnapshots snapshots;

    @Inject jakarta.enterprise.event.Event<DemoSupplyCreated> supplyCreated;

    @Transactional
    public void seed() {
        boolean seeded =
                !em.createQuery("select c.id from Customer c where c.email = :e", Long.class)
                        .setParameter("e", "alice@example.com")
                        .getResultList()
                        .isEmpty();
        if (seeded) {
            return;
        }
        var alice = customer("alice@example.com", "Alice Example", "alice-demo-pass");
        supply(
                alice,
                "SP-1000-0001",
                "Home",
                new PostalAddress("1-3", "Strand", "London", null, "WC2N 5EH", "GB"),
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"),
                TermType.FIXED_TERM,
                Contract.Status.ACTIVE);

        var bob = customer("bob@example.com", "Bob Example", "bob-demo-pass");
        supply(
                bob,
                "SP-2000-0001",
                "Home",
                new PostalAddress("221B", "Baker Street", "London", null, "NW1 6XE", "GB"),
                Instant.parse("2024-04-01T00:00:00Z"),
                null,
                TermType.UNTIL_TERMINATED,
                Contract.Status.ACTIVE);
        supply(
                bob,
                "SP-2000-0002",
                "Holiday cottage",
                new PostalAddress(
                        "Rose Cottage",
                        "Copse Hill",
                        "Lower Slaughter",
                        "Gloucestershire",
                        "GL54 2HP",
                        "GB"),
                Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2027-06-01T00:00:00Z"),
                TermType.FIXED_TERM,
                Contract.Status.ACTIVE);

        var carol = customer("carol@example.com", "Carol Example", "carol-demo-pass");
        supply(
                carol,
                "SP-3000-0001",
                "Flat",
                new PostalAddress("Flat 4", "12 Canal Street", "Manchester", null, "M1 3HE", "GB"),
                Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2025-01-01T00:00:00Z"),
                TermType.FIXED_TERM,
                Contract.Status.ENDED);
        LOG.info("Seeded demo customers alice, bob and carol");
    }

    /**
     * A new customer with one active electricity supply, for tests and demos that need their own.
     */
    @Transactional
    public NewDemoCustomer createDisposable() {
        String id = java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(6));
        String password =
                "pass-" + java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(8));
        var customer = customer("customer-" + id + "@example.com", "Customer " + id, password);
        String reference = "SP-9" + id.toUpperCase(java.util.Locale.ROOT);
        var term =
                new ContractTerm(
                        clock.instant()
                                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                .minus(java.time.Duration.ofDays(30)),
                        null,
                        TermType.UNTIL_TERMINATED);
        var supply =
                supply(
                        customer,
                        reference,
                        "Home",
                        new PostalAddress("1", "Test Street", "Bristol", null, "BS1 1AA", "GB"),
                        term.start(),
                        term.end(),
                        term.type(),
                        Contract.Status.ACTIVE);
        var tariffs = new TariffDocument(List.of(DemoTariffs.aliceEvNight()), List.of());
        snapshots.store(supply.getId(), tariffs);
        supplyCreated.fire(new DemoSupplyCreated(reference, term, supply.getAddress(), tariffs));
        return new NewDemoCustomer(customer.getEmail(), password, reference);
    }

    private Customer customer(String email, String name, String password) {
        var customer =
                new Customer(email, name, authenticator.hashForStorage(password), clock.instant());
        em.persist(customer);
        em.flush();
        return customer;
    }

    private SupplyPoint supply(
            Customer owner,
            String reference,
            String label,
            PostalAddress address,
            Instant start,
            Instant end,
            TermType termType,
            Contract.Status status) {
        var supply = new SupplyPoint(reference, owner.getId(), label, address);
        em.persist(supply);
        em.flush();
        em.persist(new Contract(supply.getId(), "ELECTRICITY", start, end, termType, status));
        return supply;
    }

    /**
     * Gives every demo supply its tariffs. Idempotent: unchanged tariffs write nothing, and the
     * dynamic tariff's day-ahead prices are refreshed for yesterday to the day after tomorrow.
     */
    @Transactional
    public void seedTariffs() {
        var london = java.time.ZoneId.of("Europe/London");
        var today = java.time.LocalDate.now(clock.withZone(london));
        storeTariffs(
                "SP-1000-0001", new TariffDocument(List.of(DemoTariffs.aliceEvNight()), List.of()));
        storeTariffs(
                "SP-2000-0001", new TariffDocument(List.of(DemoTariffs.bobHomeFlat()), List.of()));
        storeTariffs(
                "SP-2000-0002",
                new TariffDocument(
                        List.of(DemoTariffs.bobCottageDynamic(), DemoTariffs.bobCottageExport()),
                        DemoMarketPrices.between(today.minusDays(1), today.plusDays(2), london)));
        storeTariffs(
                "SP-3000-0001", new TariffDocument(List.of(DemoTariffs.bobHomeFlat()), List.of()));
    }

    private void storeTariffs(String reference, TariffDocument document) {
        em.createQuery("select sp.id from SupplyPoint sp where sp.reference = :ref", Long.class)
                .setParameter("ref", reference)
                .getResultStream()
                .findFirst()
                .ifPresent(id -> snapshots.store(id, document));
    }
}
