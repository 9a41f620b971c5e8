package com.tariffbridge.sandbox.billing;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.temporal.ChronoUnit;

/**
 * {@code GET /sandbox/billing/products} (docs/billing-api.yaml), and the clerk's knobs: add a
 * product ({@code POST}), change its prices from a moment ({@code POST …/{id}/reprice?factor=F
 * &valid_from=T}, default now) and stop selling it ({@code DELETE …/{id}}).
 */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
public class BillingProductResource {

    static final int MAX_PAGE = 100;

    @Inject BillingProducts products;

    @Inject BillingKnobs knobs;

    @GET
    public Response list(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        return knobs.answer(
                authorization,
                () -> {
                    int size;
                    try {
                        size = limit == null ? 50 : Integer.parseInt(limit.strip());
                    } catch (NumberFormatException e) {
                        size = -1;
                    }
                    if (size < 1 || size > MAX_PAGE) {
                        return BillingWire.error(
                                400,
                                "invalid_limit",
                                "limit must be a whole number from 1 to " + MAX_PAGE + ".");
                    }
                    var page = products.page(cursor, size);
                    var data = BillingTariffs.JSON.createArrayBuilder();
                    page.forEach(data::add);
                    var body = BillingTariffs.JSON.createObjectBuilder().add("data", data);
                    if (page.size() == size) {
                        body.add("next_cursor", page.get(size - 1).getString("product_id"));
                    } else {
                        body.addNull("next_cursor");
                    }
                    return BillingWire.json(200, body.build().toString());
                });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body) {
        JsonObject product;
        try (var reader = BillingTariffs.JSON.createReader(new StringReader(body))) {
            product = reader.readObject();
            product.getString("product_id");
        } catch (JsonException
                | IllegalStateException
                | NullPointerException
                | ClassCastException e) {
            return BillingWire.error(
                    400, "invalid_product", "The body must be a product with a product_id.");
        }
        return BillingWire.json(201, products.put(product).toString());
    }

    @POST
    @Path("{id}/reprice")
    public Response reprice(
            @PathParam("id") String id,
            @QueryParam("factor") String factor,
            @QueryParam("valid_from") String validFrom) {
        BigDecimal f;
        Instant from;
        try {
            f = new BigDecimal(factor == null ? "" : factor.strip());
            from =
                    validFrom == null
                            ? products.now().truncatedTo(ChronoUnit.SECONDS)
                            : OffsetDateTime.parse(validFrom).toInstant();
        } catch (NumberFormatException | DateTimeParseException e) {
            f = BigDecimal.ZERO;
            from = null;
        }
        if (f.signum() <= 0 || f.compareTo(BigDecimal.TEN) > 0) {
            return BillingWire.error(
                    400,
                    "invalid_reprice",
                    "factor must be a number above 0 and at most 10, valid_from RFC 3339.");
        }
        return products.reprice(id, f, from)
                .map(product -> BillingWire.json(200, product.toString()))
                .orElseGet(() -> unknown(id));
    }

    @DELETE
    @Path("{id}")
    public Response withdraw(@PathParam("id") String id) {
        return products.withdraw(id) ? Response.noContent().build() : unknown(id);
    }

    private static Response unknown(String id) {
        return BillingWire.error(404, "unknown_product", "No product " + id + ".");
    }
}
