package com.tariffbridge.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The surcharge a market-indexed tariff adds to the published index price of each slot. Both parts
 * may be zero or negative; the fixed part is in major currency units per kWh.
 */
public record MarketRate(
        BigDecimal surchargeFixed, BigDecimal surchargePercentage, BigDecimal toKwh)
        implements Rate {

    public MarketRate {
        Objects.requireNonNull(surchargeFixed, "surchargeFixed");
        Objects.requireNonNull(surchargePercentage, "surchargePercentage");
    }

    /** The single, open-ended tier of an untiered band. */
    public static MarketRate of(String surchargeFixed, String surchargePercentage) {
        return new MarketRate(
                new BigDecimal(surchargeFixed), new BigDecimal(surchargePercentage), null);
    }

    /**
     * index × (1 + percentage / 100) + fixed. Computed exactly and rounded once, HALF_EVEN to 5
     * places, so the same inputs always give the same published price whatever their scales.
     */
    public BigDecimal applyTo(BigDecimal indexPrice) {
        BigDecimal factor = BigDecimal.ONE.add(surchargePercentage.movePointLeft(2));
        return indexPrice
                .multiply(factor)
                .add(surchargeFixed)
                .setScale(Prices.SCALE, RoundingMode.HALF_EVEN);
    }
}
