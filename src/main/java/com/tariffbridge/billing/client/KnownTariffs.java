package com.tariffbridge.billing.client;

import com.tariffbridge.tariff.TariffDocument;
import com.tariffbridge.tariff.TariffSnapshots;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Tariff content already read and validated, by its wire content. A provider sells a handful of
 * tariff products to many customers, so most records of a page repeat content seen before; reading
 * and validating a schedule costs far more than comparing its JSON. Bounded: cleared when full.
 */
public final class KnownTariffs {

    /** A validated document with the content hash the snapshots compare. */
    public record Known(TariffDocument document, String contentHash) {}

    /** JSON-P arrays compare by content; hashing them walks the values without writing any text. */
    private record Content(JsonArray tariffs, JsonArray marketPrices) {}

    private final int capacity;
    private final Map<Content, Known> byContent = new ConcurrentHashMap<>();

    public KnownTariffs(int capacity) {
        this.capacity = capacity;
    }

    Known get(JsonArray tariffs, JsonArray marketPrices, Supplier<TariffDocument> read) {
        var content =
                new Content(
                        tariffs, marketPrices == null ? JsonValue.EMPTY_JSON_ARRAY : marketPrices);
        var known = byContent.get(content);
        if (known != null) {
            return known;
        }
        var document = read.get();
        known = new Known(document, TariffSnapshots.contentHash(document));
        if (byContent.size() >= capacity) {
            byContent.clear();
        }
        byContent.put(content, known);
        return known;
    }
}
