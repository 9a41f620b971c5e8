package com.tariffbridge.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider's name and links as pages show them; from configuration, so each provider brands its
 * own.
 */
@Named("provider")
@ApplicationScoped
public class Branding {

    @Inject
    @ConfigProperty(name = "tariffbridge.provider.name")
    String name;

    @Inject
    @ConfigProperty(name = "tariffbridge.provider.terms-url")
    String termsUrl;

    @Inject
    @ConfigProperty(
            name = "tariffbridge.provider.support-url",
            defaultValue = "mailto:support@example.com")
    String supportUrl;

    /** Optional: the provider's logo in the page header, beside its name. */
    @Inject
    @ConfigProperty(name = "tariffbridge.provider.logo-url")
    java.util.Optional<String> logoUrl;

    public String getLogoUrl() {
        return logoUrl.filter(u -> !u.isBlank()).orElse(null);
    }

    public String getName() {
        return name;
    }

    public String getTermsUrl() {
        return termsUrl;
    }

    public String getSupportUrl() {
        return supportUrl;
    }
}
