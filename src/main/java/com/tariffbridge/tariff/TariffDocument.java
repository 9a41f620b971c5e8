package com.tariffbridge.tariff;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A supply point's tariffs (import, optionally export) and any published market prices, as one JSON
 * document. Each tariff element is written in FlatPeak's schedule shape, so the same text is what
 * we store in a snapshot and what the tariff API emits: FlatPeak maps it with no custom code.
 */
public record TariffDocument(List<Tariff> tariffs, List<MarketPrice> marketPrices) {

    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * Looked up once: Json.create… looks the provider up on every call, which dominated hashing a
     * document.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    public TariffDocument {
        tariffs = List.copyOf(tariffs);
        marketPrices = List.copyOf(marketPrices);
        if (tariffs.stream().filter(t -> t.direction() == Direction.IMPORT).count() > 1
                || tariffs.stream().filter(t -> t.direction() == Direction.EXPORT).count() > 1) {
            throw new IllegalArgumentException(
                    "at most one import and one export tariff per supply point");
        }
    }

    public Optional<Tariff> tariff(Direction direction) {
        return tariffs.stream().filter(t -> t.direction() == direction).findFirst();
    }

    public String toJson() {
        JsonArrayBuilder elements = JSON.createArrayBuilder();
        tariffs.forEach(t -> elements.add(element(t)));
        JsonArrayBuilder prices = JSON.createArrayBuilder();
        marketPrices.forEach(
                p ->
                        prices.add(
                                JSON.createObjectBuilder()
                                        .add("valid_from", p.validFrom().toString())
                                        .add("valid_to", p.validTo().toString())
                                        .add("price", Prices.perKwh(p.price()))));
        return JSON.createObjectBuilder()
                .add("tariffs", elements)
                .add("market_prices", prices)
                .build()
                .toString();
    }

    /**
     * One tariff in FlatPeak's shape (contract dates are added by the API, which knows the current
     * term).
     */
    public static JsonObjectBuilder element(Tariff tariff) {
        JsonArrayBuilder schedule = JSON.createArrayBuilder();
        for (ScheduleEntry entry : tariff.schedule().entries()) {
            JsonArrayBuilder daysAndHours = JSON.createArrayBuilder();
            for (DaysAndHours dh : entry.daysAndHours()) {
                JsonArrayBuilder hours = JSON.createArrayBuilder();
                for (HourBand band : dh.hours()) {
                    JsonArrayBuilder rates = JSON.createArrayBuilder();
                    band.rates().forEach(rate -> rates.add(rate(rate)));
                    hours.add(
                            JSON.createObjectBuilder()
                                    .add("valid_from", HMS.format(band.validFrom()))
                                    .add("valid_to", HMS.format(band.validTo()))
                                    .add("rate", rates));
                }
                daysAndHours.add(
                        JSON.createObjectBuilder()
                                .add(
                                        "days",
                                        JSON.createArrayBuilder(ScheduleNames.dayTokens(dh.days())))
                                .add("hours", hours));
            }
            schedule.add(
                    JSON.createObjectBuilder()
                            .add(
                                    "months",
                                    JSON.createArrayBuilder(
                                            ScheduleNames.monthTokens(entry.months())))
                            .add(
                                    "dates",
                                    JSON.createArrayBuilder(
                                            entry.dates().stream().sorted().toList()))
                            .add("days_and_hours", daysAndHours));
        }
        return JSON.createObjectBuilder()
                .add("direction", tariff.direction().name())
                .add("type", "COMMODITY")
                .add("display_name", tariff.displayName())
                .add("kind", tariff.kind().name())
                .add("timezone", tariff.zone().getId())
                .add("currency", tariff.currency().getCurrencyCode())
                .add("market_rates", tariff.marketRates())
                .add("standing_charge", tariff.standingChargePerDay())
                .add("schedule", schedule);
    }

    private static JsonObjectBuilder rate(Rate rate) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (rate instanceof FixedRate fixed) {
            json.add("fixed", Prices.perKwh(fixed.fixed()));
        } else {
            MarketRate market = (MarketRate) rate;
            json.add("surcharge_fixed", Prices.perKwh(market.surchargeFixed()))
                    .add("surcharge_percentage", market.surchargePercentage());
        }
        if (rate.toKwh() == null) {
            json.addNull("to_kwh");
        } else {
            json.add("to_kwh", rate.toKwh());
        }
        return json;
    }

    /**
     * Reads a document written by {@link #toJson()}; throws IllegalArgumentException on anything
     * else.
     */
    public static TariffDocument parse(String text) {
        JsonObject root;
        try (var reader = JSON.createReader(new StringReader(text))) {
            root = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a tariff document: " + e.getMessage(), e);
        }
        return of(root);
    }

    /**
     * Reads an object with {@code tariffs} (FlatPeak's schedule shape) and {@code market_prices}
     * (may be absent), e.g. from the billing API; throws IllegalArgumentException on anything else.
     */
    public static TariffDocument of(JsonObject root) {
        try {
            List<Tariff> tariffs = new ArrayList<>();
            for (JsonValue value : root.getJsonArray("tariffs")) {
                tariffs.add(tariff(value.asJsonObject()));
            }
            List<MarketPrice> prices = new ArrayList<>();
            JsonArray marketPrices =
                    root.containsKey("market_prices") && !root.isNull("market_prices")
                            ? root.getJsonArray("market_prices")
                            : JsonValue.EMPTY_JSON_ARRAY;
            for (JsonValue value : marketPrices) {
                JsonObject p = value.asJsonObject();
                prices.add(
                        new MarketPrice(
                                Instant.parse(p.getString("valid_from")),
                                Instant.parse(p.getString("valid_to")),
                                p.getJsonNumber("price").bigDecimalValue()));
            }
            return new TariffDocument(tariffs, prices);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a tariff document: " + e.getMessage(), e);
        }
    }

    private static Tariff tariff(JsonObject json) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("schedule")) {
            JsonObject entry = value.asJsonObject();
            List<DaysAndHours> daysAndHours = new ArrayList<>();
            for (JsonValue dhValue : entry.getJsonArray("days_and_hours")) {
                JsonObject dh = dhValue.asJsonObject();
                List<HourBand> bands = new ArrayList<>();
                for (JsonValue bandValue : dh.getJsonArray("hours")) {
                    JsonObject band = bandValue.asJsonObject();
                    List<Rate> rates = new ArrayList<>();
                    for (JsonValue rateValue : band.getJsonArray("rate")) {
                        rates.add(rate(rateValue.asJsonObject()));
                    }
                    bands.add(
                            new HourBand(
                                    LocalTime.parse(band.getString("valid_from")),
                                    LocalTime.parse(band.getString("valid_to")),
                                    rates));
                }
                daysAndHours.add(
                        new DaysAndHours(
                                ScheduleNames.parseDays(strings(dh.getJsonArray("days"))), bands));
            }
            var dates = new HashSet<Integer>();
            entry.getJsonArray("dates").forEach(d -> dates.add(((JsonNumber) d).intValue()));
            entries.add(
                    new ScheduleEntry(
                            ScheduleNames.parseMonths(strings(entry.getJsonArray("months"))),
                            dates,
                            daysAndHours));
        }
        return new Tariff(
                Direction.valueOf(json.getString("direction")),
                json.getString("display_name"),
                ZoneId.of(json.getString("timezone")),
                Currency.getInstance(json.getString("currency")),
                TariffKind.valueOf(json.getString("kind")),
                json.getBoolean("market_rates"),
                json.getJsonNumber("standing_charge").bigDecimalValue(),
                new Schedule(entries));
    }

    private static Rate rate(JsonObject json) {
        BigDecimal toKwh =
                json.isNull("to_kwh") ? null : json.getJsonNumber("to_kwh").bigDecimalValue();
        if (json.containsKey("fixed")) {
            return new FixedRate(json.getJsonNumber("fixed").bigDecimalValue(), toKwh);
        }
        return new MarketRate(
                json.getJsonNumber("surcharge_fixed").bigDecimalValue(),
                json.getJsonNumber("surcharge_percentage").bigDecimalValue(),
                toKwh);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
