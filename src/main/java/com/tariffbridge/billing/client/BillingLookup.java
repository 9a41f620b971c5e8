package com.tariffbridge.billing.client;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** Body of {@code POST /supply-points/lookup}. */
public record BillingLookup(@JsonbProperty("references") List<String> references) {}
