package com.tariffbridge.sandbox.demo;

import com.tariffbridge.sandbox.seed.SeedSupplies;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Clock;

/**
 * {@code POST /sandbox/customers}: a disposable customer (sandbox only; the sandbox gate hides it
 * otherwise).
 */
@Path("/")
public class DemoCustomerResource {

    @Inject DemoCustomers customers;

    @Inject SeedSupplies supplies;

    @Inject Clock clock;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create() throws SQLException {
        return Response.status(Response.Status.CREATED)
                .entity(customers.createDisposable())
                .build();
    }

    /** {@code /sandbox/customers/{supply_point}/…}: billing's contract news for that supply. */
    @Path("{supplyPoint}")
    public DemoContractResource contract() {
        return new DemoContractResource(supplies, clock);
    }
}
