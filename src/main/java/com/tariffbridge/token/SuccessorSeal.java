package com.tariffbridge.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the pair that replaced a refresh token with AES-256-GCM under a key derived from the
 * replaced token's plaintext. The database holds only SHA-256 of that token, from which this key
 * cannot be computed (different derivation), so only the client presenting the old token can open
 * the seal: a retried refresh gets the same pair without any plaintext token at rest.
 */
final class SuccessorSeal {

    private static final String KEY_LABEL = "tariff-bridge successor seal v1|";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SuccessorSeal() {}

    static String seal(TokenPair successor, String replacedToken) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        String plain =
                successor.accessToken()
                        + " "
                        + successor.refreshToken()
                        + " "
                        + successor.accessExpiresAt().getEpochSecond();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.ENCRYPT_MODE, key(replacedToken), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(
                            ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The sealed pair, or empty when the seal does not open with this token (tampered or wrong).
     */
    static Optional<TokenPair> open(String sealed, String replacedToken, long grantId) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key(replacedToken),
                    new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            String[] parts =
                    new String(
                                    cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES),
                                    StandardCharsets.UTF_8)
                            .split(" ");
            return Optional.of(
                    new TokenPair(
                            grantId,
                            parts[0],
                            parts[1],
                            Instant.ofEpochSecond(Long.parseLong(parts[2]))));
        } catch (GeneralSecurityException
                | IllegalArgumentException
                | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static SecretKeySpec key(String token) throws GeneralSecurityException {
        byte[] digest =
                MessageDigest.getInstance("SHA-256")
                        .digest((KEY_LABEL + token).getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(digest, "AES");
    }
}
