package com.tariffbridge.sandbox.billing;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The billing API (docs/billing-api.yaml) under {@code /sandbox/billing/supply-points}, and the
 * per-supply-point knobs {@code POST …/{supply_point}/reprice?factor=F} and {@code …/renew}.
 */
@Path("supply-points")
@Produces(MediaType.APPLICATION_JSON)
public class BillingApiResource {

    static final int MAX_PAGE = 1000;

    @Inject BillingLedger ledger;

    @Inject BillingKnobs knobs;

    @GET
    public Response changedSince(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("changed_since") String changedSince,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        return guarded(
                authorization,
                () -> {
                    Instant since;
                    try {
                        since =
                                changedSince == null
                                        ? Instant.EPOCH
                                        : OffsetDateTime.parse(changedSince).toInstant();
                    } catch (DateTimeParseException e) {
                        return BillingWire.error(
                                400,
                                "invalid_changed_since",
                                "changed_since must be an RFC 3339 date-time.");
                    }
                    int size = pageSize(limit);
                    if (size < 0) {
                        return BillingWire.error(
                                400,
                                "invalid_limit",
                                "limit must be a whole number from 1 to " + MAX_PAGE + ".");
                    }
                    var page = ledger.changedSince(since, cursor, size);
                    String next =
                            page.size() == size
                                    ? BillingWire.text(page.get(page.size() - 1).reference())
                                    : "null";
                    return BillingWire.json(
                            200,
                            BillingWire.records(
                                    "data",
                                    page,
                                    new StringBuilder(",\"next_cursor\":").append(next)));
                });
    }

    @GET
    @Path("{reference}")
    public Response supplyPoint(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("reference") String reference) {
        return guarded(
                authorization,
                () ->
                        ledger.find(reference)
                                .map(account -> BillingWire.json(200, BillingWire.record(account)))
                                .orElseGet(
                                        () ->
                                                BillingWire.error(
                                                        404,
                                                        "unknown_supply_point",
                                                        "No supply point " + reference + ".")));
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lookup(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return guarded(
                authorization,
                () -> {
                    List<String> references = references(body);
                    if (references == null) {
                        return BillingWire.error(
                                400,
                                "invalid_request",
                                "The body must be {\"references\": [...]} with 1 to "
                                        + MAX_PAGE
                                        + " strings.");
                    }
                    List<BillingAccount> found = new ArrayList<>(references.size());
                    var missing = Json.createArrayBuilder();
                    for (String reference : references) {
                        ledger.find(reference)
                                .ifPresentOrElse(found::add, () -> missing.add(reference));
                    }
                    return BillingWire.json(
                            200,
                            BillingWire.records(
                                    "data",
                                    found,
                                    new StringBuilder(",\"missing\":")
                                            .append(missing.build().toString())));
                });
    }

    @POST
    @Path("{reference}/reprice")
    public Response reprice(
            @PathParam("reference") String reference, @QueryParam("factor") String factor) {
        BigDecimal f;
        try {
            f = new BigDecimal(factor == null ? "" : factor.strip());
        } catch (NumberFormatException e) {
            f = BigDecimal.ZERO;
        }
        if (f.signum() <= 0 || f.compareTo(BigDecimal.TEN) > 0) {
            return BillingWire.error(
                    400, "invalid_factor", "factor must be a number above 0 and at most 10.");
        }
        return ledger.reprice(reference, f)
                .map(account -> BillingWire.json(200, BillingWire.record(account)))
                .orElseGet(
                        () ->
                                BillingWire.error(
                                        404,
                                        "unknown_supply_point",
                                        "No supply point " + reference + "."));
    }

    @POST
    @Path("{reference}/renew")
    public Response renew(@PathParam("reference") String reference) {
        return ledger.renew(reference)
                .map(account -> BillingWire.json(200, BillingWire.record(account)))
                .orElseGet(
                        () ->
                                BillingWire.error(
                                        404,
                                        "unknown_supply_point",
                                        "No supply point " + reference + "."));
    }

    private Response guarded(String authorization, Supplier<Response> call) {
        return knobs.answer(authorization, call);
    }

    private static int pageSize(String limit) {
        try {
            int size = limit == null ? 100 : Integer.parseInt(limit.strip());
            return size >= 1 && size <= MAX_PAGE ? size : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> references(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            var array = reader.readObject().getJsonArray("references");
            if (array == null || array.isEmpty() || array.size() > MAX_PAGE) {
                return null;
            }
            List<String> references = new ArrayList<>(array.size());
            for (JsonValue value : array) {
                if (!(value instanceof JsonString text)) {
                    return null;
                }
                references.add(text.getString());
            }
            return references;
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return null;
        }
    }
}
