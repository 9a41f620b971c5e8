package com.tariffbridge.billing.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the API key the billing system issued to us ({@code billing.api.key}) as a Bearer token.
 */
@ApplicationScoped
public class BillingApiKeyHeaders implements ClientHeadersFactory {

    @Inject
    @ConfigProperty(name = "billing.api.key")
    String apiKey;

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        var headers = new MultivaluedHashMap<String, String>();
        headers.putSingle("Authorization", "Bearer " + apiKey);
        return headers;
    }
}
