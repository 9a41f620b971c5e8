package com.tariffbridge.billing.client;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** A page of the changed-since listing; {@code next_cursor} is null on the last page. */
public record BillingPage(
        @JsonbProperty("data") List<BillingSupplyPoint> data,
        @JsonbProperty("next_cursor") String nextCursor) {}
