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
