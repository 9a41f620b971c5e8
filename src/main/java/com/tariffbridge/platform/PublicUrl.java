package com.tariffbridge.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address under which FlatPeak and browsers reach this server. Absolute URLs we hand out (token
 * and tariff endpoints, authentication URI) are built from it, never from the request's Host
 * header, which a client controls.
 */
@ApplicationScoped
public class PublicUrl {

    private final String base;

    @Inject
    public PublicUrl(@ConfigProperty(name = "tariffbridge.public-url") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    protected PublicUrl() {
        this.base = "";
    }

    public String resolve(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    public String base() {
        return base;
    }
}
