package com.tariffbridge.sandbox.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.billing.client.BillingLookupResult;
import com.tariffbridge.billing.client.BillingRecords;
import com.tariffbridge.sandbox.seed.SeedHashes;
import com.tariffbridge.tariff.FixedRate;
import com.tariffbridge.tariff.TariffDocument;
import com.tariffbridge.tariff.TariffSnapshots;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sandbox billing system and our client agree on the wire: what one writes, the other reads
 * unchanged.
 */
class BillingWireTest {

    private static BillingLookupResult read(String json) throws Exception {
        try (var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, BillingLookupResult.class);
        }
    }

    @Test
    void everyLoadKindReadsBackAsTheSameTariffsTermAndAddress() throws Exception {
        List<BillingAccount> accounts = new java.util.ArrayList<>();
        for (int n = 0; n < 10; n++) {
            accounts.add(
                    LoadSupplies.billed(LoadSupplies.reference("ABC123", n), Instant.EPOCH)
                            .orElseThrow());
        }
        String json = BillingWire.records("data", accounts, new StringBuilder(",\"missing\":[]"));

        var page =
                BillingRecords.page(
                        accounts.stream().map(BillingAccount::reference).toList(), read(json));

        assertThat(page.refused()).isEmpty();
        for (int n = 0; n < 10; n++) {
            var account = accounts.get(n);
            var billed = page.supplies().get(n);
            // the hash the product computes of what it read is the one the sandbox seeds
            assertThat(TariffSnapshots.contentHash(billed.tariffs()))
                    .isEqualTo(SeedHashes.sha256(account.tariffs().body()));
            assertThat(billed.term().start()).isEqualTo(account.term().start());
            assertThat(billed.term().end()).isEqualTo(account.term().end());
            assertThat(billed.term().type().name()).isEqualTo(account.term().type());
            var address = billed.address();
            assertThat(
                            List.of(
                                    address.line1(),
                                    address.city(),
                                    address.postCode(),
                                    address.countryCode()))
                    .containsExactly(
                            account.address().line1(),
                            account.address().city(),
                            account.address().postCode(),
                            account.address().countryCode());
        }
    }

    @Test
    void everyTenthLoadSupplyPointIsAlreadyRepricedInBilling() {
        int changed = 0;
        for (int n = 0; n < 100; n++) {
            var account =
                    LoadSupplies.billed(LoadSupplies.reference("ABC123", n), Instant.EPOCH)
                            .orElseThrow();
            if (!SeedHashes.sha256(account.tariffs().body())
                    .equals(LoadSupplies.ourTariffsHash(n))) {
                changed++;
            }
        }
        assertThat(changed).isEqualTo(10);
    }

    @Test
    void theSnapshotsSeededForLoadSupplyPointsAreWhatTheProductWouldStore() {
        for (int n = 0; n < 5; n++) {
            var stored = TariffDocument.parse(LoadSupplies.ourTariffsJson(n));

            assertThat(stored.toJson()).isEqualTo(LoadSupplies.ourTariffsJson(n));
            assertThat(TariffSnapshots.contentHash(stored))
                    .isEqualTo(LoadSupplies.ourTariffsHash(n));
        }
    }

    @Test
    void repricingMultipliesTheProvidersPricesOnly() {
        var night = DemoTariffs.of("alice-ev-night");

        var doubled = TariffDocument.parse(Repricing.times(night, new BigDecimal("2")).body());

        var tariff = doubled.tariffs().get(0);
        var bands = tariff.schedule().entries().get(0).daysAndHours().get(0).hours();
        assertThat(((FixedRate) bands.get(1).firstTier()).fixed()).isEqualByComparingTo("0.14");
        assertThat(tariff.standingChargePerDay()).isEqualByComparingTo("1.06");
        assertThat(night.body())
                .isEqualTo(
                        new TariffDocument(
                                        List.of(com.tariffbridge.tariff.DemoTariffs.aliceEvNight()),
                                        List.of())
                                .toJson());
    }

    @Test
    void aRenewalIsAFixedTermOfOneYearFromTheCurrentEnd() {
        var account =
                LoadSupplies.billed(LoadSupplies.reference("ABC123", 1), Instant.EPOCH)
                        .orElseThrow();

        var renewed = account.renewed(Instant.parse("2026-11-27T00:00:00Z"));

        assertThat(renewed.term().start()).isEqualTo(account.term().start());
        assertThat(renewed.term().end()).isEqualTo(Instant.parse("2028-01-01T00:00:00Z"));
    }

    @Test
    void theChangedSinceListingPagesInReferenceOrder() {
        var ledger = new BillingLedger();
        ledger.clock =
                java.time.Clock.fixed(
                        Instant.parse("2026-11-27T00:00:00Z"), java.time.ZoneOffset.UTC);
        ledger.seedDemoCustomers();

        var first = ledger.changedSince(Instant.EPOCH, null, 3);
        var rest = ledger.changedSince(Instant.EPOCH, first.get(2).reference(), 3);

        assertThat(first)
                .extracting(BillingAccount::reference)
                .containsExactly("SP-1000-0001", "SP-2000-0001", "SP-2000-0002");
        assertThat(rest).extracting(BillingAccount::reference).containsExactly("SP-3000-0001");
        assertThat(ledger.changedSince(Instant.parse("2026-11-27T00:00:00Z"), null, 3)).isEmpty();
    }
}
