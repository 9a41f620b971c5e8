package com.tariffbridge.sandbox.demo;

import com.tariffbridge.sandbox.seed.SeedSupplies;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Sandbox stand-in for billing's contract news, for demos and tests: {@code POST
 * /sandbox/customers/{supply_point}/contract-term?end=…[&start=…]} and {@code …/renewal?end=…} (RFC
 * 3339). A sub-resource of {@link DemoCustomerResource}: two root resources under one application,
 * one of them at "/", would leave the match to the order in which the runtime happens to list them.
 */
public class DemoContractResource {

    private final SeedSupplies changes;
    private final Clock clock;

    DemoContractResource(SeedSupplies changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @POST
    @Path("contract-term")
    @Produces(MediaType.APPLICATION_JSON)
    public Response term(
            @PathParam("supplyPoint") String supplyPoint,
            @QueryParam("start") String start,
            @QueryParam("end") String end) {
        Optional<Instant> from;
        try {
            from =
                    start == null || start.isBlank()
                            ? Optional.empty()
                            : Optional.of(Instant.parse(start.strip()));
        } catch (DateTimeParseException e) {
            return invalid("start");
        }
        return change(supplyPoint, end, instant -> changes.setTerm(supplyPoint, from, instant));
    }

    @POST
    @Path("renewal")
    @Produces(MediaType.APPLICATION_JSON)
    public Response renew(
            @PathParam("supplyPoint") String supplyPoint, @QueryParam("end") String end) {
        return change(
                supplyPoint, end, instant -> changes.renew(supplyPoint, clock.instant(), instant));
    }

    private static Response invalid(String parameter) {
        return problem(
                Response.Status.BAD_REQUEST,
                "invalid_" + parameter,
                parameter + " must be an RFC 3339 instant such as 2027-01-01T00:00:00Z.");
    }

    private static Response change(String supplyPoint, String end, Change change) {
        Instant instant;
        try {
            instant = Instant.parse(end == null ? "" : end.strip());
        } catch (DateTimeParseException e) {
            return invalid("end");
        }
        try {
            return change.apply(instant)
                    .map(
                            term ->
                                    Response.ok(
                                                    Json.createObjectBuilder()
                                                            .add("supply_point", supplyPoint)
                                                            .add(
                                                                    "start_date",
                                                                    term.start().toString())
                                                            .add("end_date", term.end().toString())
                                                            .build()
                                                            .toString())
                                            .build())
                    .orElseGet(
                            () ->
                                    problem(
                                            Response.Status.NOT_FOUND,
                                            "unknown_supply_point",
                                            "No electricity contract for supply point "
                                                    + supplyPoint
                                                    + "."));
        } catch (IllegalArgumentException e) {
            return problem(Response.Status.CONFLICT, "invalid_term", e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A change of our copy of billing's contract, answering the term as it then stands. */
    @FunctionalInterface
    private interface Change {
        Optional<SeedSupplies.Term> apply(Instant end) throws SQLException;
    }

    /** The product's problem shape (RFC 9457 plus a code), so clients read one error format. */
    private static Response problem(Response.Status status, String code, String detail) {
        return Response.status(status)
                .type("application/problem+json")
                .header("Cache-Control", "no-store")
                .entity(
                        Json.createObjectBuilder()
                                .add("type", "about:blank")
                                .add("title", status.getReasonPhrase())
                                .add("status", status.getStatusCode())
                                .add("code", code)
                                .add("detail", detail)
                                .build()
                                .toString())
                .build();
    }
}
