package com.tariffbridge.flatpeak.client;

import jakarta.json.bind.annotation.JsonbProperty;

/** FlatPeak's answer to every capture: {@code status} is {@code accepted} on success. */
public record CaptureResponse(
        @JsonbProperty("connect_token") String connectToken,
        @JsonbProperty("live_mode") Boolean liveMode,
        @JsonbProperty("status") String status) {}
