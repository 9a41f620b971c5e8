package com.tariffbridge.flatpeak.client;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code GET /connect/session/{token}}; unknown fields are ignored (tolerant reader). */
public record SessionResponse(
        @JsonbProperty("connect_token") String connectToken,
        @JsonbProperty("direction") String direction,
        @JsonbProperty("live_mode") Boolean liveMode,
        @JsonbProperty("data") Data data) {

    public record Data(
            @JsonbProperty("accepted_terms") Boolean acceptedTerms,
            @JsonbProperty("account") Account account,
            @JsonbProperty("urls") Urls urls) {}

    public record Account(
            @JsonbProperty("id") String id,
            @JsonbProperty("display_name") String displayName,
            @JsonbProperty("logo_url") String logoUrl,
            @JsonbProperty("privacy_url") String privacyUrl,
            @JsonbProperty("support_url") String supportUrl,
            @JsonbProperty("terms_url") String termsUrl) {}

    public record Urls(
            @JsonbProperty("redirect_uri") String redirectUri,
            @JsonbProperty("connect_web_uri") String connectWebUri) {}
}
