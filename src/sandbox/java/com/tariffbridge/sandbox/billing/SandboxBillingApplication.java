package com.tariffbridge.sandbox.billing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * {@code /sandbox/billing/*}: the sandbox billing system. Lists its own classes, like every
 * application here.
 */
@ApplicationPath("billing")
public class SandboxBillingApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                BillingApiResource.class,
                BillingCustomerResource.class,
                BillingProductResource.class,
                BillingKnobResource.class);
    }
}
