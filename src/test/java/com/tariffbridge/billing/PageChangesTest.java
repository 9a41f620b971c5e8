package com.tariffbridge.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.contract.SupplyOnRecord;
import com.tariffbridge.contract.TermType;
import com.tariffbridge.tariff.DemoTariffs;
import com.tariffbridge.tariff.TariffDocument;
import com.tariffbridge.tariff.TariffSnapshots;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Change detection: only a different content hash, term or address counts as a change. */
class PageChangesTest {

    private static final TariffDocument FLAT =
            new TariffDocument(List.of(DemoTariffs.bobHomeFlat()), List.of());
    private static final TariffDocument NIGHT =
            new TariffDocument(List.of(DemoTariffs.aliceEvNight()), List.of());
    private static final ContractTerm TERM =
            new ContractTerm(
                    Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2027-01-01T00:00:00Z"),
                    TermType.FIXED_TERM);
    private static final PostalAddress HOME =
            new PostalAddress("1", "Test Street", "Bristol", null, "BS1 1AA", "GB");

    private static SupplyOnRecord ours(long id) {
        return new SupplyOnRecord(id, "SP-" + id, TERM, HOME);
    }

    @Test
    void theSameTariffTermAndAddressAreConfirmedNotChanged() {
        var changes =
                PageChanges.between(
                        List.of(ours(1)),
                        Map.of(1L, TariffSnapshots.contentHash(FLAT)),
                        new BilledPage(
                                List.of(
                                        new BilledSupply(
                                                "SP-1",
                                                FLAT,
                                                TERM,
                                                new PostalAddress(
                                                        "1",
                                                        "Test Street",
                                                        "Bristol",
                                                        null,
                                                        "BS1 1AA",
                                                        "GB"))),
                                Map.of()));

        assertThat(changes.confirmed()).containsExactly(1L);
        assertThat(changes.tariffs()).isEmpty();
        assertThat(changes.corrections()).isEmpty();
        assertThat(changes.changedCount()).isZero();
    }

    @Test
    void aRepricedTariffIsANewVersionAndNotAConfirmation() {
        var changes =
                PageChanges.between(
                        List.of(ours(1)),
                        Map.of(1L, TariffSnapshots.contentHash(FLAT)),
                        new BilledPage(
                                List.of(new BilledSupply("SP-1", NIGHT, TERM, HOME)), Map.of()));

        assertThat(changes.tariffs()).containsOnlyKeys(1L);
        assertThat(changes.confirmed()).isEmpty();
        assertThat(changes.changedCount()).isOne();
    }

    @Test
    void aSupplyPointWithoutAnySnapshotGetsItsFirst() {
        var changes =
                PageChanges.between(
                        List.of(ours(1)),
                        Map.of(),
                        new BilledPage(
                                List.of(new BilledSupply("SP-1", FLAT, TERM, HOME)), Map.of()));

        assertThat(changes.tariffs()).containsOnlyKeys(1L);
    }

    @Test
    void aRenewalAndAMoveAreCorrectionsWhileTheUnchangedTariffIsConfirmed() {
        var renewed =
                new ContractTerm(
                        TERM.start(), Instant.parse("2028-01-01T00:00:00Z"), TermType.FIXED_TERM);
        var moved = new PostalAddress("2", "New Road", "Bath", null, "BA1 1AA", "GB");
        var changes =
                PageChanges.between(
                        List.of(ours(1), ours(2)),
                        Map.of(
                                1L,
                                TariffSnapshots.contentHash(FLAT),
                                2L,
                                TariffSnapshots.contentHash(FLAT)),
                        new BilledPage(
                                List.of(
                                        new BilledSupply("SP-1", FLAT, renewed, HOME),
                                        new BilledSupply("SP-2", FLAT, TERM, moved)),
                                Map.of()));

        assertThat(changes.confirmed()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(changes.corrections())
                .containsExactlyInAnyOrder(
                        new PageChanges.Correction(1, renewed, null),
                        new PageChanges.Correction(2, null, moved));
        assertThat(changes.changedCount()).isEqualTo(2);
    }

    @Test
    void whatBillingRefusedOrLeftOutIsRefusedWithItsReason() {
        var changes =
                PageChanges.between(
                        List.of(ours(1), ours(2)),
                        Map.of(),
                        new BilledPage(
                                List.of(), Map.of("SP-1", "unusable billing record: no tariffs")));

        assertThat(changes.refused())
                .containsEntry(1L, "unusable billing record: no tariffs")
                .containsEntry(2L, "unknown to billing");
        assertThat(changes.tariffs()).isEmpty();
        assertThat(changes.confirmed()).isEmpty();
    }
}
