package com.tariffbridge.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code identity.oidc.*} keys. The three without a default are required when {@code
 * identity.provider=oidc}; readiness names any that is missing (platform.RequiredSettings), and the
 * sign-in refuses to start without them rather than guessing.
 */
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "identity.oidc.discovery-uri")
    Optional<String> discoveryUri;

    @Inject
    @ConfigProperty(name = "identity.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "identity.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "identity.oidc.scopes", defaultValue = "openid email profile")
    String scopes;

    @Inject
    @ConfigProperty(name = "identity.oidc.acr-values")
    Optional<String> acrValues;

    @Inject
    @ConfigProperty(name = "identity.oidc.customer-claim", defaultValue = "customer_ref")
    String customerClaim;

    @Inject
    @ConfigProperty(name = "identity.oidc.sign-in-ttl", defaultValue = "PT10M")
    Duration signInTtl;

    String discoveryUri() {
        return required(discoveryUri, "identity.oidc.discovery-uri");
    }

    String clientId() {
        return required(clientId, "identity.oidc.client-id");
    }

    String clientSecret() {
        return required(clientSecret, "identity.oidc.client-secret");
    }

    /** Always with {@code openid}, whatever the provider listed. */
    List<String> scopes() {
        var listed = Arrays.stream(scopes.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
        return listed.contains("openid")
                ? listed
                : java.util.stream.Stream.concat(
                                java.util.stream.Stream.of("openid"), listed.stream())
                        .toList();
    }

    List<String> acrValues() {
        return acrValues
                .map(v -> Arrays.stream(v.split("[\\s,]+")))
                .orElseGet(java.util.stream.Stream::empty)
                .filter(s -> !s.isBlank())
                .toList();
    }

    String customerClaim() {
        return customerClaim;
    }

    Duration signInTtl() {
        return signInTtl;
    }

    private static String required(Optional<String> value, String key) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException(key + " is not set"));
    }
}
