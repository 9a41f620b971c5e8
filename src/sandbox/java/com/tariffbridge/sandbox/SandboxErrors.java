package com.tariffbridge.sandbox;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.function.Supplier;

/** FlatPeak's error answers: its error object, with the status FlatPeak would use. */
final class SandboxErrors {

    private SandboxErrors() {}

    /**
     * Runs a sandbox call and turns its refusals into FlatPeak's answers. Kept here rather than in
     * exception mappers, so the sandbox application registers nothing but its resources.
     */
    static Response answer(Supplier<Response> call) {
        try {
            return call.get();
        } catch (TokenRefusedException e) {
            var refusal = e.refusal();
            return error(status(refusal), "invalid_request", refusal.code(), refusal.message())
                    .build();
        } catch (InvalidRequestException e) {
            return error(400, "invalid_request", e.code(), e.getMessage()).build();
        }
    }

    static int status(TokenRefusal refusal) {
        return switch (refusal) {
            case UNKNOWN -> 404;
            case EXPIRED -> 410;
            case ALREADY_DECIDED, CONFLICTING_DECISION -> 409;
        };
    }

    static WebApplicationException unauthorized() {
        return new WebApplicationException(
                error(
                                401,
                                "invalid_request",
                                "unauthorized",
                                "Valid HTTP Basic credentials are required.")
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"FlatPeak sandbox\"")
                        .build());
    }

    /** Retry-After tells well-behaved clients when to come back. */
    static WebApplicationException unavailable(Duration remaining) {
        long seconds = Math.max(1, remaining.toSeconds() + (remaining.toNanosPart() > 0 ? 1 : 0));
        return new WebApplicationException(
                error(
                                503,
                                "api_error",
                                "service_unavailable",
                                "FlatPeak is temporarily unavailable (sandbox outage).")
                        .header(HttpHeaders.RETRY_AFTER, seconds)
                        .build());
    }

    private static Response.ResponseBuilder error(
            int status, String type, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(SandboxWire.error(type, code, message));
    }
}
