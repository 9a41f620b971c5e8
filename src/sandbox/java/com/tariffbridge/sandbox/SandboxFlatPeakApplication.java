package com.tariffbridge.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The sandbox's JAX-RS application. It lists its own classes because several applications share
 * this WAR: without the list, every application would serve every scanned resource.
 */
@ApplicationPath("flatpeak")
public class SandboxFlatPeakApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                SandboxConnectResource.class,
                SandboxTokensResource.class,
                SandboxOutageResource.class);
    }
}
