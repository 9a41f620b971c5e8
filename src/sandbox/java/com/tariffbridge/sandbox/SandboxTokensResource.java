package com.tariffbridge.sandbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Developer knobs, not part of FlatPeak's API and so without credentials: mint a connect token as
 * FlatPeak would for a device maker, and read back what the provider reported for it.
 */
@Path("connect/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SandboxTokensResource {

    @Inject SandboxConnectTokens tokens;

    @Inject SandboxLinks links;

    @POST
    public Response mint(String body) {
        return SandboxErrors.answer(
                () -> {
                    var order =
                            TokenOrder.from(
                                    SandboxWire.readObject(body, true),
                                    links.acmeAccount(),
                                    links.outcomePage());
                    var token = tokens.mint(order.account(), order.connectWebUri());
                    return Response.created(URI.create(links.tokenStatus(token.value())))
                            .entity(
                                    SandboxWire.minted(
                                            token, links.authenticationUri(token.value())))
                            .build();
                });
    }

    @GET
    @Path("{token}")
    public Response status(@PathParam("token") String token) {
        return SandboxErrors.answer(
                () ->
                        Response.ok(
                                        SandboxWire.tokenStatus(
                                                tokens.find(token)
                                                        .orElseThrow(
                                                                () ->
                                                                        new TokenRefusedException(
                                                                                TokenRefusal
                                                                                        .UNKNOWN))))
                                .build());
    }
}
