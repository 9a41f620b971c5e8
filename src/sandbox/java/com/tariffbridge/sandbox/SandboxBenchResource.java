package com.tariffbridge.sandbox;

import com.tariffbridge.sandbox.seed.SeedGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Benchmark support, sandbox only.
 *
 * <ul>
 *   <li>{@code PUT /sandbox/bench/constant} (header {@code X-Bench-ETag}) stores a body; {@code
 *       GET} answers exactly those bytes with that ETag, or 304 when If-None-Match equals it: the
 *       same response shape as the tariff API with none of its work, the baseline for its ratios.
 *   <li>{@code POST /sandbox/bench/grants?supply_point=SP-…&count=N} mints N grants with token
 *       pairs for that supply point's customer and answers {@code
 *       {"access_tokens":[…],"refresh_tokens":[…]}}.
 * </ul>
 */
// One instance, as the tariff API's resources are, so the baseline pays no construction they skip.
@ApplicationScoped
@Path("/")
public class SandboxBenchResource {

    static final int MAX_GRANTS = 20_000;
    static final int BATCH = 500;
    private static final String CACHE_CONTROL = "private, no-cache";

    @Inject SandboxBenchConstant constant;

    @Inject SandboxBenchGrants grants;

    @GET
    @Path("constant")
    @Produces(MediaType.APPLICATION_JSON)
    public Response constant(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        var stored = constant.get();
        if (stored.etag().equals(ifNoneMatch)) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, stored.etag())
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .build();
        }
        return Response.ok(stored.body(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, stored.etag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    @PUT
    @Path("constant")
    @Consumes(MediaType.WILDCARD)
    public Response storeConstant(@HeaderParam("X-Bench-ETag") String etag, String body) {
        if (etag == null || etag.isBlank() || body == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("a body and an X-Bench-ETag header are required\n")
                    .build();
        }
        constant.set(body, etag.trim());
        return Response.noContent().build();
    }

    @POST
    @Path("grants")
    @Produces(MediaType.APPLICATION_JSON)
    public Response mintGrants(
            @QueryParam("supply_point") String reference, @QueryParam("count") int count)
            throws java.sql.SQLException {
        if (reference == null || count < 1 || count > MAX_GRANTS) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("supply_point and 1 <= count <= " + MAX_GRANTS + " are required\n")
                    .build();
        }
        var supply = grants.supplyPoint(reference);
        if (supply.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("no supply point " + reference + "\n")
                    .build();
        }
        JsonArrayBuilder access = Json.createArrayBuilder();
        JsonArrayBuilder refresh = Json.createArrayBuilder();
        for (int done = 0; done < count; done += BATCH) {
            List<SeedGrants.Pair> pairs = grants.mint(supply.get(), Math.min(BATCH, count - done));
            for (SeedGrants.Pair pair : pairs) {
                access.add(pair.accessToken());
                refresh.add(pair.refreshToken());
            }
        }
        String json =
                Json.createObjectBuilder()
                        .add("access_tokens", access)
                        .add("refresh_tokens", refresh)
                        .build()
                        .toString();
        return Response.status(Response.Status.CREATED)
                .entity(json)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
