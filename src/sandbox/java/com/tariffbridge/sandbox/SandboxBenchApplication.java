package com.tariffbridge.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * {@code /sandbox/bench/*}: support for {@code bench/tariff-api.sh} (a constant baseline endpoint
 * and bulk-minted grants). Under {@code /sandbox/*}, so the sandbox gate hides it unless {@code
 * sandbox.enabled} is true. Lists its own class only, like every application in this WAR.
 */
@ApplicationPath("bench")
public class SandboxBenchApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SandboxBenchResource.class);
    }
}
