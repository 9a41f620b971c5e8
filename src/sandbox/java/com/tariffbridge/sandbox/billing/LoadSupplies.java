package com.tariffbridge.sandbox.billing;

import com.tariffbridge.sandbox.seed.SeedHashes;
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
    private static final BillingTerm TERM = BillingTerm.fixed(START, END);
    private static final BigDecimal REPRICE = new BigDecimal("1.1");

    private static final List<BillingTariffs> OURS =
            List.of(
                    DemoTariffs.of("alice-ev-night"),
                    DemoTariffs.of("bob-home-flat"),
                    DemoTariffs.of("bob-cottage-dynamic", "bob-cottage-export"),
                    DemoTariffs.of("seasonal-weekday-weekend"),
                    DemoTariffs.of("tiered"));
    private static final List<BillingTariffs> REPRICED =
            OURS.stream().map(d -> d.repriced(REPRICE)).toList();
    private static final List<String> OURS_JSON =
            OURS.stream().map(BillingTariffs::fragment).toList();
    private static final List<String> REPRICED_JSON =
            REPRICED.stream().map(BillingTariffs::fragment).toList();
    private static final List<String> OURS_BODY = OURS.stream().map(BillingTariffs::body).toList();
    private static final List<String> OURS_HASH =
            OURS_BODY.stream().map(SeedHashes::sha256).toList();

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

    static BillingAddress address(int n) {
        return new BillingAddress(n + " Load Street", null, "Leeds", null, "LS1 1AA", "GB");
    }

    static BillingTerm term() {
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
