package com.tariffbridge.billing.client;

import com.tariffbridge.tariff.TariffDocument;
import com.tariffbridge.tariff.TariffSnapshots;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Tariff content already read and validated, by its wire content. A provider sells a handful of
 * tariff products to many customers, so most records of a page repeat content seen before; reading
 * and validating a schedule costs far more than comparing its JSON text. Bounded: cleared when
 * full.
 */
public final class KnownTariffs {

    /** A validated document with the content hash the snapshots compare. */
    public record Known(TariffDocument document, String contentHash) {}

    /** The compact text the parser's events were copied into: the same content, the same text. */
    private record Content(String tariffs, String marketPrices) {}

    private final int capacity;
    private final Map<Content, Known> byContent = new ConcurrentHashMap<>();

    public KnownTariffs(int capacity) {
        this.capacity = capacity;
    }

    Known get(
            BillingJsonArray tariffs,
            BillingJsonArray marketPrices,
            Supplier<TariffDocument> read) {
        var content =
                new Content(
                        tariffs.json(),
                        (marketPrices == null ? BillingJsonArray.EMPTY : marketPrices).json());
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
