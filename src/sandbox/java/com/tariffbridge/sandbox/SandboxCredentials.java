package com.tariffbridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
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
            @ConfigProperty(name = "flatpeak.api.username") Optional<String> username,
            @ConfigProperty(name = "flatpeak.api.password") Optional<String> password) {
        // Unconfigured (a server that is not the dev server): nothing is accepted.
        this.expected =
                username.isEmpty() || password.isEmpty()
                        ? null
                        : (username.get() + ":" + password.get()).getBytes(StandardCharsets.UTF_8);
    }

    /** For the CDI proxy only. */
    protected SandboxCredentials() {
        this.expected = null;
    }

    /** Whether an {@code Authorization} header carries exactly those credentials. */
    public boolean accept(String authorization) {
        if (expected == null
                || authorization == null
                || !authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
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
