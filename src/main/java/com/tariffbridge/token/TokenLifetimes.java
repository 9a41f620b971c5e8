package com.tariffbridge.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Configured lifetimes of access and refresh tokens. */
@ApplicationScoped
public class TokenLifetimes {

    @Inject
    @ConfigProperty(name = "token.access.ttl")
    Duration access;

    @Inject
    @ConfigProperty(name = "token.refresh.ttl")
    Duration refresh;

    public Duration access() {
        return access;
    }

    public Duration refresh() {
        return refresh;
    }
}
