package com.tariffbridge.tariff;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;

/**
 * A tariff as FlatPeak sees it: direction, prices by local time in an IANA zone, and the daily
 * standing charge (FlatPeak has no field for it; our API adds one). An export tariff is any kind
 * with direction EXPORT. A tariff always holds a valid schedule, so resolving it cannot meet a
 * moment without a price: construction throws {@link InvalidScheduleException} otherwise.
 *
 * @param marketRates true exactly for {@link TariffKind#DYNAMIC}: the schedule then holds
 *     surcharges on a published index price rather than prices
 * @param standingChargePerDay in major currency units, not negative
 */
public record Tariff(
        Direction direction,
        String displayName,
        ZoneId zone,
        Currency currency,
        TariffKind kind,
        boolean marketRates,
        BigDecimal standingChargePerDay,
        Schedule schedule) {

    public Tariff {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(standingChargePerDay, "standingChargePerDay");
        Objects.requireNonNull(schedule, "schedule");
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("A tariff needs a display name");
        }
        // FlatPeak wants a region such as Europe/London: a bare offset would ignore DST.
        if (zone instanceof ZoneOffset) {
            throw new IllegalArgumentException(
                    "Time zone must be an IANA region, not the offset " + zone);
        }
        if (marketRates != (kind == TariffKind.DYNAMIC)) {
            throw new IllegalArgumentException(
                    "Market rates go with a DYNAMIC tariff and only with one");
        }
        if (standingChargePerDay.signum() < 0) {
            throw new IllegalArgumentException("Standing charge cannot be negative");
        }
        var problems = ScheduleValidator.problems(schedule, marketRates);
        if (!problems.isEmpty()) {
            throw new InvalidScheduleException(problems);
        }
    }
}
