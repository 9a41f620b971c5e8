package com.tariffbridge.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, and the short fingerprint of a secret that a log line may carry instead. */
public final class Sha256 {

    static final int FINGERPRINT_LENGTH = 12;

    private Sha256() {}

    /** Lowercase hex of the SHA-256 of the text's UTF-8 bytes. */
    public static String hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * The first 12 hex digits of the secret's SHA-256: enough to tell which secret two log lines
     * are about, too little to replay it or to find it.
     */
    public static String fingerprint(String secret) {
        return hex(secret).substring(0, FINGERPRINT_LENGTH);
    }
}
