package com.tariffbridge.token;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP Basic authentication of FlatPeak at our token endpoints. The secret is held only as its
 * SHA-256 (configure {@code flatpeak.client.secret-sha256} to keep the plaintext out of the
 * configuration entirely) and compared in constant time. Without a configured id and secret every
 * client is refused (readiness names the missing key): there is no default to fall back to.
 */
@ApplicationScoped
public class ClientAuthentication {

    @Inject
    @ConfigProperty(name = "flatpeak.client.id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "flatpeak.client.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "flatpeak.client.secret-sha256")
    Optional<String> secretSha256;

    private byte[] expectedSecretHash;

    @PostConstruct
    void init() {
        expectedSecretHash =
                secretSha256
                        .filter(s -> !s.isBlank())
                        .map(hex -> HexFormat.of().parseHex(hex.trim().toLowerCase(Locale.ROOT)))
                        .or(() -> secret.filter(s -> !s.isEmpty()).map(s -> sha256(s)))
                        .orElse(null);
        secret = Optional.empty();
    }

    /** True when the {@code Authorization} header carries this client's id and secret. */
    public boolean authenticates(String authorizationHeader) {
        if (expectedSecretHash == null
                || clientId.filter(id -> !id.isBlank()).isEmpty()
                || authorizationHeader == null
                || authorizationHeader.length() > 1024
                || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String id;
        String presentedSecret;
        try {
            String decoded =
                    new String(
                            Base64.getDecoder().decode(authorizationHeader.substring(6).trim()),
                            StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return false;
            }
            // RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding.
            id = java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            presentedSecret =
                    java.net.URLDecoder.decode(
                            decoded.substring(colon + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        boolean idMatches = MessageDigest.isEqual(sha256(id), sha256(clientId.get()));
        boolean secretMatches = MessageDigest.isEqual(sha256(presentedSecret), expectedSecretHash);
        return idMatches & secretMatches;
    }

    public String clientId() {
        return clientId.orElse("");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
