package com.tariffbridge.platform.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;

/**
 * RFC 9457 problem details, plus a machine-readable {@code code}. Every API error body is one of
 * these, never a stack trace.
 */
@JsonbPropertyOrder({"type", "title", "status", "code", "detail"})
public record Problem(
        @JsonbProperty("type") String type,
        @JsonbProperty("title") String title,
        @JsonbProperty("status") int status,
        @JsonbProperty("code") String code,
        @JsonbProperty("detail") String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.Status status, String code, String detail) {
        return new Problem(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), code, detail);
    }

    public Response.ResponseBuilder toResponse() {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(this);
    }
}
