package com.tariffbridge.billing.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the API key the billing system issued to us ({@code billing.api.key}) as a Bearer token;
 * none while it is not configured (readiness reports that), so billing refuses the call.
 */
@ApplicationScoped
public class BillingApiKeyHeaders implements ClientHeadersFactory {

    @Inject
    @ConfigProperty(name = "billing.api.key")
    Optional<String> apiKey;

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        var headers = new MultivaluedHashMap<String, String>();
        apiKey.ifPresent(key -> headers.putSingle("Authorization", "Bearer " + key));
        return headers;
    }
}
