package com.tariffbridge.sandbox.billing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.List;

/**
 * A supply point's tariffs as billing holds and sends them: {@code
 * {"tariffs":[…],"market_prices":[…]}}, the tariffs in FlatPeak's schedule shape. Billing is its
 * own system, so it keeps plain JSON rather than the product's tariff model.
 */
public record BillingTariffs(JsonObject json) {

    static final JsonProvider JSON = JsonProvider.provider();

    public static BillingTariffs of(List<JsonObject> tariffs, JsonArray marketPrices) {
        var elements = JSON.createArrayBuilder();
        tariffs.forEach(elements::add);
        return new BillingTariffs(
                JSON.createObjectBuilder()
                        .add("tariffs", elements)
                        .add("market_prices", marketPrices)
                        .build());
    }

    /** The whole document, as written into a snapshot's body. */
    public String body() {
        return json.toString();
    }

    /** {@code "tariffs":[…],"market_prices":[…]} without the surrounding braces. */
    String fragment() {
        String body = body();
        return body.substring(1, body.length() - 1);
    }

    BillingTariffs repriced(BigDecimal factor) {
        return Repricing.times(this, factor);
    }
}
