package com.tariffbridge.flatpeak.client;

import com.tariffbridge.platform.rest.CompleteJsonCheck;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** FlatPeak's provider-facing connect API. Base URI: {@code flatpeak.api.url}. */
@RegisterRestClient(configKey = "flatpeak-api")
@RegisterClientHeaders(BasicCredentialsHeaders.class)
@RegisterProvider(FlatPeakErrorMapper.class)
@RegisterProvider(CompleteJsonCheck.class)
@Path("/connect")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface FlatPeakConnectApi {

    @GET
    @Path("/session/{connectToken}")
    SessionResponse session(@PathParam("connectToken") String connectToken);

    @PUT
    @Path("/consent_capture/{connectToken}")
    CaptureResponse consentCapture(
            @PathParam("connectToken") String connectToken, ConsentCaptureRequest body);

    @PUT
    @Path("/auth_capture/{connectToken}")
    CaptureResponse authCapture(
            @PathParam("connectToken") String connectToken, AuthCaptureRequest body);
}
