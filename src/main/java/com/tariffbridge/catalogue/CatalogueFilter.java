package com.tariffbridge.catalogue;

import com.tariffbridge.tariff.Direction;
import java.time.Instant;

/**
 * Which products a reader asks for: the versions in force at {@code at} (null: now), optionally
 * sold in one region and of one direction, in product order after {@code after}, at most {@code
 * limit}.
 */
public record CatalogueFilter(
        Instant at, String region, Direction direction, String after, int limit) {

    /** Everything that decides the answer, for its ETag. */
    String key() {
        return at + "|" + region + "|" + direction + "|" + after + "|" + limit;
    }
}
