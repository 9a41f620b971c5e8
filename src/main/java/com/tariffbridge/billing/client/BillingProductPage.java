package com.tariffbridge.billing.client;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * A page of billing's products; {@code next_cursor} is null on the last page. Each product stays
 * JSON until {@link BillingProducts} reads it, so one odd product is refused alone.
 */
public record BillingProductPage(
        @JsonbProperty("data") List<JsonObject> data,
        @JsonbProperty("next_cursor") String nextCursor) {}
