package com.tariffbridge.sandbox;

/** Why the sandbox refuses a connect token; each with a FlatPeak-style error code. */
public enum TokenRefusal {
    UNKNOWN("connect_token_not_found", "No such connect token."),
    EXPIRED("connect_token_expired", "The connect token has expired."),
    ALREADY_DECIDED("connect_token_used", "The connect token was already used."),
    CONFLICTING_DECISION(
            "decision_conflict",
            "A different decision was already recorded for this connect token.");

    private final String code;
    private final String message;

    TokenRefusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
