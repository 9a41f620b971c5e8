package com.tariffbridge.billing.client;

import com.tariffbridge.platform.rest.CompleteJsonCheck;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Billing's tariff products (docs/billing-api.yaml): what the provider sells. */
@RegisterRestClient(configKey = "billing-api")
@RegisterClientHeaders(BillingApiKeyHeaders.class)
@RegisterProvider(BillingErrorMapper.class)
@RegisterProvider(CompleteJsonCheck.class)
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
public interface BillingProductApi {

    @GET
    BillingProductPage products(
            @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);
}
