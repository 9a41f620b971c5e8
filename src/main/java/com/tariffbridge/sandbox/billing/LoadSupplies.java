package com.tariffbridge.sandbox.billing;

import com.tariffbridge.contract.ContractTerm;
import com.tariffbridge.contract.PostalAddress;
import com.tariffbridge.contract.TermType;
import com.tariffbridge.tariff.DemoTariffs;
import com.tariffbridge.tariff.TariffDocument;
import com.tariffbridge.tariff.TariffSnapshots;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Synthetic supply points for load: {@code SP-G<batch>-<n>}. Everything about one follows from its
 * number, so billing can describe it even after a restart: tariff kind {@code n % 5} (time of day,
 * fixed, dynamic with export, seasonal, tiered), and every tenth (n % 10 == 7) already repriced by
 * 10 % in billing, so a first sync has real changes to write.
 */
final class LoadSupplies {

    private static final Pattern REFERENCE = Pattern.compile("SP-G([0-9A-F]{6})-([0-9]{7})");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2027-01-01T00:00:00Z");
    private static final ContractTerm TERM = new ContractTerm(START, END, TermType.FIXED_TERM);
    private static final BigDecimal REPRICE = new BigDecimal("1.1");

    private static final List<TariffDocument> OURS =
            List.of(
                    new TariffDocument(List.of(DemoTariffs.aliceEvNight()), List.of()),
                    new TariffDocument(List.of(DemoTariffs.bobHomeFlat()), List.of()),
                    new TariffDocument(
                            List.of(
                                    DemoTariffs.bobCottageDynamic(),
                                    DemoTariffs.bobCottageExport()),
                            List.of()),
                    new TariffDocument(List.of(DemoTariffs.seasonalWeekdayWeekend()), List.of()),
                    new TariffDocument(List.of(DemoTariffs.tiered()), List.of()));
    private static final List<TariffDocument> REPRICED =
            OURS.stream().map(d -> Repricing.times(d, REPRICE)).toList();
    private static final List<String> OURS_JSON =
            OURS.stream().map(BillingAccount::fragment).toList();
    private static final List<String> REPRICED_JSON =
            REPRICED.stream().map(BillingAccount::fragment).toList();
    private static final List<String> OURS_BODY =
            OURS.stream().map(TariffDocument::toJson).toList();
    private static final List<String> OURS_HASH =
            OURS.stream().map(TariffSnapshots::contentHash).toList();

    private LoadSupplies() {}

    static String reference(String batch, int n) {
        return String.format("SP-G%s-%07d", batch, n);
    }

    /** The snapshot body our database starts with for supply point n, and its content hash. */
    static String ourTariffsJson(int n) {
        return OURS_BODY.get(n % OURS.size());
    }

    static String ourTariffsHash(int n) {
        return OURS_HASH.get(n % OURS.size());
    }

    static PostalAddress address(int n) {
        return new PostalAddress(n + " Load Street", null, "Leeds", null, "LS1 1AA", "GB");
    }

    static ContractTerm term() {
        return TERM;
    }

    /** Billing's account for a load supply point, or empty when the reference is not one. */
    static Optional<BillingAccount> billed(String reference, Instant generatedAt) {
        var matcher = REFERENCE.matcher(reference);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(matcher.group(2));
        int kind = n % OURS.size();
        boolean repriced = n % 10 == 7;
        return Optional.of(
                new BillingAccount(
                        reference,
                        (repriced ? REPRICED : OURS).get(kind),
                        (repriced ? REPRICED_JSON : OURS_JSON).get(kind),
                        TERM,
                        address(n),
                        generatedAt));
    }
}
