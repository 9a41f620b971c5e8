package com.tariffbridge.billing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tariffbridge.billing.BilledProduct;
import com.tariffbridge.tariff.Direction;
import com.tariffbridge.tariff.TariffKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Billing's products, mapped into our model, left out (another fuel) or refused with a reason. */
class ProductRecordsTest {

    private static final String EV_NIGHT =
            "{\"product_id\":\"BRT-EVN-C\",\"display_name\":\"EV Night Saver\","
                    + "\"regions\":[{\"code\":\"_C\",\"name\":\"London\"},{\"code\":\"_A\"}],"
                    + "\"direction\":\"IMPORT\",\"fuel\":\"ELECTRICITY\","
                    + "\"payment_method\":\"DIRECT_DEBIT\",\"contract_length_months\":12,"
                    + "\"valid_from\":\"2026-10-01T00:00:00+01:00\",\"valid_to\":null,"
                    + "\"tariff\":{\"type\":\"COMMODITY\",\"kind\":\"TIME_OF_DAY\","
                    + "\"timezone\":\"Europe/London\",\"currency\":\"GBP\",\"market_rates\":false,"
                    + "\"standing_charge\":0.53,\"schedule\":[{\"months\":[\"All\"],\"dates\":[],"
                    + "\"days_and_hours\":[{\"days\":[\"All\"],\"hours\":["
                    + "{\"valid_from\":\"00:00:00\",\"valid_to\":\"00:30:00\",\"rate\":[{\"fixed\":0.28,\"to_kwh\":null}]},"
                    + "{\"valid_from\":\"00:30:00\",\"valid_to\":\"05:30:00\",\"rate\":[{\"fixed\":0.07,\"to_kwh\":null}]},"
                    + "{\"valid_from\":\"05:30:00\",\"valid_to\":\"00:00:00\",\"rate\":[{\"fixed\":0.28,\"to_kwh\":null}]}"
                    + "]}]}]}}";

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static JsonObject with(String field, String jsonValue) {
        return Json.createObjectBuilder(json(EV_NIGHT))
                .add(field, json("{\"v\":" + jsonValue + "}").get("v"))
                .build();
    }

    @Test
    void anElectricityProductBecomesOurModelWithTheProductsNameAndDirectionOnItsTariff() {
        BilledProduct product = ProductRecords.product(json(EV_NIGHT)).orElseThrow();

        assertThat(product.id()).isEqualTo("BRT-EVN-C");
        assertThat(product.regions())
                .containsExactly(
                        new BilledProduct.Region("_C", "London"),
                        new BilledProduct.Region("_A", "_A"));
        assertThat(product.direction()).isEqualTo(Direction.IMPORT);
        assertThat(product.tariff().displayName()).isEqualTo("EV Night Saver");
        assertThat(product.tariff().kind()).isEqualTo(TariffKind.TIME_OF_DAY);
        assertThat(product.tariff().standingChargePerDay()).isEqualByComparingTo("0.53");
        assertThat(product.paymentMethod()).isEqualTo(BilledProduct.PaymentMethod.DIRECT_DEBIT);
        assertThat(product.contractMonths()).isEqualTo(12);
        assertThat(product.validFrom()).isEqualTo(Instant.parse("2026-09-30T23:00:00Z"));
        assertThat(product.validTo()).isNull();
    }

    @Test
    void anExportProductMayHaveNoPaymentMethodAndNoFixedTerm() {
        var record =
                Json.createObjectBuilder(json(EV_NIGHT))
                        .add("direction", "EXPORT")
                        .addNull("payment_method")
                        .addNull("contract_length_months")
                        .build();

        BilledProduct product = ProductRecords.product(record).orElseThrow();

        assertThat(product.direction()).isEqualTo(Direction.EXPORT);
        assertThat(product.paymentMethod()).isNull();
        assertThat(product.contractMonths()).isNull();
    }

    @Test
    void aGasProductIsLeftOutBecauseFlatPeaksLibraryHoldsElectricityOnly() {
        assertThat(ProductRecords.product(with("fuel", "\"GAS\""))).isEmpty();
    }

    @Test
    void aProductThatMakesNoSenseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ProductRecords.product(with("regions", "[]")))
                .hasMessageContaining("regions");
        assertThatThrownBy(
                        () ->
                                ProductRecords.product(
                                        with("regions", "[{\"code\":\"_C\"},{\"code\":\"_C\"}]")))
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> ProductRecords.product(with("product_id", "\"has space\"")))
                .hasMessageContaining("product_id");
        assertThatThrownBy(
                        () -> ProductRecords.product(with("valid_to", "\"2026-01-01T00:00:00Z\"")))
                .hasMessageContaining("valid_to must be after valid_from");
        assertThatThrownBy(() -> ProductRecords.product(with("valid_from", "\"1 October\"")))
                .hasMessageContaining("RFC 3339");
        assertThatThrownBy(() -> ProductRecords.product(with("contract_length_months", "0")))
                .hasMessageContaining("contract_length_months");
        assertThatThrownBy(() -> ProductRecords.product(with("payment_method", "\"CHEQUE\"")))
                .hasMessageContaining("payment_method");
        assertThatThrownBy(() -> ProductRecords.product(with("direction", "\"SIDEWAYS\"")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScheduleWithAGapIsRefused() {
        String gap =
                EV_NIGHT.replace(
                        "\"valid_from\":\"00:30:00\",\"valid_to\":\"05:30:00\"",
                        "\"valid_from\":\"01:30:00\",\"valid_to\":\"05:30:00\"");

        assertThatThrownBy(() -> ProductRecords.product(json(gap)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
