package com.tariffbridge.billing;

import com.tariffbridge.tariff.Direction;
import com.tariffbridge.tariff.Tariff;
import java.time.Instant;
import java.util.List;

/**
 * A tariff product the provider sells, as billing describes it now, in our model: where it is sold,
 * on what terms, and its prices (a valid {@link Tariff}) from {@code validFrom}.
 *
 * @param paymentMethod null where none applies (export)
 * @param contractMonths null for a product without a fixed term
 * @param validTo null while billing names no end
 */
public record BilledProduct(
        String id,
        String displayName,
        List<Region> regions,
        PaymentMethod paymentMethod,
        Integer contractMonths,
        Tariff tariff,
        Instant validFrom,
        Instant validTo) {

    public BilledProduct {
        regions = List.copyOf(regions);
    }

    public Direction direction() {
        return tariff.direction();
    }

    /** A region or market area, by billing's code (a UK GSP group such as {@code _C}). */
    public record Region(String code, String name) {}

    public enum PaymentMethod {
        DIRECT_DEBIT,
        PREPAYMENT,
        ON_RECEIPT_OF_BILL
    }
}
