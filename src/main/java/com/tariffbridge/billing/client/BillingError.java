package com.tariffbridge.billing.client;

import jakarta.json.bind.annotation.JsonbProperty;

/** Billing's error body: {@code {"code": "...", "message": "..."}}. */
public record BillingError(
        @JsonbProperty("code") String code, @JsonbProperty("message") String message) {}
