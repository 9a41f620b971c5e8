package com.tariffbridge.tariff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of real time, from inclusive to exclusive, with one price per kWh in major units. */
public record RatePeriod(Instant validFrom, Instant validTo, BigDecimal rate) {

    public RatePeriod {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(rate, "rate");
        if (!validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("A rate period must end after it starts");
        }
    }

    public Duration duration() {
        return Duration.between(validFrom, validTo);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(validFrom) && instant.isBefore(validTo);
    }
}
