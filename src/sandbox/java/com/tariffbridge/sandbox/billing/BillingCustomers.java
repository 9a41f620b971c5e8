package com.tariffbridge.sandbox.billing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox billing system's customers: which supply points are whose, under the reference the
 * provider's IdP puts in its {@code customer_ref} claim. The demo customers are always here.
 */
@ApplicationScoped
public class BillingCustomers {

    /** A customer's supply point and the name they know it by. */
    public record Holding(String supplyPoint, String label) {}

    private final Map<String, List<Holding>> customers = new ConcurrentHashMap<>();

    public BillingCustomers() {
        customers.put("CUST-1000", List.of(new Holding("SP-1000-0001", "Home")));
        customers.put(
                "CUST-1001",
                List.of(
                        new Holding("SP-2000-0001", "Home"),
                        new Holding("SP-2000-0002", "Holiday cottage")));
        customers.put("CUST-1002", List.of(new Holding("SP-3000-0001", "Flat")));
    }

    public Optional<List<Holding>> holdings(String customerRef) {
        return Optional.ofNullable(customers.get(customerRef));
    }

    /** A new customer, as billing opens one when someone signs a contract. */
    public void open(String customerRef, List<Holding> holdings) {
        customers.put(customerRef, List.copyOf(holdings));
    }
}
