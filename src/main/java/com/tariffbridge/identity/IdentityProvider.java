package com.tariffbridge.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in adapter this server uses, as pages and servlets ask it ("show a password form, or a
 * button to the IdP?"). An unknown value counts as embedded here; readiness reports it as a
 * misconfiguration (platform.RequiredSettings), so the server never takes traffic with it.
 */
@ApplicationScoped
public class IdentityProvider {

    private final IdentityProviderKind kind;

    @Inject
    public IdentityProvider(@ConfigProperty(name = "identity.provider") String configured) {
        this.kind = IdentityProviderKind.named(configured).orElse(IdentityProviderKind.EMBEDDED);
    }

    protected IdentityProvider() {
        this.kind = IdentityProviderKind.EMBEDDED;
    }

    public boolean atIdp() {
        return kind == IdentityProviderKind.OIDC;
    }

    public IdentityProviderKind kind() {
        return kind;
    }
}
