package com.tariffbridge.sandbox.billing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * {@code GET /sandbox/billing/customers/{customer_ref}/supply-points} (docs/billing-api.yaml): each
 * supply point of the customer with its label, status, address, contract and tariffs.
 */
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
public class BillingCustomerResource {

    @Inject BillingCustomers customers;

    @Inject BillingLedger ledger;

    @Inject BillingKnobs knobs;

    @Inject Clock clock;

    @GET
    @Path("{customer_ref}/supply-points")
    public Response supplyPoints(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("customer_ref") String customerRef) {
        return knobs.answer(
                authorization,
                () ->
                        customers
                                .holdings(customerRef)
                                .map(
                                        holdings ->
                                                BillingWire.json(
                                                        200,
                                                        BillingWire.customer(
                                                                customerRef,
                                                                holdings,
                                                                ledger,
                                                                clock.instant())))
                                .orElseGet(
                                        () ->
                                                BillingWire.error(
                                                        404,
                                                        "unknown_customer",
                                                        "No customer " + customerRef + ".")));
    }
}
