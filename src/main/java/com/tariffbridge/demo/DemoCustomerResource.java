package com.tariffbridge.demo;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /sandbox/customers}: a disposable customer (sandbox only; the sandbox gate hides it
 * otherwise).
 */
@Path("/")
public class DemoCustomerResource {

    @Inject DemoCustomers customers;

    @Inject com.tariffbridge.contract.ContractChanges contractChanges;

    @Inject java.time.Clock clock;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create() {
        return Response.status(Response.Status.CREATED)
                .entity(customers.createDisposable())
                .build();
    }

    /** {@code /sandbox/customers/{supply_point}/…}: billing's contract news for that supply. */
    @Path("{supplyPoint}")
    public DemoContractResource contract() {
        return new DemoContractResource(contractChanges, clock);
    }
}
