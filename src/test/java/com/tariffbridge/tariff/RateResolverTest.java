package com.tariffbridge.tariff;

import static com.tariffbridge.tariff.ScheduleNames.ALL_DAYS;
import static com.tariffbridge.tariff.ScheduleNames.ALL_MONTHS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateResolverTest {

    @Test
    void winterDayInLondonHasDayNightDayPeriods() {
        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.aliceEvNight(),
                        at("2026-01-15T00:00:00Z"),
                        at("2026-01-16T00:00:00Z"));

        assertThat(series.periods())
                .containsExactly(
                        period("2026-01-15T00:00:00Z", "2026-01-15T00:30:00Z", "0.28000"),
                        period("2026-01-15T00:30:00Z", "2026-01-15T05:30:00Z", "0.07000"),
                        period("2026-01-15T05:30:00Z", "2026-01-16T00:00:00Z", "0.28000"));
        assertThat(series.coveredUntil()).isEqualTo(at("2026-01-16T00:00:00Z"));
        assertThat(series.covers(at("2026-01-16T00:00:00Z"))).isTrue();
    }

    @Test
    void summerBandsFollowLocalTimeSoTheyStartAnHourEarlierInUtc() {
        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.aliceEvNight(),
                        at("2026-07-14T23:00:00Z"),
                        at("2026-07-15T23:00:00Z"));

        assertThat(series.periods())
                .extracting(RatePeriod::validFrom)
                .containsExactly(
                        at("2026-07-14T23:00:00Z"),
                        at("2026-07-14T23:30:00Z"),
                        at("2026-07-15T04:30:00Z"));
    }

    @Test
    void equalRatesEitherSideOfMidnightMergeIntoOnePeriod() {
        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.aliceEvNight(),
                        at("2026-01-15T00:00:00Z"),
                        at("2026-01-17T00:00:00Z"));

        assertThat(series.periods()).hasSize(5);
        assertThat(series.periods().get(2))
                .isEqualTo(period("2026-01-15T05:30:00Z", "2026-01-16T00:30:00Z", "0.28000"));
    }

    @Test
    void windowMayStartAndEndInsideBands() {
        Instant from = at("2026-01-15T03:17:42.500Z");
        RateSeries series =
                RateResolver.resolve(DemoTariffs.aliceEvNight(), from, at("2026-01-15T06:00:01Z"));

        assertThat(series.periods())
                .containsExactly(
                        new RatePeriod(from, at("2026-01-15T05:30:00Z"), new BigDecimal("0.07000")),
                        period("2026-01-15T05:30:00Z", "2026-01-15T06:00:01Z", "0.28000"));
    }

    @Test
    void flatTariffIsOnePeriodForAWholeMonth() {
        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.bobHomeFlat(),
                        at("2026-03-01T00:00:00Z"),
                        at("2026-04-01T00:00:00Z"));

        assertThat(series.periods())
                .containsExactly(period("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", "0.24000"));
    }

    @Test
    void tieredTariffPublishesItsFirstTier() {
        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.tiered(),
                        at("2026-03-01T00:00:00Z"),
                        at("2026-03-02T00:00:00Z"));

        assertThat(series.periods())
                .extracting(RatePeriod::rate)
                .containsExactly(new BigDecimal("0.19000"));
    }

    @Test
    void pricesKeepDigitsBeyondFivePlaces() {
        Tariff precise =
                new Tariff(
                        Direction.IMPORT,
                        "Precise",
                        DemoTariffs.bobHomeFlat().zone(),
                        DemoTariffs.bobHomeFlat().currency(),
                        TariffKind.FIXED,
                        false,
                        BigDecimal.ONE,
                        Schedule.of(
                                ScheduleEntry.of(
                                        ALL_MONTHS,
                                        DaysAndHours.of(
                                                ALL_DAYS,
                                                HourBand.wholeDay(FixedRate.of("0.2456789"))))));

        assertThat(
                        RateResolver.resolve(
                                        precise,
                                        at("2026-03-01T00:00:00Z"),
                                        at("2026-03-02T00:00:00Z"))
                                .periods())
                .extracting(RatePeriod::rate)
                .containsExactly(new BigDecimal("0.2456789"));
    }

    @Test
    void emptyWindowGivesAnEmptySeries() {
        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.bobHomeFlat(),
                        at("2026-03-01T00:00:00Z"),
                        at("2026-03-01T00:00:00Z"));

        assertThat(series.periods()).isEmpty();
        assertThat(series.coveredUntil()).isEqualTo(at("2026-03-01T00:00:00Z"));
    }

    @Test
    void windowEndingBeforeItStartsIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                RateResolver.resolve(
                                        DemoTariffs.bobHomeFlat(),
                                        at("2026-03-02T00:00:00Z"),
                                        at("2026-03-01T00:00:00Z")));
    }

    @Test
    void dynamicTariffAppliesTheSurchargeToEachHalfHour() {
        List<MarketPrice> prices = halfHourly("2026-03-01T00:00:00Z", "0.10", "-0.05", "0.30");

        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.bobCottageDynamic(),
                        at("2026-03-01T00:00:00Z"),
                        at("2026-03-01T01:30:00Z"),
                        prices);

        assertThat(series.periods())
                .containsExactly(
                        period("2026-03-01T00:00:00Z", "2026-03-01T00:30:00Z", "0.12500"),
                        period("2026-03-01T00:30:00Z", "2026-03-01T01:00:00Z", "-0.03250"),
                        period("2026-03-01T01:00:00Z", "2026-03-01T01:30:00Z", "0.33500"));
        assertThat(series.covers(at("2026-03-01T01:30:00Z"))).isTrue();
    }

    @Test
    void dynamicSeriesStopsAtTheLastPublishedSlot() {
        List<MarketPrice> prices = halfHourly("2026-03-01T00:00:00Z", "0.10", "0.11", "0.12");

        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.bobCottageDynamic(),
                        at("2026-03-01T00:10:00Z"),
                        at("2026-03-02T00:00:00Z"),
                        prices);

        assertThat(series.coveredUntil()).isEqualTo(at("2026-03-01T01:30:00Z"));
        assertThat(series.covers(at("2026-03-02T00:00:00Z"))).isFalse();
        assertThat(series.periods())
                .first()
                .extracting(RatePeriod::validFrom)
                .isEqualTo(at("2026-03-01T00:10:00Z"));
        assertThat(series.periods())
                .last()
                .extracting(RatePeriod::validTo)
                .isEqualTo(at("2026-03-01T01:30:00Z"));
    }

    @Test
    void missingSlotEndsTheDynamicSeriesEvenIfLaterSlotsArePublished() {
        List<MarketPrice> prices =
                new ArrayList<>(halfHourly("2026-03-01T00:00:00Z", "0.10", "0.11"));
        prices.addAll(halfHourly("2026-03-01T01:30:00Z", "0.12"));

        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.bobCottageDynamic(),
                        at("2026-03-01T00:00:00Z"),
                        at("2026-03-01T02:00:00Z"),
                        prices);

        assertThat(series.coveredUntil()).isEqualTo(at("2026-03-01T01:00:00Z"));
    }

    @Test
    void dynamicSeriesIsEmptyWhenTheFirstSlotIsNotPublished() {
        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.bobCottageDynamic(),
                        at("2026-03-01T00:00:00Z"),
                        at("2026-03-01T02:00:00Z"),
                        halfHourly("2026-03-01T00:30:00Z", "0.10"));

        assertThat(series.periods()).isEmpty();
        assertThat(series.coveredUntil()).isEqualTo(at("2026-03-01T00:00:00Z"));
    }

    @Test
    void equalMarketPricesInARowMerge() {
        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.bobCottageDynamic(),
                        at("2026-03-01T00:00:00Z"),
                        at("2026-03-01T01:30:00Z"),
                        halfHourly("2026-03-01T00:00:00Z", "0.10", "0.1000", "0.2"));

        assertThat(series.periods())
                .containsExactly(
                        period("2026-03-01T00:00:00Z", "2026-03-01T01:00:00Z", "0.12500"),
                        period("2026-03-01T01:00:00Z", "2026-03-01T01:30:00Z", "0.23000"));
    }

    @Test
    void marketPricesMayArriveInAnyOrderButMustNotOverlap() {
        List<MarketPrice> shuffled =
                new ArrayList<>(halfHourly("2026-03-01T00:00:00Z", "0.10", "0.20"));
        java.util.Collections.reverse(shuffled);
        assertThat(
                        RateResolver.resolve(
                                        DemoTariffs.bobCottageDynamic(),
                                        at("2026-03-01T00:00:00Z"),
                                        at("2026-03-01T01:00:00Z"),
                                        shuffled)
                                .periods())
                .hasSize(2);

        List<MarketPrice> overlapping =
                List.of(
                        new MarketPrice(
                                at("2026-03-01T00:00:00Z"),
                                at("2026-03-01T01:00:00Z"),
                                BigDecimal.ONE),
                        new MarketPrice(
                                at("2026-03-01T00:30:00Z"),
                                at("2026-03-01T01:30:00Z"),
                                BigDecimal.ONE));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                RateResolver.resolve(
                                        DemoTariffs.bobCottageDynamic(),
                                        at("2026-03-01T00:00:00Z"),
                                        at("2026-03-01T01:00:00Z"),
                                        overlapping))
                .withMessage("Market prices overlap at 2026-03-01T00:30:00Z");
    }

    @Test
    void fixedTariffIgnoresMarketPrices() {
        RateSeries series =
                RateResolver.resolve(
                        DemoTariffs.bobHomeFlat(),
                        at("2026-03-01T00:00:00Z"),
                        at("2026-03-02T00:00:00Z"),
                        halfHourly("2026-03-01T00:00:00Z", "0.10"));

        assertThat(series.periods())
                .containsExactly(period("2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z", "0.24000"));
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static RatePeriod period(String from, String to, String rate) {
        return new RatePeriod(at(from), at(to), new BigDecimal(rate));
    }

    private static List<MarketPrice> halfHourly(String start, String... prices) {
        List<MarketPrice> slots = new ArrayList<>();
        Instant slotStart = at(start);
        for (String price : prices) {
            Instant slotEnd = slotStart.plus(Duration.ofMinutes(30));
            slots.add(new MarketPrice(slotStart, slotEnd, new BigDecimal(price)));
            slotStart = slotEnd;
        }
        return slots;
    }
}
