package com.tariffbridge.catalogue;

import com.tariffbridge.billing.BilledProduct.Region;
import com.tariffbridge.tariff.Tariff;
import com.tariffbridge.tariff.TariffDocument;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * A product version as people read it on the {@code /tariffs} page, read back from the body the API
 * serves, so the page and the API can never disagree.
 *
 * @param paymentMethod null where none applies
 * @param contractMonths null without a fixed term
 */
public record OfferedProduct(
        String id,
        String displayName,
        List<Region> regions,
        String paymentMethod,
        Integer contractMonths,
        Tariff tariff,
        Instant validFrom) {

    private static final JsonProvider JSON = JsonProvider.provider();

    static OfferedProduct read(ListedVersion version, String body) {
        JsonObject json;
        try (var reader = JSON.createReader(new StringReader(body))) {
            json = reader.readObject();
        }
        Tariff tariff =
                TariffDocument.of(
                                JSON.createObjectBuilder()
                                        .add(
                                                "tariffs",
                                                JSON.createArrayBuilder()
                                                        .add(json.getJsonObject("tariff")))
                                        .build())
                        .tariffs()
                        .get(0);
        return new OfferedProduct(
                version.productId(),
                json.getString("display_name"),
                json.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                        .map(r -> new Region(r.getString("code"), r.getString("name")))
                        .toList(),
                json.isNull("payment_method") ? null : json.getString("payment_method"),
                json.get("contract_length_months") == JsonValue.NULL
                        ? null
                        : json.getInt("contract_length_months"),
                tariff,
                version.validFrom());
    }
}
