package com.tariffbridge.sandbox;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * What {@code POST /connect/tokens} asks for: the defaults, overridden field by field from the
 * body. A field set to JSON {@code null} clears it, so tests can see how a sparse account shows.
 */
record TokenOrder(SandboxAccount account, String connectWebUri) {

    static TokenOrder from(JsonObject body, SandboxAccount defaults, String defaultConnectWebUri) {
        var account =
                new SandboxAccount(
                        text(body, "account_id", defaults.id()),
                        text(body, "display_name", defaults.displayName()),
                        text(body, "logo_url", defaults.logoUrl()),
                        text(body, "privacy_url", defaults.privacyUrl()),
                        text(body, "support_url", defaults.supportUrl()),
                        text(body, "terms_url", defaults.termsUrl()));
        return new TokenOrder(account, text(body, "connect_web_uri", defaultConnectWebUri));
    }

    private static String text(JsonObject body, String name, String fallback) {
        if (!body.containsKey(name)) {
            return fallback;
        }
        JsonValue value = body.get(name);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidRequestException("invalid_field", name + " must be a string or null.");
        }
        return body.getString(name);
    }
}
