package com.tariffbridge.sandbox.billing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The tariff products the sandbox provider sells, in memory, as billing's JSON: the demo set from
 * {@code demo-products.json} (fixed, Economy 7, EV night, tracker and export in East England and
 * London, and a gas product), plus products tests add. A price change is what a billing clerk does:
 * the product's prices times a factor, valid from a given moment.
 */
@ApplicationScoped
public class BillingProducts {

    private final ConcurrentSkipListMap<String, JsonObject> products =
            new ConcurrentSkipListMap<>();

    @Inject Clock clock;

    @PostConstruct
    void seedDemoProducts() {
        try (InputStream in = BillingProducts.class.getResourceAsStream("demo-products.json");
                var reader = BillingTariffs.JSON.createReader(in)) {
            reader.readObject().getJsonArray("products").stream()
                    .map(JsonValue::asJsonObject)
                    .forEach(this::put);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Products in id order after {@code after} (null: from the first), at most {@code limit}. */
    List<JsonObject> page(String after, int limit) {
        var tail = after == null ? products.values() : products.tailMap(after, false).values();
        List<JsonObject> page = new ArrayList<>(limit);
        for (JsonObject product : tail) {
            if (page.size() == limit) {
                break;
            }
            page.add(product);
        }
        return page;
    }

    JsonObject put(JsonObject product) {
        products.put(product.getString("product_id"), product);
        return product;
    }

    /** The product with every price times the factor, valid from {@code validFrom}. */
    Optional<JsonObject> reprice(String id, BigDecimal factor, Instant validFrom) {
        return Optional.ofNullable(products.get(id))
                .map(
                        product -> {
                            var tariff =
                                    BillingTariffs.of(
                                                    List.of(product.getJsonObject("tariff")),
                                                    JsonValue.EMPTY_JSON_ARRAY)
                                            .repriced(factor)
                                            .json()
                                            .getJsonArray("tariffs")
                                            .getJsonObject(0);
                            return put(
                                    BillingTariffs.JSON
                                            .createObjectBuilder(product)
                                            .add("tariff", tariff)
                                            .add("valid_from", validFrom.toString())
                                            .build());
                        });
    }

    /** Billing stops selling the product: it leaves the list. */
    boolean withdraw(String id) {
        return products.remove(id) != null;
    }

    Instant now() {
        return clock.instant();
    }
}
