package com.tariffbridge.token;

import com.tariffbridge.platform.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

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
        return Sha256.hex(token);
    }
}
