package com.tariffbridge.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffDocumentTest {

    @Test
    void everyDemoTariffSurvivesTheRoundTripThroughItsStoredJson() {
        for (Tariff tariff : DemoTariffs.all()) {
            var document = new TariffDocument(List.of(tariff), List.of());

            var back = TariffDocument.parse(document.toJson());

            assertThat(back.tariffs()).hasSize(1);
            Tariff read = back.tariffs().get(0);
            assertThat(read.displayName()).isEqualTo(tariff.displayName());
            assertThat(read.kind()).isEqualTo(tariff.kind());
            assertThat(read.zone()).isEqualTo(tariff.zone());
            assertThat(read.standingChargePerDay())
                    .isEqualByComparingTo(tariff.standingChargePerDay());
            var from = Instant.parse("2026-03-27T00:00:00Z");
            var to = Instant.parse("2026-04-02T00:00:00Z");
            if (!tariff.marketRates()) {
                assertThat(RateResolver.resolve(read, from, to).periods())
                        .as(tariff.displayName())
                        .isEqualTo(RateResolver.resolve(tariff, from, to).periods());
            }
        }
    }

    @Test
    void pricesAreWrittenWithAtLeastFiveDecimalsInFlatPeaksShape() {
        String json = new TariffDocument(List.of(DemoTariffs.aliceEvNight()), List.of()).toJson();

        assertThat(json)
                .contains("\"fixed\":0.07000")
                .contains("\"fixed\":0.28000")
                .contains("\"valid_from\":\"00:30:00\"")
                .contains("\"days\":[\"All\"]")
                .contains("\"months\":[\"All\"]")
                .contains("\"to_kwh\":null")
                .contains("\"direction\":\"IMPORT\"")
                .contains("\"type\":\"COMMODITY\"");
    }

    @Test
    void marketPricesAreKeptWithTheDocument() {
        var price =
                new MarketPrice(
                        Instant.parse("2026-11-27T00:00:00Z"),
                        Instant.parse("2026-11-27T00:30:00Z"),
                        new BigDecimal("-0.01234"));
        var document =
                new TariffDocument(
                        List.of(DemoTariffs.bobCottageDynamic(), DemoTariffs.bobCottageExport()),
                        List.of(price));

        var back = TariffDocument.parse(document.toJson());

        assertThat(back.marketPrices()).containsExactly(price);
        assertThat(back.tariff(Direction.EXPORT)).isPresent();
    }

    @Test
    void twoImportTariffsForOneSupplyAreRefused() {
        assertThatThrownBy(
                        () ->
                                new TariffDocument(
                                        List.of(
                                                DemoTariffs.aliceEvNight(),
                                                DemoTariffs.bobHomeFlat()),
                                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textThatIsNotATariffDocumentIsRefusedWithIllegalArgument() {
        assertThatThrownBy(
                        () -> TariffDocument.parse("{\"tariffs\":[{\"direction\":\"SIDEWAYS\"}]}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TariffDocument.parse("not json"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
