package com.tariffbridge.tariff;

import java.math.BigDecimal;
import java.util.Objects;

/** A price per kWh in major currency units (GBP, not pence); negative prices are allowed. */
public record FixedRate(BigDecimal fixed, BigDecimal toKwh) implements Rate {

    public FixedRate {
        Objects.requireNonNull(fixed, "fixed");
    }

    /** The single, open-ended tier of an untiered band. */
    public static FixedRate of(String fixed) {
        return new FixedRate(new BigDecimal(fixed), null);
    }

    public static FixedRate upTo(String toKwh, String fixed) {
        return new FixedRate(new BigDecimal(fixed), new BigDecimal(toKwh));
    }
}
