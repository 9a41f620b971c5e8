package com.tariffbridge.sandbox.billing;

import com.tariffbridge.sandbox.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Developer knobs of the sandbox billing system: outage and latency (both also end on their own or
 * with DELETE), answers cut off halfway (until DELETE), the load generator, and two helpers for
 * {@code bench/billing-sync.sh} (the raw JDBC baseline and a heap reading).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class BillingKnobResource {

    private static final Logger LOG = Logger.getLogger(BillingKnobResource.class.getName());
    private static final Pattern BATCH = Pattern.compile("[0-9A-F]{6}");

    @Inject BillingKnobs knobs;

    @Inject LoadGenerator generator;

    @POST
    @Path("outage")
    public Response startOutage(@QueryParam("seconds") String seconds) {
        long length = number(seconds);
        try {
            var until = knobs.outage().start(length);
            LOG.log(Level.INFO, "Sandbox billing outage for {0} s", length);
            return BillingWire.json(200, "{\"outage_until\":" + BillingWire.instant(until) + "}");
        } catch (InvalidRequestException e) {
            return BillingWire.error(400, e.code(), e.getMessage());
        }
    }

    @DELETE
    @Path("outage")
    public Response endOutage() {
        knobs.outage().end();
        return Response.noContent().build();
    }

    @POST
    @Path("latency")
    public Response latency(@QueryParam("millis") String millis) {
        long delay = number(millis);
        try {
            knobs.latency(delay);
        } catch (IllegalArgumentException e) {
            return BillingWire.error(400, "invalid_millis", e.getMessage());
        }
        LOG.log(Level.INFO, "Sandbox billing answers after {0} ms", delay);
        return BillingWire.json(200, "{\"latency_millis\":" + delay + "}");
    }

    @DELETE
    @Path("latency")
    public Response endLatency() {
        knobs.latency(0);
        return Response.noContent().build();
    }

    @POST
    @Path("cut-off")
    public Response startCutOff() {
        knobs.cutOff(true);
        LOG.info("Sandbox billing cuts its JSON answers off halfway");
        return BillingWire.json(200, "{\"cut_off\":true}");
    }

    @DELETE
    @Path("cut-off")
    public Response endCutOff() {
        knobs.cutOff(false);
        return Response.noContent().build();
    }

    @POST
    @Path("generate")
    public Response generate(@QueryParam("count") String count) {
        long n = number(count);
        if (n < 1 || n > LoadGenerator.MAX_COUNT) {
            return BillingWire.error(
                    400,
                    "invalid_count",
                    "count must be from 1 to " + LoadGenerator.MAX_COUNT + ".");
        }
        LoadGenerator.Generated generated;
        try {
            generated = generator.generate((int) n);
        } catch (SQLException e) {
            return databaseTrouble(e);
        }
        LOG.log(
                Level.INFO,
                "Generated {0} load supply points (batch {1}) in {2} ms",
                new Object[] {generated.count(), generated.batch(), generated.millis()});
        return BillingWire.json(
                201,
                Json.createObjectBuilder()
                        .add("batch", generated.batch())
                        .add("count", generated.count())
                        .add("millis", generated.millis())
                        .add("first", LoadSupplies.reference(generated.batch(), 0))
                        .build()
                        .toString());
    }

    @POST
    @Path("bench/raw-rewrite")
    public Response rawRewrite(@QueryParam("batch") String batch) {
        if (batch == null || !BATCH.matcher(batch).matches()) {
            return BillingWire.error(
                    400, "invalid_batch", "batch must be the 6 hex digits generate answered.");
        }
        LoadGenerator.Rewritten rewritten;
        try {
            rewritten = generator.rewriteSnapshots(batch);
        } catch (SQLException e) {
            return databaseTrouble(e);
        }
        return BillingWire.json(
                200,
                Json.createObjectBuilder()
                        .add("rows", rewritten.rows())
                        .add("millis", rewritten.millis())
                        .build()
                        .toString());
    }

    @GET
    @Path("bench/heap")
    public Response heap() {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return BillingWire.json(
                200,
                Json.createObjectBuilder()
                        .add("used_bytes", memory.getUsed())
                        .add("committed_bytes", memory.getCommitted())
                        .add("max_bytes", memory.getMax())
                        .build()
                        .toString());
    }

    private static Response databaseTrouble(SQLException e) {
        LOG.log(Level.WARNING, "Sandbox billing load tool could not write", e);
        return BillingWire.error(
                503,
                "database_unavailable",
                "The database refused the load batch; nothing of the "
                        + "failed batch was kept. Try again.");
    }

    /** The whole number given, or -1 (which every knob refuses) for anything else. */
    private static long number(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
