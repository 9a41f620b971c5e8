package com.tariffbridge.billing.client;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** Answer to a lookup: the supply points billing knows, and the references it does not. */
public record BillingLookupResult(
        @JsonbProperty("data") List<BillingSupplyPoint> data,
        @JsonbProperty("missing") List<String> missing) {}
