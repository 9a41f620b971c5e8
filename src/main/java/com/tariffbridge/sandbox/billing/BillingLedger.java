package com.tariffbridge.sandbox.billing;

import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.contract.TermType;
import com.tariffbridge.demo.DemoMarketPrices;
import com.tariffbridge.demo.DemoSupplyCreated;
import com.tariffbridge.tariff.DemoTariffs;
import com.tariffbridge.tariff.TariffDocument;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
 * The sandbox billing system's accounts, in memory: the demo customers' supply points (the same
 * data the demo seeder writes into our database), disposable demo customers as they are created,
 * and load supply points derived from their reference. Knobs replace an account with its repriced
 * or renewed version, as a billing clerk would.
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
                        new TariffDocument(List.of(DemoTariffs.aliceEvNight()), List.of()),
                        term("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"),
                        new PostalAddress("1-3", "Strand", "London", null, "WC2N 5EH", "GB"),
                        now));
        put(
                BillingAccount.of(
                        "SP-2000-0001",
                        new TariffDocument(List.of(DemoTariffs.bobHomeFlat()), List.of()),
                        new ContractTerm(
                                Instant.parse("2024-04-01T00:00:00Z"),
                                null,
                                TermType.UNTIL_TERMINATED),
                        new PostalAddress("221B", "Baker Street", "London", null, "NW1 6XE", "GB"),
                        now));
        put(
                BillingAccount.of(
                        "SP-2000-0002",
                        new TariffDocument(
                                List.of(
                                        DemoTariffs.bobCottageDynamic(),
                                        DemoTariffs.bobCottageExport()),
                                DemoMarketPrices.between(
                                        today.minusDays(1), today.plusDays(2), LONDON)),
                        term("2026-06-01T00:00:00Z", "2027-06-01T00:00:00Z"),
                        new PostalAddress(
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
                        new TariffDocument(List.of(DemoTariffs.bobHomeFlat()), List.of()),
                        term("2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z"),
                        new PostalAddress(
                                "Flat 4", "12 Canal Street", "Manchester", null, "M1 3HE", "GB"),
                        now));
    }

    void onDemoSupplyCreated(@Observes DemoSupplyCreated created) {
        put(
                BillingAccount.of(
                        created.reference(),
                        created.tariffs(),
                        created.term(),
                        created.address(),
                        clock.instant()));
    }

    Optional<BillingAccount> find(String reference) {
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

    private static ContractTerm term(String start, String end) {
        return new ContractTerm(Instant.parse(start), Instant.parse(end), TermType.FIXED_TERM);
    }
}
