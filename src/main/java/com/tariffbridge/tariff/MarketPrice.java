package com.tariffbridge.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A published index price per kWh (major units, may be negative) for one slot, usually half an
 * hour.
 */
public record MarketPrice(Instant validFrom, Instant validTo, BigDecimal price) {

    public MarketPrice {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(price, "price");
        if (!validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("A market price slot must end after it starts");
        }
    }
}
