package com.tariffbridge.sandbox.billing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The sandbox billing system's accounts, in memory: the demo customers' supply points (which the
 * demo seeder copies into our database), disposable demo customers as they are created, and load
 * supply points derived from their reference. Knobs replace an account with its repriced or renewed
 * version, as a billing clerk would.
 */
@ApplicationScoped
public class BillingLedger {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ConcurrentSkipListMap<String, BillingAccount> accounts =
            new ConcurrentSkipListMap<>();

    @Inject Clock clock;

    @PostConstruct
    void seedDemoCustomers() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        put(
                BillingAccount.of(
                        "SP-1000-0001",
                        DemoTariffs.of("alice-ev-night"),
                        fixed("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"),
                        new BillingAddress("1-3", "Strand", "London", null, "WC2N 5EH", "GB"),
                        now));
        put(
                BillingAccount.of(
                        "SP-2000-0001",
                        DemoTariffs.of("bob-home-flat"),
                        BillingTerm.untilTerminated(Instant.parse("2024-04-01T00:00:00Z")),
                        new BillingAddress("221B", "Baker Street", "London", null, "NW1 6XE", "GB"),
                        now));
        put(
                BillingAccount.of(
                        "SP-2000-0002",
                        DemoTariffs.of(
                                DemoMarketPrices.between(
                                        today.minusDays(1), today.plusDays(2), LONDON),
                                "bob-cottage-dynamic",
                                "bob-cottage-export"),
                        fixed("2026-06-01T00:00:00Z", "2027-06-01T00:00:00Z"),
                        new BillingAddress(
                                "Rose Cottage",
                                "Copse Hill",
                                "Lower Slaughter",
                                "Gloucestershire",
                                "GL54 2HP",
                                "GB"),
                        now));
        put(
                BillingAccount.of(
                        "SP-3000-0001",
                        DemoTariffs.of("bob-home-flat"),
                        fixed("2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z"),
                        new BillingAddress(
                                "Flat 4", "12 Canal Street", "Manchester", null, "M1 3HE", "GB"),
                        now));
    }

    /** A new account, as billing opens one when a customer signs a contract. */
    public BillingAccount open(
            String reference, BillingTariffs tariffs, BillingTerm term, BillingAddress address) {
        return put(BillingAccount.of(reference, tariffs, term, address, clock.instant()));
    }

    public Optional<BillingAccount> find(String reference) {
        var held = accounts.get(reference);
        return held != null ? Optional.of(held) : LoadSupplies.billed(reference, Instant.EPOCH);
    }

    Optional<BillingAccount> reprice(String reference, BigDecimal factor) {
        return find(reference).map(account -> put(account.repriced(factor, clock.instant())));
    }

    Optional<BillingAccount> renew(String reference) {
        return find(reference).map(account -> put(account.renewed(clock.instant())));
    }

    /** Held accounts changed after {@code since}, in reference order after {@code after}. */
    List<BillingAccount> changedSince(Instant since, String after, int limit) {
        List<BillingAccount> page = new ArrayList<>(limit);
        var tail = after == null ? accounts.values() : accounts.tailMap(after, false).values();
        for (BillingAccount account : tail) {
            if (page.size() == limit) {
                break;
            }
            if (account.updatedAt().isAfter(since)) {
                page.add(account);
            }
        }
        return page;
    }

    private BillingAccount put(BillingAccount account) {
        accounts.put(account.reference(), account);
        return account;
    }

    private static BillingTerm fixed(String start, String end) {
        return BillingTerm.fixed(Instant.parse(start), Instant.parse(end));
    }
}
