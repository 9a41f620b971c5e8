package com.tariffbridge.sandbox.billing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The sandbox billing's tariffs, by name, from {@code demo-tariffs.json}: alice's EV night tariff,
 * bob's flat and dynamic (with export) tariffs, a seasonal and a tiered one for load supply points.
 */
public final class DemoTariffs {

    private static final JsonObject ALL = load();

    private DemoTariffs() {}

    /** A document with the named tariffs and these market prices. */
    public static BillingTariffs of(JsonArray marketPrices, String... names) {
        return BillingTariffs.of(
                Arrays.stream(names).map(DemoTariffs::named).toList(), marketPrices);
    }

    /** A document with the named tariffs and no market prices. */
    public static BillingTariffs of(String... names) {
        return of(JsonValue.EMPTY_JSON_ARRAY, names);
    }

    static JsonObject named(String name) {
        JsonObject tariff = ALL.getJsonObject(name);
        if (tariff == null) {
            throw new IllegalArgumentException("no demo tariff " + name);
        }
        return tariff;
    }

    private static JsonObject load() {
        try (InputStream in = DemoTariffs.class.getResourceAsStream("demo-tariffs.json");
                var reader = BillingTariffs.JSON.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
