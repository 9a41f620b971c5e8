package com.tariffbridge.tariff;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A span of local wall-clock time, {@code validFrom} inclusive to {@code validTo} exclusive, with
 * its price tiers. A {@code validTo} of 00:00 means the end of the day, so 00:00→00:00 is the whole
 * day. As in FlatPeak's shape a band never wraps midnight: a night rate is two bands, 00:00–06:30
 * and 23:30–00:00. A wrapping band can be built (it may arrive from outside) but the validator
 * rejects it, so no tariff holds one.
 */
public record HourBand(LocalTime validFrom, LocalTime validTo, List<Rate> rates) {

    static final int DAY_SECONDS = 24 * 60 * 60;

    public HourBand {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validFrom.getNano() != 0 || validTo.getNano() != 0) {
            throw new IllegalArgumentException("Band times are whole seconds (HH:MM:SS)");
        }
        rates = List.copyOf(rates);
    }

    /** A band from local times written HH:MM or HH:MM:SS. */
    public static HourBand of(String validFrom, String validTo, Rate... rates) {
        return new HourBand(LocalTime.parse(validFrom), LocalTime.parse(validTo), List.of(rates));
    }

    public static HourBand wholeDay(Rate... rates) {
        return new HourBand(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, List.of(rates));
    }

    /** Whether the band prices this wall-clock time (meaningful for bands that do not wrap). */
    public boolean contains(LocalTime time) {
        int second = time.toSecondOfDay();
        return second >= startSecond() && second < endSecond();
    }

    /** The first tier: what the first kWh of the day costs. */
    public Rate firstTier() {
        return rates.get(0);
    }

    int startSecond() {
        return validFrom.toSecondOfDay();
    }

    /** 86,400 for a band that runs to midnight, so that intervals compare as plain numbers. */
    int endSecond() {
        return validTo.equals(LocalTime.MIDNIGHT) ? DAY_SECONDS : validTo.toSecondOfDay();
    }

    boolean wrapsMidnight() {
        return endSecond() < startSecond();
    }

    boolean isEmpty() {
        return endSecond() == startSecond();
    }
}
