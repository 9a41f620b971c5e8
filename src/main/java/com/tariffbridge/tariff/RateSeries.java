package com.tariffbridge.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ordered, gap-free, non-overlapping rate periods from the start of the requested window up to
 * {@code coveredUntil}. For a dynamic tariff that can fall short of the window's end: prices not
 * yet published are never guessed, so the caller sees how far the series reaches.
 */
public record RateSeries(List<RatePeriod> periods, Instant coveredUntil) {

    public RateSeries {
        periods = List.copyOf(periods);
        Objects.requireNonNull(coveredUntil, "coveredUntil");
    }

    /** Whether the series reaches the given instant, e.g. the end of the window asked for. */
    public boolean covers(Instant until) {
        return !coveredUntil.isBefore(until);
    }

    public Optional<BigDecimal> rateAt(Instant instant) {
        return periods.stream()
                .filter(period -> period.contains(instant))
                .map(RatePeriod::rate)
                .findFirst();
    }
}
