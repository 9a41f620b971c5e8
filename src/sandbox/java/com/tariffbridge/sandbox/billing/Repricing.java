package com.tariffbridge.sandbox.billing;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The billing system's price change: every price the provider sets (fixed rates, market-rate
 * surcharges, standing charges) times a factor, to 5 decimal places. Published index prices and
 * percentage surcharges are not the provider's prices and stay as they are.
 */
final class Repricing {

    /** The tariff fields that hold the provider's own prices, wherever they sit in a schedule. */
    private static final Set<String> PRICES = Set.of("fixed", "surcharge_fixed", "standing_charge");

    private Repricing() {}

    static BillingTariffs times(BillingTariffs document, BigDecimal factor) {
        JsonArray tariffs = (JsonArray) walk(document.json().getJsonArray("tariffs"), factor);
        return new BillingTariffs(
                BillingTariffs.JSON
                        .createObjectBuilder(document.json())
                        .add("tariffs", tariffs)
                        .build());
    }

    private static JsonValue walk(JsonValue value, BigDecimal factor) {
        if (value instanceof JsonObject object) {
            var copy = BillingTariffs.JSON.createObjectBuilder();
            object.forEach(
                    (key, field) ->
                            copy.add(
                                    key,
                                    PRICES.contains(key) && field instanceof JsonNumber price
                                            ? BillingTariffs.JSON.createValue(
                                                    price(price.bigDecimalValue(), factor))
                                            : walk(field, factor)));
            return copy.build();
        }
        if (value instanceof JsonArray array) {
            var copy = BillingTariffs.JSON.createArrayBuilder();
            array.forEach(element -> copy.add(walk(element, factor)));
            return copy.build();
        }
        return value;
    }

    private static BigDecimal price(BigDecimal price, BigDecimal factor) {
        return price.multiply(factor).setScale(5, RoundingMode.HALF_EVEN);
    }
}
