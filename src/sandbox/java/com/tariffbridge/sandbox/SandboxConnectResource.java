package com.tariffbridge.sandbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * FlatPeak's provider-facing connect API as the provider's REST client calls it: session context,
 * then one decision per connect token. Bodies are read as text and parsed here, so a malformed body
 * gets FlatPeak's error object rather than the runtime's.
 */
@Path("connect")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SandboxConnectResource {

    private static final Logger LOG = Logger.getLogger(SandboxConnectResource.class.getName());

    @Inject SandboxApiGuard guard;

    @Inject SandboxConnectTokens tokens;

    @Inject SandboxLinks links;

    @GET
    @Path("session/{token}")
    public Response session(
            @PathParam("token") String token,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        guard.admit(authorization);
        return SandboxErrors.answer(
                () ->
                        Response.ok(
                                        SandboxWire.session(
                                                tokens.openSession(token), links.redirectUri()))
                                .build());
    }

    @PUT
    @Path("consent_capture/{token}")
    public Response consentCapture(
            @PathParam("token") String token,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            String body) {
        return decide(token, authorization, body, SandboxDecision::dismissal);
    }

    @PUT
    @Path("auth_capture/{token}")
    public Response authCapture(
            @PathParam("token") String token,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            String body) {
        return decide(token, authorization, body, SandboxDecision::authCapture);
    }

    private Response decide(
            String token,
            String authorization,
            String body,
            Function<JsonObject, SandboxDecision> reading) {
        guard.admit(authorization);
        return SandboxErrors.answer(
                () -> {
                    var decision = reading.apply(SandboxWire.readObject(body, false));
                    var decided = tokens.decide(token, decision);
                    LOG.log(
                            Level.INFO,
                            "Sandbox FlatPeak accepted {0} for connect token {1}",
                            new Object[] {decision.status(), SandboxIds.shortForm(token)});
                    return Response.ok(SandboxWire.accepted(decided)).build();
                });
    }
}
