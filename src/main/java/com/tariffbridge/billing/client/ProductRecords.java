package com.tariffbridge.billing.client;

import com.tariffbridge.billing.BilledProduct;
import com.tariffbridge.tariff.Tariff;
import com.tariffbridge.tariff.TariffDocument;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Translates one of billing's products into our model. A product that does not make sense (a
 * schedule with gaps, no region, an end before its start) is refused with the reason; a product
 * that is not electricity is left out, because FlatPeak's library only holds electricity tariffs.
 */
public final class ProductRecords {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private ProductRecords() {}

    /**
     * The product, or empty for a product of another fuel.
     *
     * @throws IllegalArgumentException naming what is wrong with the record
     */
    public static Optional<BilledProduct> product(JsonObject record) {
        String id = text(record, "product_id", 64, true);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("product_id must match " + ID.pattern());
        }
        if (!"ELECTRICITY".equals(text(record, "fuel", 20, true))) {
            return Optional.empty();
        }
        String name = text(record, "display_name", 200, true);
        String direction = text(record, "direction", 6, true);
        JsonObject tariff = object(record, "tariff");
        Tariff parsed =
                TariffDocument.of(
                                JSON.createObjectBuilder()
                                        .add(
                                                "tariffs",
                                                JSON.createArrayBuilder()
                                                        .add(
                                                                JSON.createObjectBuilder(tariff)
                                                                        .add("display_name", name)
                                                                        .add(
                                                                                "direction",
                                                                                direction)))
                                        .build())
                        .tariffs()
                        .get(0);
        Instant from = instant(record, "valid_from");
        if (from == null) {
            throw new IllegalArgumentException("valid_from missing");
        }
        Instant to = instant(record, "valid_to");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("valid_to must be after valid_from");
        }
        return Optional.of(
                new BilledProduct(
                        id,
                        name,
                        regions(record),
                        paymentMethod(record),
                        contractMonths(record),
                        parsed,
                        from,
                        to));
    }

    private static List<BilledProduct.Region> regions(JsonObject record) {
        var array =
                record.get("regions") instanceof jakarta.json.JsonArray a
                        ? a
                        : JsonValue.EMPTY_JSON_ARRAY;
        if (array.isEmpty() || array.size() > 50) {
            throw new IllegalArgumentException("regions must list 1 to 50 regions");
        }
        List<BilledProduct.Region> regions = new ArrayList<>();
        var codes = new HashSet<String>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject region)) {
                throw new IllegalArgumentException("a region must be an object");
            }
            String code = text(region, "code", 32, true);
            if (!REGION.matcher(code).matches() || !codes.add(code)) {
                throw new IllegalArgumentException(
                        "region codes must be distinct and match " + REGION.pattern());
            }
            String name = text(region, "name", 120, false);
            regions.add(new BilledProduct.Region(code, name == null ? code : name));
        }
        return regions;
    }

    private static BilledProduct.PaymentMethod paymentMethod(JsonObject record) {
        String method = text(record, "payment_method", 40, false);
        try {
            return method == null ? null : BilledProduct.PaymentMethod.valueOf(method);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown payment_method " + method);
        }
    }

    private static Integer contractMonths(JsonObject record) {
        JsonValue months = record.get("contract_length_months");
        if (months == null || months == JsonValue.NULL) {
            return null;
        }
        if (!(months instanceof jakarta.json.JsonNumber number)
                || !number.isIntegral()
                || number.intValue() < 1
                || number.intValue() > 120) {
            throw new IllegalArgumentException("contract_length_months must be 1 to 120 or null");
        }
        return number.intValue();
    }

    private static JsonObject object(JsonObject record, String field) {
        if (!(record.get(field) instanceof JsonObject object)) {
            throw new IllegalArgumentException(field + " missing");
        }
        return object;
    }

    private static Instant instant(JsonObject record, String field) {
        String value = text(record, field, 40, false);
        if (value == null) {
            return null;
        }
        try {
            // stored with microseconds at most: finer digits would look like a change every run
            return OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an RFC 3339 date-time: " + value);
        }
    }

    private static String text(JsonObject record, String field, int maxLength, boolean required) {
        JsonValue value = record.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw new IllegalArgumentException(field + " missing");
            }
            return null;
        }
        if (!(value instanceof JsonString string)
                || string.getString().isBlank()
                || string.getString().length() > maxLength) {
            throw new IllegalArgumentException(
                    field + " must be a text of 1 to " + maxLength + " characters");
        }
        return string.getString();
    }
}
