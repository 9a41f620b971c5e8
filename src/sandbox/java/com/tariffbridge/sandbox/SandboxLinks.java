package com.tariffbridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The absolute addresses the sandbox hands out. On the dev and test server the sandbox is deployed
 * beside the product, so both share the server's public URL: the product at its root, the sandbox
 * under {@code /sandbox}. On a server of its own (the one-machine cluster) {@code
 * sandbox.product-url} says where the product is.
 */
@ApplicationScoped
public class SandboxLinks {

    private final String base;
    private final String product;

    @Inject
    public SandboxLinks(
            @ConfigProperty(name = "tariffbridge.public-url") String base,
            @ConfigProperty(name = "sandbox.product-url") Optional<String> product) {
        this.base = withoutSlash(base);
        this.product = product.map(SandboxLinks::withoutSlash).orElse(this.base);
    }

    protected SandboxLinks() {
        this.base = "";
        this.product = "";
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Our authentication URI, which FlatPeak echoes as {@code urls.redirect_uri}. */
    public String redirectUri() {
        return product + "/connect";
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
