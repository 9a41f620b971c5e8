package com.tariffbridge.billing.client;

import com.tariffbridge.platform.rest.CompleteJsonCheck;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The provider's billing API (docs/billing-api.yaml). Base URI: {@code billing.api.url}. */
@RegisterRestClient(configKey = "billing-api")
@RegisterClientHeaders(BillingApiKeyHeaders.class)
@RegisterProvider(BillingErrorMapper.class)
@RegisterProvider(CompleteJsonCheck.class)
@Path("/supply-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BillingApi {

    /** Supply points whose tariff, contract or address changed since a time, in pages. */
    @GET
    BillingPage changedSince(
            @QueryParam("changed_since") String changedSince,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);

    @GET
    @Path("/{reference}")
    BillingSupplyPoint supplyPoint(@PathParam("reference") String reference);

    /**
     * Up to 1,000 supply points by reference in one call: how the sync reads a page of its work
     * list.
     */
    @POST
    @Path("/lookup")
    BillingLookupResult lookup(BillingLookup request);
}
