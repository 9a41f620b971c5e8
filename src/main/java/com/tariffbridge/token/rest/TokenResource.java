package com.tariffbridge.token.rest;

import com.tariffbridge.token.ClientAuthentication;
import com.tariffbridge.token.RefreshResult;
import com.tariffbridge.token.TokenRotation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /oauth/token}: the refresh-token grant, the only grant FlatPeak needs from us. */
@ApplicationScoped
@Path("token")
public class TokenResource {

    @Inject ClientAuthentication client;

    @Inject TokenRotation rotation;

    @Inject Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Refresh an access token (grant_type=refresh_token, rotation with reuse detection)")
    public Response token(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        if (!client.authenticates(authorization)) {
            return new OAuthError("invalid_client", "Client authentication failed (HTTP Basic).")
                    .response(401);
        }
        var parsed = FormParameters.parse(body);
        if (parsed.isEmpty()) {
            return new OAuthError(
                            "invalid_request", "The body is not a valid form-urlencoded request.")
                    .response(400);
        }
        var form = parsed.get();
        String grantType = form.single("grant_type");
        if (grantType == null) {
            return new OAuthError("invalid_request", "grant_type is required (exactly once).")
                    .response(400);
        }
        if (!"refresh_token".equals(grantType)) {
            return new OAuthError(
                            "unsupported_grant_type", "Only grant_type=refresh_token is supported.")
                    .response(400);
        }
        String refreshToken = form.single("refresh_token");
        if (refreshToken == null) {
            return new OAuthError("invalid_request", "refresh_token is required (exactly once).")
                    .response(400);
        }
        RefreshResult result = rotation.refresh(refreshToken);
        if (result instanceof RefreshResult.Issued issued) {
            var tokens = issued.tokens();
            long expiresIn =
                    Math.max(
                            0,
                            Duration.between(clock.instant(), tokens.accessExpiresAt())
                                    .getSeconds());
            return Response.ok(
                            new TokenResponse(
                                    tokens.accessToken(),
                                    "Bearer",
                                    expiresIn,
                                    tokens.accessExpiresAt()
                                            .truncatedTo(ChronoUnit.SECONDS)
                                            .toString(),
                                    tokens.refreshToken()))
                    .header("Cache-Control", "no-store")
                    .header("Pragma", "no-cache")
                    .build();
        }
        return new OAuthError("invalid_grant", ((RefreshResult.InvalidGrant) result).description())
                .response(400);
    }
}
