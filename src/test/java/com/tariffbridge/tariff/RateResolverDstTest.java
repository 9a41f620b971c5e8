package com.tariffbridge.tariff;

import static com.tariffbridge.tariff.RateResolverTest.at;
import static com.tariffbridge.tariff.RateResolverTest.period;
import static com.tariffbridge.tariff.ScheduleNames.ALL_DAYS;
import static com.tariffbridge.tariff.ScheduleNames.ALL_MONTHS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bands are local wall time: on the days the clocks change, real durations follow the clock. */
class RateResolverDstTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void nightBandLastsFourRealHoursWhenLondonClocksGoForward() {
        RatePeriod night = nightPeriod(DemoTariffs.aliceEvNight(), LocalDate.parse("2026-03-29"));

        assertThat(night)
                .isEqualTo(period("2026-03-29T00:30:00Z", "2026-03-29T04:30:00Z", "0.07000"));
        assertThat(night.duration()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void nightBandLastsSixRealHoursWhenLondonClocksGoBack() {
        RatePeriod night = nightPeriod(DemoTariffs.aliceEvNight(), LocalDate.parse("2026-10-25"));

        assertThat(night)
                .isEqualTo(period("2026-10-24T23:30:00Z", "2026-10-25T05:30:00Z", "0.07000"));
        assertThat(night.duration()).isEqualTo(Duration.ofHours(6));
    }

    @ParameterizedTest(name = "{0} on {1}: {2} h")
    @CsvSource({
        "Europe/London, 2026-03-29, 23, 4",
        "Europe/London, 2026-10-25, 25, 6",
        "Europe/Berlin, 2026-03-29, 23, 4",
        "Europe/Berlin, 2026-10-25, 25, 6",
        "Europe/London, 2026-06-15, 24, 5",
        "Europe/Berlin, 2025-03-30, 23, 4",
        "Europe/London, 2027-10-31, 25, 6"
    })
    void localDayLastsItsRealLengthAndSplitsBetweenNightAndDay(
            ZoneId zone, LocalDate day, int hours, int nightHours) {
        RateSeries series =
                RateResolver.resolve(
                        inZone(DemoTariffs.aliceEvNight(), zone),
                        day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant());

        Map<BigDecimal, Duration> byRate = new TreeMap<>();
        series.periods()
                .forEach(period -> byRate.merge(period.rate(), period.duration(), Duration::plus));

        assertThat(byRate.values().stream().reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofHours(hours));
        assertThat(byRate)
                .containsEntry(new BigDecimal("0.07000"), Duration.ofHours(nightHours))
                .containsEntry(new BigDecimal("0.28000"), Duration.ofHours(19));
    }

    @Test
    void boundaryInTheSkippedHourHandsOverAtTheMomentTheClocksJump() {
        // Berlin 2026-03-29: 02:00 CET (01:00Z) becomes 03:00 CEST, so a 02:30 boundary never shows
        // on the clock.
        RateSeries series =
                RateResolver.resolve(
                        splitAtHalfPastTwo(),
                        at("2026-03-28T23:00:00Z"),
                        at("2026-03-29T22:00:00Z"));

        assertThat(series.periods())
                .containsExactly(
                        period("2026-03-28T23:00:00Z", "2026-03-29T01:00:00Z", "0.10000"),
                        period("2026-03-29T01:00:00Z", "2026-03-29T22:00:00Z", "0.20000"));
    }

    @Test
    void boundaryInTheRepeatedHourIsCrossedTwice() {
        // Berlin 2026-10-25: 03:00 CEST (01:00Z) becomes 02:00 CET, so the clock shows 02:00–03:00
        // twice.
        RateSeries series =
                RateResolver.resolve(
                        splitAtHalfPastTwo(),
                        at("2026-10-24T22:00:00Z"),
                        at("2026-10-25T23:00:00Z"));

        assertThat(series.periods())
                .containsExactly(
                        period("2026-10-24T22:00:00Z", "2026-10-25T00:30:00Z", "0.10000"),
                        period("2026-10-25T00:30:00Z", "2026-10-25T01:00:00Z", "0.20000"),
                        period("2026-10-25T01:00:00Z", "2026-10-25T01:30:00Z", "0.10000"),
                        period("2026-10-25T01:30:00Z", "2026-10-25T23:00:00Z", "0.20000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-29", "2026-10-25"})
    void flatTariffIsOneUnbrokenPeriodThroughAClockChange(LocalDate day) {
        RateSeries series =
                RateResolver.resolve(
                        inZone(DemoTariffs.bobHomeFlat(), BERLIN),
                        day.atStartOfDay(BERLIN).toInstant(),
                        day.plusDays(2).atStartOfDay(BERLIN).toInstant());

        assertThat(series.periods()).hasSize(1);
    }

    private static RatePeriod nightPeriod(Tariff tariff, LocalDate day) {
        return RateResolver.resolve(
                        tariff,
                        day.atStartOfDay(LONDON).toInstant(),
                        day.plusDays(1).atStartOfDay(LONDON).toInstant())
                .periods()
                .stream()
                .filter(period -> period.rate().compareTo(new BigDecimal("0.07")) == 0)
                .findFirst()
                .orElseThrow();
    }

    private static Tariff splitAtHalfPastTwo() {
        return new Tariff(
                Direction.IMPORT,
                "Split",
                BERLIN,
                java.util.Currency.getInstance("EUR"),
                TariffKind.TIME_OF_DAY,
                false,
                BigDecimal.ZERO,
                Schedule.of(
                        ScheduleEntry.of(
                                ALL_MONTHS,
                                DaysAndHours.of(
                                        ALL_DAYS,
                                        HourBand.of("00:00", "02:30", FixedRate.of("0.10")),
                                        HourBand.of("02:30", "00:00", FixedRate.of("0.20"))))));
    }

    static Tariff inZone(Tariff tariff, ZoneId zone) {
        return new Tariff(
                tariff.direction(),
                tariff.displayName(),
                zone,
                tariff.currency(),
                tariff.kind(),
                tariff.marketRates(),
                tariff.standingChargePerDay(),
                tariff.schedule());
    }
}
