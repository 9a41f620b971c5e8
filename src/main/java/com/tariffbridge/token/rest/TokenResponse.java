package com.tariffbridge.token.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * RFC 6749 §5.1 successful token response, plus {@code expires_at} in FlatPeak's auth_data style.
 */
@JsonbPropertyOrder({"access_token", "token_type", "expires_in", "expires_at", "refresh_token"})
public record TokenResponse(
        @JsonbProperty("access_token") String accessToken,
        @JsonbProperty("token_type") String tokenType,
        @JsonbProperty("expires_in") long expiresIn,
        @JsonbProperty("expires_at") String expiresAt,
        @JsonbProperty("refresh_token") String refreshToken) {

    @Override
    public String toString() {
        return "TokenResponse[expires_at=" + expiresAt + "]";
    }
}
