package com.tariffbridge.sandbox;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * A decision the provider reports for a connect token. An auth capture keeps the body exactly as
 * received, so that tests can read back what FlatPeak would have stored.
 */
public record SandboxDecision(SandboxTokenStatus status, JsonObject authCapture) {

    private static final List<String> REQUIRED_AUTH_DATA =
            List.of("access_token", "refresh_token", "tariff_url", "token_url");
    private static final List<String> URL_AUTH_DATA = List.of("tariff_url", "token_url");

    public SandboxDecision {
        if (status == SandboxTokenStatus.PENDING
                || (status == SandboxTokenStatus.AUTH_CAPTURED) != (authCapture != null)) {
            throw new IllegalArgumentException(
                    "an auth capture and only an auth capture carries a body");
        }
    }

    /**
     * {@code PUT /connect/consent_capture}: {@code {"action":"DISMISS_LOGIN"|"DISMISS_CONSENT"}}.
     */
    static SandboxDecision dismissal(JsonObject body) {
        JsonValue action = body.get("action");
        if (action instanceof JsonString text) {
            switch (text.getString()) {
                case "DISMISS_LOGIN":
                    return new SandboxDecision(SandboxTokenStatus.DISMISS_LOGIN, null);
                case "DISMISS_CONSENT":
                    return new SandboxDecision(SandboxTokenStatus.DISMISS_CONSENT, null);
                default:
                    break;
            }
        }
        throw new InvalidRequestException(
                "invalid_action", "action must be DISMISS_LOGIN or DISMISS_CONSENT.");
    }

    /**
     * {@code PUT /connect/auth_capture}: FlatPeak polls the tariff with {@code auth_data} alone, so
     * the tokens and both endpoints must be there, and the endpoints must be absolute.
     */
    static SandboxDecision authCapture(JsonObject body) {
        if (!(body.get("auth_data") instanceof JsonObject authData)) {
            throw new InvalidRequestException("invalid_auth_data", "auth_data must be an object.");
        }
        for (String field : REQUIRED_AUTH_DATA) {
            if (!(authData.get(field) instanceof JsonString value) || value.getString().isBlank()) {
                throw new InvalidRequestException(
                        "invalid_auth_data", "auth_data." + field + " is required.");
            }
        }
        for (String field : URL_AUTH_DATA) {
            if (!isAbsoluteHttpUrl(authData.getString(field))) {
                throw new InvalidRequestException(
                        "invalid_auth_data",
                        "auth_data." + field + " must be an absolute http(s) URL.");
            }
        }
        return new SandboxDecision(SandboxTokenStatus.AUTH_CAPTURED, body);
    }

    private static boolean isAbsoluteHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme())
                            || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
