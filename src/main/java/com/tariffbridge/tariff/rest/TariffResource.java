package com.tariffbridge.tariff.rest;

import com.tariffbridge.platform.rest.BearerAuthorization;
import com.tariffbridge.platform.rest.Problem;
import com.tariffbridge.tariff.PollOutcome;
import com.tariffbridge.tariff.TariffPolls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/v1/tariff}: FlatPeak's headless read of one connected customer's tariff. */
// One instance for the application: as a per-request resource it was created, injected and
// validated on every poll, a tenth of a 304's CPU (BENCHMARKS.md). It holds no request state.
@ApplicationScoped
@Path("v1/tariff")
public class TariffResource {

    private static final String CHALLENGE = "Bearer realm=\"tariff-bridge\"";

    @Inject TariffPolls polls;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "The customer's tariff, current contract term and resolved rates from now for 48 h")
    @APIResponse(
            responseCode = "200",
            description = "The tariff (worked example in META-INF/openapi.yaml)")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "start_time / end_time invalid (problem+json)")
    @APIResponse(
            responseCode = "401",
            description = "code invalid_token, token_expired, token_revoked or consent_revoked")
    @APIResponse(
            responseCode = "429",
            description = "Polled faster than allowed; see Retry-After (seconds)")
    public Response tariff(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(description = "RFC 3339; history back to the contract start")
                    @QueryParam("start_time")
                    String startTime,
            @Parameter(description = "RFC 3339; at most 31 days after start_time")
                    @QueryParam("end_time")
                    String endTime) {
        String accessToken = BearerAuthorization.token(authorization);
        if (accessToken == null) {
            return unauthorised(
                    "invalid_token",
                    authorization == null
                            ? "An Authorization: Bearer access token is required."
                            : "The Authorization header is not a Bearer token.");
        }
        PollOutcome outcome = polls.poll(accessToken, ifNoneMatch, startTime, endTime);
        if (outcome instanceof PollOutcome.Full full) {
            return Response.ok(full.answer().body(), MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.ETAG, full.answer().etag())
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                    .build();
        }
        if (outcome instanceof PollOutcome.NotModified notModified) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, notModified.etag())
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                    .build();
        }
        if (outcome instanceof PollOutcome.TooSoon tooSoon) {
            return Problem.of(
                            Response.Status.TOO_MANY_REQUESTS,
                            "polling_too_fast",
                            "Polled again too soon; a full answer is allowed again in "
                                    + tooSoon.retryAfterSeconds()
                                    + " s. Conditional requests (If-None-Match) are not limited.")
                    .toResponse()
                    .header("Retry-After", tooSoon.retryAfterSeconds())
                    .build();
        }
        if (outcome instanceof PollOutcome.Unauthorised unauthorised) {
            return unauthorised(unauthorised.code().wireName(), unauthorised.code().message());
        }
        if (outcome instanceof PollOutcome.BadWindow bad) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid_window", bad.detail())
                    .toResponse()
                    .build();
        }
        return Problem.of(
                        Response.Status.SERVICE_UNAVAILABLE,
                        "tariff_not_available",
                        "No tariff is known for this supply point yet; try again later.")
                .toResponse()
                .header("Retry-After", 900)
                .build();
    }

    private static Response unauthorised(String code, String detail) {
        return Problem.of(Response.Status.UNAUTHORIZED, code, detail)
                .toResponse()
                .header(
                        HttpHeaders.WWW_AUTHENTICATE,
                        CHALLENGE
                                + ", error=\"invalid_token\", error_description=\""
                                + detail.replace("\"", "'")
                                + "\"")
                .build();
    }
}
