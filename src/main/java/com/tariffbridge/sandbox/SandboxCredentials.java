package com.tariffbridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP Basic credentials FlatPeak issued to the provider at onboarding. The sandbox plays
 * FlatPeak, so it checks the same configured pair the provider's REST client sends.
 */
@ApplicationScoped
public class SandboxCredentials {

    private final byte[] expected;

    @Inject
    public SandboxCredentials(
            @ConfigProperty(name = "flatpeak.api.username") String username,
            @ConfigProperty(name = "flatpeak.api.password") String password) {
        this.expected = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
    }

    /** For the CDI proxy only. */
    protected SandboxCredentials() {
        this.expected = null;
    }

    /** Whether an {@code Authorization} header carries exactly those credentials. */
    public boolean accept(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        // Constant time, so the comparison does not reveal how much of a guess was right.
        return MessageDigest.isEqual(presented, expected);
    }
}
