package com.tariffbridge.sandbox.seed;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** The product's stored formats of secrets and content, reproduced for seeding. */
public final class SeedHashes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SeedHashes() {}

    /** A password hash the product's sign-in accepts: {@code pbkdf2-sha256$n$salt$key}. */
    public static String password(String password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            byte[] key =
                    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                            .generateSecret(spec)
                            .getEncoded();
            var b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha256$"
                    + iterations
                    + "$"
                    + b64.encodeToString(salt)
                    + "$"
                    + b64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Lower-case hex SHA-256 of the UTF-8 text: snapshot content hashes and stored tokens. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A bearer token in the product's shape: the prefix and 256 random bits in base64url. */
    public static String token(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A random hex string of {@code bytes} bytes, for disposable names and passwords. */
    public static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
