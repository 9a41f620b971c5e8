package com.tariffbridge.catalogue.rest;

import com.tariffbridge.catalogue.Catalogue;
import com.tariffbridge.catalogue.CatalogueAnswer;
import com.tariffbridge.platform.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /api/v1/tariff-products[/{id}]}: the provider's tariff products in FlatPeak's schedule
 * shape, for FlatPeak's tariff library and anyone else. No credentials; shared caches may keep an
 * answer for {@code catalogue.max-age} seconds, and a conditional request costs one small query.
 */
@ApplicationScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class TariffProductsResource {

    @Inject Catalogue catalogue;

    @Inject
    @ConfigProperty(name = "catalogue.max-age", defaultValue = "300")
    int maxAge;

    @GET
    public Response list(
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @QueryParam("at") String at,
            @QueryParam("region") String region,
            @QueryParam("direction") String direction,
            @QueryParam("starting_after") String startingAfter,
            @QueryParam("limit") String limit) {
        try {
            var filter = CatalogueParameters.filter(at, region, direction, startingAfter, limit);
            return answer(catalogue.list(filter, ifNoneMatch));
        } catch (CatalogueParameters.BadParameter bad) {
            return bad.problem.toResponse().build();
        }
    }

    @GET
    @Path("{id}")
    public Response product(
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @PathParam("id") String id,
            @QueryParam("at") String at) {
        try {
            if (!CatalogueParameters.PRODUCT_ID.matcher(id).matches()) {
                return notFound(id.length() > 64 ? "this id" : id);
            }
            return catalogue
                    .product(id, CatalogueParameters.at(at), ifNoneMatch)
                    .map(this::answer)
                    .orElseGet(() -> notFound(id));
        } catch (CatalogueParameters.BadParameter bad) {
            return bad.problem.toResponse().build();
        }
    }

    private Response answer(CatalogueAnswer answer) {
        var response =
                answer.notModified()
                        ? Response.notModified()
                        : Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.ETAG, answer.etag())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge)
                .build();
    }

    private static Response notFound(String id) {
        return Problem.of(
                        Response.Status.NOT_FOUND,
                        "product_not_found",
                        "No tariff product " + id + " is in force at that time.")
                .toResponse()
                .build();
    }
}
