package com.tariffbridge.contract.rest;

import jakarta.json.bind.annotation.JsonbProperty;

/** What a reminder run did, as the admin API reports it. */
public record ReminderRunView(
        @JsonbProperty("as_of") String asOf,
        @JsonbProperty("queued") int queued,
        @JsonbProperty("grants_revoked") int grantsRevoked,
        @JsonbProperty("sent") int sent,
        @JsonbProperty("failed") int failed) {}
