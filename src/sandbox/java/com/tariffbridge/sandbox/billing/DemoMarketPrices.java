package com.tariffbridge.sandbox.billing;

import jakarta.json.JsonArray;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A plausible day-ahead index for demos: half-hourly, cheap overnight, expensive at the 16:00–19:00
 * peak, and slightly negative in the small hours of Sundays (as windy weekend nights can be).
 * Deterministic, so the same day always gives the same prices.
 */
public final class DemoMarketPrices {

    private static final Duration SLOT = Duration.ofMinutes(30);

    private DemoMarketPrices() {}

    /** Prices from the start of {@code firstDay} up to the start of {@code endDay} (local days). */
    public static JsonArray between(LocalDate firstDay, LocalDate endDay, ZoneId zone) {
        var prices = BillingTariffs.JSON.createArrayBuilder();
        Instant end = endDay.atStartOfDay(zone).toInstant();
        for (Instant slot = firstDay.atStartOfDay(zone).toInstant();
                slot.isBefore(end);
                slot = slot.plus(SLOT)) {
            prices.add(
                    BillingTariffs.JSON
                            .createObjectBuilder()
                            .add("valid_from", slot.toString())
                            .add("valid_to", slot.plus(SLOT).toString())
                            .add("price", price(slot, zone)));
        }
        return prices.build();
    }

    private static BigDecimal price(Instant slot, ZoneId zone) {
        var local = slot.atZone(zone);
        double hour = local.getHour() + local.getMinute() / 60.0;
        double price;
        if (local.getDayOfWeek() == DayOfWeek.SUNDAY && hour >= 2 && hour < 5) {
            price = -0.015;
        } else if (hour < 6) {
            price = 0.06 + 0.01 * Math.cos(hour);
        } else if (hour >= 16 && hour < 19) {
            price = 0.29 + 0.02 * Math.sin(hour);
        } else {
            price = 0.14 + 0.03 * Math.sin(hour / 3);
        }
        return BigDecimal.valueOf(price).setScale(5, RoundingMode.HALF_EVEN);
    }
}
