package com.tariffbridge.flatpeak.client;

import jakarta.json.bind.annotation.JsonbProperty;

/** FlatPeak's error object: {@code {"object":"error","type":…,"code":…,"message":…}}. */
public record FlatPeakError(
        @JsonbProperty("object") String object,
        @JsonbProperty("type") String type,
        @JsonbProperty("code") String code,
        @JsonbProperty("message") String message) {}
