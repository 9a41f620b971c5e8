package com.tariffbridge.sandbox.demo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Mounts the demo customer knob under the sandbox, where the sandbox gate switches it on and off.
 */
@ApplicationPath("customers")
public class DemoCustomerApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DemoCustomerResource.class);
    }
}
