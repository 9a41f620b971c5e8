package com.tariffbridge.sandbox;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;

/**
 * What the outcome page shows for a connect token. Issued tokens are shortened: the page proves
 * they arrived without putting usable credentials on screen.
 */
public record SandboxOutcome(
        Kind kind,
        SandboxTokenStatus status,
        String accountName,
        String supplyPoint,
        String tariffUrl,
        String tokenExpiresAt,
        String accessTokenHint,
        String refreshTokenHint) {

    public enum Kind {
        CONNECTED,
        NOT_CONNECTED,
        UNKNOWN
    }

    static SandboxOutcome of(String connectToken, SandboxConnectTokens tokens) {
        Optional<SandboxConnectToken> token =
                SandboxIds.isConnectToken(connectToken)
                        ? tokens.find(connectToken)
                        : Optional.empty();
        return token.map(SandboxOutcome::of)
                .orElse(new SandboxOutcome(Kind.UNKNOWN, null, null, null, null, null, null, null));
    }

    static SandboxOutcome of(SandboxConnectToken token) {
        String accountName = token.account().displayName();
        if (token.status() != SandboxTokenStatus.AUTH_CAPTURED) {
            return new SandboxOutcome(
                    Kind.NOT_CONNECTED, token.status(), accountName, null, null, null, null, null);
        }
        JsonObject authData = token.authCapture().getJsonObject("auth_data");
        return new SandboxOutcome(
                Kind.CONNECTED,
                token.status(),
                accountName,
                text(authData, "supply_point"),
                text(authData, "tariff_url"),
                text(authData, "expires_at"),
                hint(text(authData, "access_token")),
                hint(text(authData, "refresh_token")));
    }

    /** The first 8 characters and an ellipsis; a value too short to shorten is not shown at all. */
    static String hint(String secret) {
        return secret == null || secret.length() <= 8 ? "…" : secret.substring(0, 8) + "…";
    }

    public boolean isConnected() {
        return kind == Kind.CONNECTED;
    }

    public boolean isNotConnected() {
        return kind == Kind.NOT_CONNECTED;
    }

    public boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    /** The reported decision in the customer's words, for a token that is not connected. */
    public String getReason() {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case DISMISS_LOGIN -> "The customer cancelled, or could not sign in (DISMISS_LOGIN).";
            case DISMISS_CONSENT -> "The customer declined to share the tariff (DISMISS_CONSENT).";
            case PENDING -> "The provider has not reported a decision yet.";
            case AUTH_CAPTURED -> null;
        };
    }

    private static String text(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonString value
                ? value.getString()
                : null;
    }
}
