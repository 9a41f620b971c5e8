package com.tariffbridge.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a tariff into the series of per-kWh rates our API publishes: each instant gets the price of
 * the band holding its local wall-clock time, so 23- and 25-hour days come out right. Adjacent
 * periods with equal rates merge.
 *
 * <p>Tiered bands contribute their first tier. The series states the marginal price of a kWh over
 * time for a household using up to the first bound; a consumption-dependent price has no single
 * value per period, and FlatPeak reads the tiers themselves from the schedule.
 *
 * <p>Market-indexed bands apply their surcharge to the published index price of each slot. The
 * series stops where publication stops (see {@link RateSeries#coveredUntil()}).
 */
public final class RateResolver {

    private RateResolver() {}

    /**
     * The series for [from, to) of a tariff with fixed prices (a dynamic one resolves to nothing).
     */
    public static RateSeries resolve(Tariff tariff, Instant from, Instant to) {
        return resolve(tariff, from, to, List.of());
    }

    /**
     * The series for [from, to). For a market-indexed tariff it runs as far as {@code marketPrices}
     * cover without a break from {@code from}; for any other tariff the prices are ignored.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from} or market prices
     *     overlap
     */
    public static RateSeries resolve(
            Tariff tariff, Instant from, Instant to, List<MarketPrice> marketPrices) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The window ends before it starts");
        }
        MarketPrices market = new MarketPrices(marketPrices);
        Instant end = tariff.marketRates() ? market.publishedUntil(from, to) : to;
        TreeSet<Instant> cuts = WallClockCuts.between(tariff.schedule(), tariff.zone(), from, end);
        if (tariff.marketRates()) {
            cuts.addAll(market.startsWithin(from, end));
        }
        cuts.add(end);
        List<RatePeriod> periods = new ArrayList<>();
        Instant start = from;
        for (Instant cut : cuts) {
            if (cut.isAfter(start)) {
                append(periods, new RatePeriod(start, cut, rateAt(tariff, market, start)));
                start = cut;
            }
        }
        return new RateSeries(periods, end);
    }

    private static BigDecimal rateAt(Tariff tariff, MarketPrices market, Instant instant) {
        LocalDateTime wallTime = LocalDateTime.ofInstant(instant, tariff.zone());
        Rate rate =
                tariff.schedule()
                        .bandAt(wallTime)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "A valid schedule prices " + wallTime))
                        .firstTier();
        if (rate instanceof MarketRate surcharge) {
            return surcharge.applyTo(
                    market.at(instant)
                            .orElseThrow(
                                    () -> new IllegalStateException("No index price at " + instant))
                            .price());
        }
        return Prices.perKwh(((FixedRate) rate).fixed());
    }

    private static void append(List<RatePeriod> periods, RatePeriod next) {
        int last = periods.size() - 1;
        if (last >= 0 && periods.get(last).rate().compareTo(next.rate()) == 0) {
            RatePeriod previous = periods.get(last);
            periods.set(
                    last, new RatePeriod(previous.validFrom(), next.validTo(), previous.rate()));
        } else {
            periods.add(next);
        }
    }
}
