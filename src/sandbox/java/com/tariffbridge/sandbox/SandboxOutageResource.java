package com.tariffbridge.sandbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Developer knob: make FlatPeak's API answer 503 for a while, or end that at once. */
@Path("outage")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SandboxOutageResource {

    private static final Logger LOG = Logger.getLogger(SandboxOutageResource.class.getName());

    @Inject SandboxOutage outage;

    @POST
    public Response start(@QueryParam("seconds") String seconds) {
        return SandboxErrors.answer(
                () -> {
                    long length = parseSeconds(seconds);
                    var until = outage.start(length);
                    LOG.log(Level.INFO, "Sandbox FlatPeak outage for {0} s", length);
                    return Response.ok(SandboxWire.outage(until, length)).build();
                });
    }

    @DELETE
    public Response end() {
        outage.end();
        LOG.info("Sandbox FlatPeak outage ended");
        return Response.noContent().build();
    }

    private static long parseSeconds(String seconds) {
        try {
            return Long.parseLong(seconds == null ? "" : seconds.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    "invalid_seconds",
                    "seconds must be a whole number between 0 and "
                            + SandboxOutage.MAX_SECONDS
                            + ".");
        }
    }
}
