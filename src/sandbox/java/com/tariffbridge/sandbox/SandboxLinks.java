package com.tariffbridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The absolute addresses the sandbox hands out. The sandbox is deployed beside the product on the
 * dev and test server, so both share the server's public URL: the product at its root, the sandbox
 * under {@code /sandbox}.
 */
@ApplicationScoped
public class SandboxLinks {

    private final String base;

    @Inject
    public SandboxLinks(@ConfigProperty(name = "tariffbridge.public-url") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    protected SandboxLinks() {
        this.base = "";
    }

    /** Our authentication URI, which FlatPeak echoes as {@code urls.redirect_uri}. */
    public String redirectUri() {
        return base + "/connect";
    }

    public String authenticationUri(String connectToken) {
        return redirectUri() + "?connect_token=" + connectToken;
    }

    /** Where the provider sends the browser back: the sandbox's stand-in for FlatPeak's page. */
    public String outcomePage() {
        return base + "/sandbox/outcome.xhtml";
    }

    public String tokenStatus(String connectToken) {
        return base + "/sandbox/flatpeak/connect/tokens/" + connectToken;
    }

    public SandboxAccount acmeAccount() {
        return SandboxAccount.acme(base + "/sandbox/acme-logo.svg");
    }
}
