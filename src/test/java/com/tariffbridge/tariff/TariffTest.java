package com.tariffbridge.tariff;

import static com.tariffbridge.tariff.ScheduleNames.ALL_DAYS;
import static com.tariffbridge.tariff.ScheduleNames.ALL_MONTHS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class TariffTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Currency GBP = Currency.getInstance("GBP");

    @Test
    void scheduleWithGapsIsRefusedWithEveryProblem() {
        Schedule nightOnly =
                Schedule.of(
                        ScheduleEntry.of(
                                ALL_MONTHS,
                                DaysAndHours.of(
                                        ALL_DAYS,
                                        HourBand.of("00:30", "05:30", FixedRate.of("0.07")))));

        InvalidScheduleException refused =
                catchThrowableOfType(
                        InvalidScheduleException.class,
                        () -> tariff(TariffKind.TIME_OF_DAY, false, "0.53", nightOnly));

        assertThat(refused.problems())
                .containsExactly(
                        "Gap on All days in All months from 00:00 to 00:30",
                        "Gap on All days in All months from 05:30 to 00:00");
        assertThat(refused).hasMessageStartingWith("Invalid tariff schedule: Gap on All days");
    }

    @Test
    void marketRatesGoWithDynamicTariffsOnly() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                tariff(
                                        TariffKind.DYNAMIC,
                                        false,
                                        "0.50",
                                        flat(FixedRate.of("0.20"))));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                tariff(
                                        TariffKind.FIXED,
                                        true,
                                        "0.50",
                                        flat(MarketRate.of("0.02", "5"))));
    }

    @Test
    void standingChargeMayBeZeroButNotNegative() {
        assertThat(
                        tariff(TariffKind.FIXED, false, "0", flat(FixedRate.of("0.15")))
                                .standingChargePerDay())
                .isZero();
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> tariff(TariffKind.FIXED, false, "-0.01", flat(FixedRate.of("0.15"))));
    }

    @Test
    void zoneMustBeAnIanaRegionNotAnOffset() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Tariff(
                                        Direction.IMPORT,
                                        "Flat",
                                        ZoneOffset.ofHours(1),
                                        GBP,
                                        TariffKind.FIXED,
                                        false,
                                        BigDecimal.ONE,
                                        flat(FixedRate.of("0.20"))));
    }

    @Test
    void anyKindCanBeAnExportTariff() {
        Tariff export =
                new Tariff(
                        Direction.EXPORT,
                        "Export Tracker",
                        LONDON,
                        GBP,
                        TariffKind.DYNAMIC,
                        true,
                        BigDecimal.ZERO,
                        flat(MarketRate.of("-0.01", "0")));

        assertThat(export.direction()).isEqualTo(Direction.EXPORT);
    }

    @Test
    void blankDisplayNameIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Tariff(
                                        Direction.IMPORT,
                                        " ",
                                        LONDON,
                                        GBP,
                                        TariffKind.FIXED,
                                        false,
                                        BigDecimal.ONE,
                                        flat(FixedRate.of("0.20"))));
    }

    private static Tariff tariff(
            TariffKind kind, boolean marketRates, String standingCharge, Schedule schedule) {
        return new Tariff(
                Direction.IMPORT,
                "Test",
                LONDON,
                GBP,
                kind,
                marketRates,
                new BigDecimal(standingCharge),
                schedule);
    }

    private static Schedule flat(Rate rate) {
        return Schedule.of(
                ScheduleEntry.of(ALL_MONTHS, DaysAndHours.of(ALL_DAYS, HourBand.wholeDay(rate))));
    }
}
