package com.tariffbridge.tariff;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The published index prices, by slot start, answering which slot covers an instant and how far
 * they reach.
 */
final class MarketPrices {

    private final NavigableMap<Instant, MarketPrice> byStart = new TreeMap<>();

    /**
     * Slots may come in any order, but two slots claiming the same moment are a feed error, not a
     * choice.
     */
    MarketPrices(List<MarketPrice> prices) {
        for (MarketPrice price : prices) {
            byStart.put(price.validFrom(), price);
        }
        if (byStart.size() != prices.size()) {
            throw new IllegalArgumentException("Two market prices start at the same instant");
        }
        MarketPrice previous = null;
        for (MarketPrice price : byStart.values()) {
            if (previous != null && previous.validTo().isAfter(price.validFrom())) {
                throw new IllegalArgumentException("Market prices overlap at " + price.validFrom());
            }
            previous = price;
        }
    }

    Optional<MarketPrice> at(Instant instant) {
        Map.Entry<Instant, MarketPrice> entry = byStart.floorEntry(instant);
        return entry != null && entry.getValue().validTo().isAfter(instant)
                ? Optional.of(entry.getValue())
                : Optional.empty();
    }

    /**
     * The end of the unbroken run of slots from {@code from}, at most {@code to}; {@code from}
     * itself when no slot covers it. A missing slot ends the run: nothing after it may be priced
     * yet.
     */
    Instant publishedUntil(Instant from, Instant to) {
        Instant reached = from;
        Optional<MarketPrice> slot = at(from);
        while (slot.isPresent() && reached.isBefore(to)) {
            reached = slot.get().validTo();
            slot = Optional.ofNullable(byStart.get(reached));
        }
        return reached.isAfter(to) ? to : reached;
    }

    /** Slot starts strictly inside the window: the instants where the index price may change. */
    Collection<Instant> startsWithin(Instant from, Instant to) {
        return byStart.subMap(from, false, to, false).keySet();
    }
}
