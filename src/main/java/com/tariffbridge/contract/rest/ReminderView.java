package com.tariffbridge.contract.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** One renewal reminder as the admin API lists it. */
public record ReminderView(
        @JsonbProperty("lead_days") int leadDays,
        @JsonbProperty("status") String status,
        @JsonbProperty("sent_at") Instant sentAt,
        @JsonbProperty("contract_end") Instant contractEnd,
        @JsonbProperty("attempts") int attempts,
        @JsonbProperty("created_at") Instant createdAt,
        @JsonbProperty("last_error") String lastError) {}
