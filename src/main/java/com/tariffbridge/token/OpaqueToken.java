package com.tariffbridge.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Mints and hashes opaque bearer tokens: a readable prefix ({@code tbat_} access, {@code tbrt_}
 * refresh, so a leaked token is recognisable by secret scanners) and 256 random bits in base64url.
 * Only {@link #sha256Hex} of a token is ever stored.
 */
public final class OpaqueToken {

    static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private OpaqueToken() {}

    public static String mint(IssuedToken.Kind kind) {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return prefix(kind) + B64URL.encodeToString(bytes);
    }

    public static String prefix(IssuedToken.Kind kind) {
        return kind == IssuedToken.Kind.ACCESS ? "tbat_" : "tbrt_";
    }

    public static String sha256Hex(String token) {
        try {
            var digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
