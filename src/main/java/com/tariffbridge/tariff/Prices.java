package com.tariffbridge.tariff;

import java.math.BigDecimal;

/**
 * How resolved per-kWh prices are written: never fewer than 5 decimal places, never rounded here.
 */
final class Prices {

    /** FlatPeak expects at least 5 decimal places of a major currency unit. */
    static final int SCALE = 5;

    private Prices() {}

    /** Pads to 5 decimal places; a price given more precisely keeps all of its digits. */
    static BigDecimal perKwh(BigDecimal price) {
        return price.scale() < SCALE ? price.setScale(SCALE) : price;
    }
}
