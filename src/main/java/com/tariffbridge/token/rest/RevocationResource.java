package com.tariffbridge.token.rest;

import com.tariffbridge.token.ClientAuthentication;
import com.tariffbridge.token.TokenRevocation;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /oauth/revoke} (RFC 7009). */
@ApplicationScoped
@Path("revoke")
public class RevocationResource {

    @Inject ClientAuthentication client;

    @Inject TokenRevocation revocation;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Revoke an access or refresh token; revoking a refresh token ends its grant")
    public Response revoke(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        if (!client.authenticates(authorization)) {
            return new OAuthError("invalid_client", "Client authentication failed (HTTP Basic).")
                    .response(401);
        }
        var form = FormParameters.parse(body);
        if (form.isEmpty()) {
            return new OAuthError(
                            "invalid_request", "The body is not a valid form-urlencoded request.")
                    .response(400);
        }
        String token = form.get().single("token");
        if (token == null) {
            return new OAuthError("invalid_request", "token is required (exactly once).")
                    .response(400);
        }
        revocation.revoke(token);
        return Response.ok().header("Cache-Control", "no-store").build();
    }
}
