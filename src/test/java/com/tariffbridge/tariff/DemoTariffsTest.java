package com.tariffbridge.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoTariffsTest {

    static Stream<Tariff> demoTariffs() {
        return DemoTariffs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoTariffs")
    void everyDemoTariffHasAValidSchedule(Tariff tariff) {
        assertThat(ScheduleValidator.problems(tariff.schedule(), tariff.marketRates())).isEmpty();
    }

    @Test
    void demoTariffsCoverEveryKindAndBothDirections() {
        assertThat(DemoTariffs.all()).extracting(Tariff::kind).contains(TariffKind.values());
        assertThat(DemoTariffs.all()).extracting(Tariff::direction).contains(Direction.values());
    }

    @Test
    void aliceChargesHerCarCheaplyFromHalfPastMidnight() {
        Tariff alice = DemoTariffs.aliceEvNight();

        assertThat(priceAt(alice, "2026-05-01T00:29:59")).isEqualByComparingTo("0.28");
        assertThat(priceAt(alice, "2026-05-01T00:30")).isEqualByComparingTo("0.07");
        assertThat(priceAt(alice, "2026-05-01T05:29:59")).isEqualByComparingTo("0.07");
        assertThat(priceAt(alice, "2026-05-01T05:30")).isEqualByComparingTo("0.28");
        assertThat(alice.standingChargePerDay()).isEqualByComparingTo("0.53");
    }

    @Test
    void bobsSuppliesHaveAFlatImportADynamicImportAndAFixedExport() {
        assertThat(priceAt(DemoTariffs.bobHomeFlat(), "2026-05-01T12:00"))
                .isEqualByComparingTo("0.24");
        assertThat(DemoTariffs.bobHomeFlat().standingChargePerDay()).isEqualByComparingTo("0.51");
        assertThat(
                        DemoTariffs.bobCottageDynamic()
                                .schedule()
                                .bandAt(LocalDateTime.parse("2026-05-01T12:00"))
                                .orElseThrow()
                                .firstTier())
                .isEqualTo(MarketRate.of("0.02", "5"));
        assertThat(DemoTariffs.bobCottageExport().direction()).isEqualTo(Direction.EXPORT);
        assertThat(priceAt(DemoTariffs.bobCottageExport(), "2026-05-01T12:00"))
                .isEqualByComparingTo("0.15");
    }

    @Test
    void seasonalTariffPricesSeasonsDayTypesAndHolidays() {
        Tariff seasonal = DemoTariffs.seasonalWeekdayWeekend();

        assertThat(priceAt(seasonal, "2026-01-14T17:00"))
                .as("winter weekday peak")
                .isEqualByComparingTo("0.42");
        assertThat(priceAt(seasonal, "2026-01-17T17:00"))
                .as("winter Saturday")
                .isEqualByComparingTo("0.26");
        assertThat(priceAt(seasonal, "2026-07-15T17:00"))
                .as("summer weekday")
                .isEqualByComparingTo("0.28");
        assertThat(priceAt(seasonal, "2026-07-18T17:00"))
                .as("summer Saturday")
                .isEqualByComparingTo("0.21");
        assertThat(priceAt(seasonal, "2026-12-25T17:00"))
                .as("Christmas on a Friday")
                .isEqualByComparingTo("0.26");
        assertThat(priceAt(seasonal, "2026-12-24T17:00"))
                .as("Christmas Eve is a weekday")
                .isEqualByComparingTo("0.42");
    }

    @Test
    void tieredTariffListsItsTiersInOrder() {
        assertThat(
                        DemoTariffs.tiered()
                                .schedule()
                                .bandAt(LocalDateTime.parse("2026-05-01T12:00"))
                                .orElseThrow()
                                .rates())
                .extracting(Rate::toKwh)
                .containsExactly(new BigDecimal("8"), new BigDecimal("20"), null);
    }

    private static BigDecimal priceAt(Tariff tariff, String localTime) {
        return ((FixedRate)
                        tariff.schedule()
                                .bandAt(LocalDateTime.parse(localTime))
                                .orElseThrow()
                                .firstTier())
                .fixed();
    }
}
