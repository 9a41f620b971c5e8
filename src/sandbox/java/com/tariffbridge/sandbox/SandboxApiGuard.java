package com.tariffbridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What stands before every FlatPeak API call (not the developer knobs): a simulated outage first,
 * as a real one would answer before looking at credentials, then the provider's credentials.
 */
@ApplicationScoped
public class SandboxApiGuard {

    @Inject SandboxOutage outage;

    @Inject SandboxCredentials credentials;

    /** Returns when the call may go on; otherwise throws the 503 or 401 answer. */
    public void admit(String authorization) {
        var remaining = outage.remaining();
        if (remaining.isPresent()) {
            throw SandboxErrors.unavailable(remaining.get());
        }
        if (!credentials.accept(authorization)) {
            throw SandboxErrors.unauthorized();
        }
    }
}
