package com.tariffbridge.sandbox.billing;

import com.tariffbridge.tariff.DaysAndHours;
import com.tariffbridge.tariff.FixedRate;
import com.tariffbridge.tariff.HourBand;
import com.tariffbridge.tariff.MarketRate;
import com.tariffbridge.tariff.Rate;
import com.tariffbridge.tariff.Schedule;
import com.tariffbridge.tariff.ScheduleEntry;
import com.tariffbridge.tariff.Tariff;
import com.tariffbridge.tariff.TariffDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The billing system's price change: every price the provider sets (fixed rates, market-rate
 * surcharges, standing charges) times a factor, to 5 decimal places. Published index prices and
 * percentage surcharges are not the provider's prices and stay as they are.
 */
final class Repricing {

    private Repricing() {}

    static TariffDocument times(TariffDocument document, BigDecimal factor) {
        return new TariffDocument(
                document.tariffs().stream().map(t -> times(t, factor)).toList(),
                document.marketPrices());
    }

    static Tariff times(Tariff tariff, BigDecimal factor) {
        var entries =
                tariff.schedule().entries().stream()
                        .map(
                                entry ->
                                        new ScheduleEntry(
                                                entry.months(),
                                                entry.dates(),
                                                entry.daysAndHours().stream()
                                                        .map(
                                                                dh ->
                                                                        new DaysAndHours(
                                                                                dh.days(),
                                                                                dh.hours().stream()
                                                                                        .map(
                                                                                                band ->
                                                                                                        new HourBand(
                                                                                                                band
                                                                                                                        .validFrom(),
                                                                                                                band
                                                                                                                        .validTo(),
                                                                                                                band
                                                                                                                        .rates()
                                                                                                                        .stream()
                                                                                                                        .map(
                                                                                                                                rate ->
                                                                                                                                        times(
                                                                                                                                                rate,
                                                                                                                                                factor))
                                                                                                                        .toList()))
                                                                                        .toList()))
                                                        .toList()))
                        .toList();
        return new Tariff(
                tariff.direction(),
                tariff.displayName(),
                tariff.zone(),
                tariff.currency(),
                tariff.kind(),
                tariff.marketRates(),
                price(tariff.standingChargePerDay(), factor),
                new Schedule(entries));
    }

    private static Rate times(Rate rate, BigDecimal factor) {
        if (rate instanceof FixedRate fixed) {
            return new FixedRate(price(fixed.fixed(), factor), fixed.toKwh());
        }
        var market = (MarketRate) rate;
        return new MarketRate(
                price(market.surchargeFixed(), factor),
                market.surchargePercentage(),
                market.toKwh());
    }

    private static BigDecimal price(BigDecimal price, BigDecimal factor) {
        return price.multiply(factor).setScale(5, RoundingMode.HALF_EVEN);
    }
}
