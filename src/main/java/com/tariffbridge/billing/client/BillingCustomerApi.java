package com.tariffbridge.billing.client;

import com.tariffbridge.platform.rest.CompleteJsonCheck;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Billing's customers (docs/billing-api.yaml): which supply points belong to whom. */
@RegisterRestClient(configKey = "billing-api")
@RegisterClientHeaders(BillingApiKeyHeaders.class)
@RegisterProvider(BillingErrorMapper.class)
@RegisterProvider(CompleteJsonCheck.class)
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BillingCustomerApi {

    /** The customer's supply points with address, current contract term, status and tariffs. */
    @GET
    @Path("/{customer_ref}/supply-points")
    BillingCustomerSupplies supplyPoints(@PathParam("customer_ref") String customerRef);
}
