package com.tariffbridge.flatpeak.client;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * {@code PUT /connect/consent_capture/{token}}: {@code DISMISS_LOGIN} or {@code DISMISS_CONSENT}.
 */
public record ConsentCaptureRequest(@JsonbProperty("action") String action) {}
