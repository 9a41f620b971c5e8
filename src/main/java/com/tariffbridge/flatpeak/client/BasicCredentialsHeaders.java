package com.tariffbridge.flatpeak.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Adds the HTTP Basic credentials FlatPeak issued to this provider, read from configuration; none
 * while they are not configured (readiness reports that), so FlatPeak refuses the call.
 */
@ApplicationScoped
public class BasicCredentialsHeaders implements ClientHeadersFactory {

    @Inject
    @ConfigProperty(name = "flatpeak.api.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "flatpeak.api.password")
    Optional<String> password;

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        var headers = new MultivaluedHashMap<String, String>();
        if (username.isEmpty() || password.isEmpty()) {
            return headers;
        }
        String credentials = username.get() + ":" + password.get();
        headers.add(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
