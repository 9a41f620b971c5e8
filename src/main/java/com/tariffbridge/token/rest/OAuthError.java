package com.tariffbridge.token.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.Response;

/** RFC 6749 §5.2 error response. */
public record OAuthError(
        @JsonbProperty("error") String error,
        @JsonbProperty("error_description") String description) {

    Response response(int status) {
        var builder =
                Response.status(status)
                        .type("application/json")
                        .header("Cache-Control", "no-store")
                        .header("Pragma", "no-cache")
                        .entity(this);
        if (status == 401) {
            builder.header("WWW-Authenticate", "Basic realm=\"tariff-bridge\", charset=\"UTF-8\"");
        }
        return builder.build();
    }
}
