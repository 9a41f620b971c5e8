package com.tariffbridge.admin.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** One audit event as the admin API shows it. */
public record AuditEventView(
        @JsonbProperty("id") long id,
        @JsonbProperty("occurred_at") Instant occurredAt,
        @JsonbProperty("type") String type,
        @JsonbProperty("actor") String actor,
        @JsonbProperty("subject") String subject,
        @JsonbProperty("detail") String detail) {}
